using System.Text.Json.Serialization;

namespace Marsad.Model;

/// <summary>A quotation: who said it, the reporting cue, its kind and its text (<c>body[Start..End]</c>).</summary>
public sealed record Quote(
    [property: JsonPropertyName("speaker")] Speaker Speaker,
    [property: JsonPropertyName("cue")] string Cue,
    [property: JsonPropertyName("kind")] QuoteKind Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
