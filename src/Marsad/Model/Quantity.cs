using System.Text.Json.Serialization;

namespace Marsad.Model;

/// <summary>A number in digits or words with the thing it counts (<see cref="Unit"/>), when the text says it.</summary>
public sealed record Quantity(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
