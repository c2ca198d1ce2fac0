using System.Text.Json.Serialization;

namespace Marsad.Model;

/// <summary>A date written in a timestamp line of the page's removed chrome, as written, with its resolved value (see
/// <see cref="DateMention"/>). It lies outside the body, so it has no offsets.</summary>
public sealed record ChromeDate(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("value")] string? Value);
