using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Marsad.Text;

namespace Marsad.Model;

/// <summary>
/// One analysed article: the cleaned body and every annotation as stand-off spans over it. Immutable; each
/// pipeline stage returns a new instance with its own fields filled (<c>article with { Quotes = ... }</c>).
/// The JSON field names are the public contract (docs/json-contract.md).
/// </summary>
public sealed record AnalyzedArticle
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("source")]
    public required SourceInfo Source { get; init; }

    [JsonPropertyName("headline")]
    public string? Headline { get; init; }

    /// <summary>The publication date: from metadata, from the text, or given by the caller.</summary>
    [JsonPropertyName("published")]
    public DateOnly? Published { get; init; }

    /// <summary>The date expression in the page's chrome that the publication date was read from, as written (the
    /// timestamp line's «2021.06.28»); null when the date came from metadata or the caller, or the page has none.
    /// It lies outside <see cref="Body"/>, so it has no offsets.</summary>
    [JsonPropertyName("published_text")]
    public string? PublishedText { get; init; }

    /// <summary>The other full dates written in the chrome's timestamp lines: an update stamp, the stamp printed a second
    /// time, the Hijri date beside the Gregorian one, an embedded post's date, a wire's dated lead removed as chrome.
    /// The one in <see cref="PublishedText"/> is not repeated here.</summary>
    [JsonPropertyName("chrome_dates")]
    public ImmutableArray<ChromeDate> ChromeDates { get; init; } = [];

    [JsonPropertyName("dateline")]
    public string? Dateline { get; init; }

    /// <summary>Agencies and outlets the article credits (رويترز، أ ف ب، الجزيرة ...).</summary>
    [JsonPropertyName("agencies")]
    public ImmutableArray<string> Agencies { get; init; } = [];

    /// <summary>The names the page gives itself, credited or not: its metadata outlet, its masthead, the site its
    /// copyright footer names. Working data: the date stage reads none of them as a date (<c>الطاقة اليوم</c>); not part
    /// of the JSON record.</summary>
    [JsonIgnore]
    public ImmutableArray<string> SiteNames { get; init; } = [];

    /// <summary>The cleaned body: content paragraphs joined by '\n'. Every offset in the record points into it.</summary>
    [JsonPropertyName("body")]
    public required string Body { get; init; }

    /// <summary>The raw lines the cleaner removed, in their order.</summary>
    [JsonPropertyName("boilerplate")]
    public ImmutableArray<string> Boilerplate { get; init; } = [];

    [JsonPropertyName("sentences")]
    public ImmutableArray<SentenceSpan> Sentences { get; init; } = [];

    [JsonPropertyName("entities")]
    public ImmutableArray<Entity> Entities { get; init; } = [];

    [JsonPropertyName("quotes")]
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    [JsonPropertyName("quantities")]
    public ImmutableArray<Quantity> Quantities { get; init; } = [];

    [JsonPropertyName("dates")]
    public ImmutableArray<DateMention> Dates { get; init; } = [];

    /// <summary>Stages that failed on this article; the others still ran.</summary>
    [JsonIgnore]
    public ImmutableArray<StageError> Errors { get; init; } = [];

    /// <summary>Tokens of the body (working data for annotators; not part of the JSON record).</summary>
    [JsonIgnore]
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Typed mentions found by the tagger before linking (working data; the record carries <see cref="Entities"/>).</summary>
    [JsonIgnore]
    public ImmutableArray<EntityMention> Mentions { get; init; } = [];
}
