using System.Text.Json.Serialization;

namespace Marsad.Model;

/// <summary>Who a quote is attributed to: the canonical name, the linked entity and the mention as written
/// (empty when the speaker is carried over from an earlier sentence, as in «وأضاف ...»).</summary>
public sealed record Speaker(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("entity_id")] string? EntityId,
    [property: JsonPropertyName("mention")] string Mention)
{
    /// <summary>Where the mention stands in the body, when it is written there.</summary>
    [JsonIgnore]
    public int? MentionStart { get; init; }

    [JsonIgnore]
    public int? MentionEnd { get; init; }
}
