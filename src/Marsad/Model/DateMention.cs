using System.Text.Json.Serialization;

namespace Marsad.Model;

/// <summary>A date expression and its resolved value: an ISO date (<c>2021-06-28</c>), month (<c>2014-11</c>),
/// year, or interval (<c>2021-06-27/2021-06-28</c>); null where it cannot be resolved.</summary>
public sealed record DateMention(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
