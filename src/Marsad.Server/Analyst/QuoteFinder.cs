using System.Collections.Immutable;
using Lucene.Net.Analysis;
using Marsad.Corpus;
using Marsad.Model;
using Marsad.Search;

namespace Marsad.Server.Analyst;

/// <summary>
/// «What did X say about Y, and when? Which outlets quoted X on Y?»: the search finds the articles quoting the speaker
/// (and matching the topic); their stored records give the quotes themselves, attributed to that speaker.
/// </summary>
public static class QuoteFinder
{
    /// <summary>Articles read at most for one question (the newest matching ones are not preferred: relevance order).</summary>
    public const int MaxArticles = 1000;

    private const int SearchPage = 100;

    /// <summary>The search analyzer: topic words and quote words compared after normalisation and clitic stripping.</summary>
    private static readonly Lazy<Analyzer> Analyzer = new(SearchAnalyzers.Create);

    /// <summary>Finds the quotes. Throws <see cref="QuerySyntaxException"/> for a topic that does not parse (unless lenient).</summary>
    public static QuoteResults Find(Corpus.Corpus corpus, QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.Size, 1, 100);
        var page = Math.Max(1, query.Page);
        var speaker = SpeakerKeys.Resolve(corpus, query.Speaker);
        var topic = string.IsNullOrWhiteSpace(query.About) ? [] : TopicTerms(query.About);

        var quotes = new List<FoundQuote>();
        var articles = 0;
        var truncated = false;
        for (var searchPage = 1; ; searchPage++)
        {
            var results = corpus.Search(new SearchQuery
            {
                Text = query.About ?? "",
                Speaker = query.Speaker,
                Outlet = query.Outlet,
                From = query.From,
                To = query.To,
                Page = searchPage,
                Size = SearchPage,
                Lenient = query.Lenient,
                FacetSize = 1,
            });
            foreach (var hit in results.Hits)
            {
                if (corpus.GetArticle(hit.Id) is { } article)
                {
                    articles++;
                    quotes.AddRange(QuotesOf(article, speaker, topic, query.Strict));
                }
            }

            if (searchPage * SearchPage >= results.Total || results.Hits.IsEmpty)
            {
                break;
            }

            if (searchPage * SearchPage >= MaxArticles)
            {
                truncated = true;
                break;
            }
        }

        // Oldest first: the question is «when»; undated quotes last.
        var ordered = quotes
            .OrderBy(q => q.Date is null)
            .ThenBy(q => q.Date)
            .ThenBy(q => q.Outlet, StringComparer.Ordinal)
            .ThenBy(q => q.Article, StringComparer.Ordinal)
            .ToList();
        var outlets = ordered
            .GroupBy(q => q.Outlet ?? "")
            .Select(g => new OutletCount(g.Key, g.Count(), g.Min(q => q.Date), g.Max(q => q.Date)))
            .OrderByDescending(o => o.Count)
            .ThenBy(o => o.Outlet, StringComparer.Ordinal)
            .ToImmutableArray();
        var pages = (ordered.Count + size - 1) / size;
        // In long: a huge page number (the CLI does not cap it) must not wrap round to a negative skip, i.e. page 1.
        var skip = (int)Math.Min((long)(page - 1) * size, int.MaxValue);
        return new QuoteResults(
            ordered.Count, page, size, pages, articles, truncated,
            [.. ordered.Skip(skip).Take(size)], outlets);
    }

    private static IEnumerable<FoundQuote> QuotesOf(AnalyzedArticle article, SpeakerKeys speaker, IReadOnlySet<string> topic, bool strict)
    {
        foreach (var quote in article.Quotes)
        {
            if (!speaker.Matches(quote.Speaker))
            {
                continue;
            }

            var onTopic = topic.Count == 0 || TopicTerms(quote.Text).Overlaps(topic);
            if (strict && !onTopic)
            {
                continue;
            }

            yield return new FoundQuote(
                article.Published, article.Source.Outlet, article.Id, article.Headline,
                quote.Speaker.Name, quote.Speaker.EntityId, quote.Cue, quote.Kind.ToString().ToLowerInvariant(), quote.Text, onTopic);
        }
    }

    /// <summary>The index terms of a text; query operators and quotes are not words of the topic.</summary>
    private static HashSet<string> TopicTerms(string text)
    {
        var terms = SearchAnalyzers.Terms(Analyzer.Value, text);
        terms.RemoveAll(t => t is "and" or "or" or "not");
        return [.. terms];
    }
}
