using System.Text.Json.Serialization;

namespace Marsad.Model;

/// <summary>A sentence of the body, as offsets.</summary>
public readonly record struct SentenceSpan(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);
