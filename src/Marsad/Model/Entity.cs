using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Marsad.Model;

/// <summary>An entity of the article with every mention of it. <see cref="Id"/> is a knowledge-base id
/// (<c>per:john-kerry</c>) or a stable provisional id derived from the normalised name.</summary>
public sealed record Entity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] EntityType Type,
    [property: JsonPropertyName("mentions")] ImmutableArray<EntityMention> Mentions)
{
    /// <summary>English name from the knowledge base, when known.</summary>
    [JsonIgnore]
    public string? EnglishName { get; init; }
}
