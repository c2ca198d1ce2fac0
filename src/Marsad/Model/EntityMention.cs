using System.Text.Json.Serialization;

namespace Marsad.Model;

/// <summary>One occurrence of an entity in the body. <see cref="Text"/> is always <c>body[Start..End]</c>.</summary>
public sealed record EntityMention(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End)
{
    /// <summary>The type the tagger gave this mention (entities may merge mentions of several types).</summary>
    [JsonIgnore]
    public EntityType Type { get; init; }

    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
