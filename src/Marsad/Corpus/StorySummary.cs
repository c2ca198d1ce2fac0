using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Marsad.Corpus;

/// <summary>
/// A story: articles about the same event, across outlets, within a few days. Serialised as one JSON line by
/// <c>marsad stories --format jsonl</c>: <c>{"id","title","first","last","articles","outlets","entities","summary"}</c>,
/// where <c>summary</c> is a list of <c>{"text","article","outlet"}</c> sentences drawn from several outlets.
/// </summary>
/// <param name="Id">Stable story id (<c>s42</c>).</param>
/// <param name="Title">The headline of the story's most central article.</param>
/// <param name="First">Earliest publication date of its articles.</param>
/// <param name="Last">Latest publication date.</param>
/// <param name="Articles">Member article ids, oldest first. An exact or near duplicate is listed once (its first copy).</param>
/// <param name="Outlets">Every outlet that carried the story, duplicates' outlets included.</param>
/// <param name="Entities">Entity ids most shared by its articles.</param>
/// <param name="Summary">A short extractive summary, one sentence per source article, drawn from several outlets.</param>
public sealed record StorySummary(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("first")] DateOnly? First,
    [property: JsonPropertyName("last")] DateOnly? Last,
    [property: JsonPropertyName("articles")] ImmutableArray<string> Articles,
    [property: JsonPropertyName("outlets")] ImmutableArray<string> Outlets,
    [property: JsonPropertyName("entities")] ImmutableArray<string> Entities,
    [property: JsonPropertyName("summary")] ImmutableArray<SummarySentence> Summary);
