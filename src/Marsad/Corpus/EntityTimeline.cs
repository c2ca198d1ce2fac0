using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Marsad.Corpus;

/// <summary>An entity's quotes and mentions over time, oldest first, with per-day counts for a chart.</summary>
/// <param name="Entity">The entity the timeline is about.</param>
/// <param name="Items">Quotes and mentions, ordered by date (undated last), then article id.</param>
/// <param name="Days">Counts per day, ascending.</param>
public sealed record EntityTimeline(
    [property: JsonPropertyName("entity")] EntityMatch Entity,
    [property: JsonPropertyName("items")] ImmutableArray<TimelineItem> Items,
    [property: JsonPropertyName("days")] ImmutableArray<DayCount> Days);
