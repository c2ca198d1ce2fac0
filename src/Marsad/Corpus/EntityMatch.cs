using System.Text.Json.Serialization;
using Marsad.Model;

namespace Marsad.Corpus;

/// <summary>An entity known to the corpus: its id, best name, type and how many articles mention it.</summary>
public sealed record EntityMatch(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type"), JsonConverter(typeof(JsonStringEnumConverter<EntityType>))] EntityType Type,
    [property: JsonPropertyName("articles")] int Articles);
