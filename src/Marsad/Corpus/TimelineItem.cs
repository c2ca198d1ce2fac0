using System.Text.Json.Serialization;

namespace Marsad.Corpus;

/// <summary>
/// One event in an entity's timeline: a quote by the entity (<see cref="Kind"/> <c>quote</c>) or an article that
/// mentions it (<c>mention</c>): when, in which article and outlet, and what was said or the mention's sentence.
/// </summary>
/// <param name="Date">The article's publication date, when known.</param>
/// <param name="Kind"><c>quote</c> or <c>mention</c>.</param>
/// <param name="Article">The article id.</param>
/// <param name="Headline">The article's headline.</param>
/// <param name="Outlet">Who reported it.</param>
/// <param name="Text">The quoted words, or the first sentence mentioning the entity.</param>
/// <param name="Cue">The reporting verb of a quote (قال، أكد ...); null for mentions.</param>
/// <param name="Dateline">Where the article was filed from, when the dateline says.</param>
public sealed record TimelineItem(
    [property: JsonPropertyName("date")] DateOnly? Date,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("headline")] string? Headline,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("cue")] string? Cue,
    [property: JsonPropertyName("dateline")] string? Dateline);
