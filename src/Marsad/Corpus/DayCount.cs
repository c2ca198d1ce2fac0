using System.Text.Json.Serialization;

namespace Marsad.Corpus;

/// <summary>Chart data: how many quotes and mentions an entity had on one day.</summary>
public sealed record DayCount(
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("quotes")] int Quotes,
    [property: JsonPropertyName("mentions")] int Mentions);
