using System.Collections.Immutable;
using Lucene.Net.Analysis;
using Marsad.Corpus;
using Marsad.Model;
using Marsad.Search;

namespace Marsad.Server.Analyst;

/// <summary>
/// «How many casualties did each outlet report?»: the quantities the analysis found in a story's articles (or a
/// search's), grouped by their unit and then by outlet, so diverging figures stand side by side.
/// </summary>
public static class NumberComparer
{
    /// <summary>Articles read at most for one question.</summary>
    public const int MaxArticles = 500;

    private const int SearchPage = 100;

    private static readonly Lazy<Analyzer> Analyzer = new(SearchAnalyzers.Create);

    /// <summary>Null when <see cref="NumberQuery.Story"/> names no story. Throws <see cref="QuerySyntaxException"/>
    /// for search text that does not parse (unless lenient).</summary>
    public static NumberComparison? Compare(Corpus.Corpus corpus, NumberQuery query)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(query);
        var truncated = false;
        List<string> ids;
        if (!string.IsNullOrWhiteSpace(query.Story))
        {
            if (corpus.GetStory(query.Story.Trim()) is not { } story)
            {
                return null;
            }

            ids = [.. story.Articles.Take(MaxArticles)];
            truncated = story.Articles.Length > MaxArticles;
        }
        else
        {
            ids = [];
            for (var page = 1; ; page++)
            {
                var results = corpus.Search(new SearchQuery
                {
                    Text = query.Text ?? "",
                    Entity = query.Entity,
                    Outlet = query.Outlet,
                    From = query.From,
                    To = query.To,
                    Page = page,
                    Size = SearchPage,
                    Lenient = query.Lenient,
                    FacetSize = 1,
                });
                ids.AddRange(results.Hits.Select(h => h.Id));
                if (page * SearchPage >= results.Total || results.Hits.IsEmpty)
                {
                    break;
                }

                if (page * SearchPage >= MaxArticles)
                {
                    truncated = true;
                    break;
                }
            }
        }

        var unitTerms = string.IsNullOrWhiteSpace(query.Unit) ? null : Terms(query.Unit);
        var unitKey = NameKey.Normalize(query.Unit);
        var reports = new List<(string Outlet, ReportedNumber Number)>();
        var read = 0;
        foreach (var id in ids)
        {
            if (corpus.GetArticle(id) is not { } article)
            {
                continue;
            }

            read++;
            foreach (var quantity in article.Quantities)
            {
                if (string.IsNullOrWhiteSpace(quantity.Unit) || !double.IsFinite(quantity.Value)
                    || (unitTerms is not null && !UnitMatches(quantity, unitKey, unitTerms)))
                {
                    continue;
                }

                reports.Add((article.Source.Outlet ?? "", new ReportedNumber(
                    article.Id, article.Headline, article.Published, quantity.Text, quantity.Value, quantity.Unit.Trim(), SentenceAround(article, quantity))));
            }
        }

        var units = reports
            .GroupBy(r => UnitKey(r.Number.Unit))
            .Select(unit => new UnitComparison(
                MostCommon(unit.Select(r => r.Number.Unit)),
                unit.Count(),
                [.. unit.GroupBy(r => r.Outlet)
                    .Select(outlet =>
                    {
                        var numbers = outlet.Select(r => r.Number).OrderBy(n => n.Date is null).ThenBy(n => n.Date).ThenBy(n => n.Article, StringComparer.Ordinal).ToImmutableArray();
                        return new OutletFigures(outlet.Key, numbers.Max(n => n.Value), LatestOf(numbers), numbers);
                    })
                    .OrderByDescending(o => o.Highest)
                    .ThenBy(o => o.Outlet, StringComparer.Ordinal)]))
            .OrderByDescending(u => u.Outlets.Length)
            .ThenByDescending(u => u.Reports)
            .ThenBy(u => u.Unit, StringComparer.Ordinal)
            .ToList();

        // Units are ranked over all of them, then one page is cut (the size may be "all": no overflow).
        var size = Math.Max(1, query.Size);
        var pageNumber = Math.Max(1, query.Page);
        var pages = units.Count == 0 ? 0 : ((units.Count - 1) / size) + 1;
        var skip = Math.Min(units.Count, (long)(pageNumber - 1) * size);
        var shown = units.Skip((int)skip).Take(size).ToImmutableArray();
        return new NumberComparison(read, truncated, units.Count, pageNumber, size, pages, shown);
    }

    /// <summary>The figure of the newest dated report (undated ones sort last, so the last figure is not the latest
    /// when any is undated); the last figure when none is dated.</summary>
    internal static double LatestOf(ImmutableArray<ReportedNumber> oldestFirst)
    {
        for (var i = oldestFirst.Length - 1; i >= 0; i--)
        {
            if (oldestFirst[i].Date is not null)
            {
                return oldestFirst[i].Value;
            }
        }

        return oldestFirst[^1].Value;
    }

    /// <summary>Units compared in their index form, so «القتلى» and «قتلى» are one row.</summary>
    private static string UnitKey(string unit) => string.Join(' ', Terms(unit).Order(StringComparer.Ordinal)) is { Length: > 0 } key ? key : NameKey.Normalize(unit);

    /// <summary>The unit is a label (often English: killed, civilians); the analyst may type it, or the Arabic word
    /// as written (قتيل finds «29 قتيلا»), so both the label and the quantity's text are compared.</summary>
    private static bool UnitMatches(Quantity quantity, string wantedKey, HashSet<string> wantedTerms) =>
        wantedKey.Length > 0
        && (NameKey.Normalize(quantity.Unit).Equals(wantedKey, StringComparison.OrdinalIgnoreCase)
            || Terms(quantity.Unit!).Overlaps(wantedTerms)
            || Terms(quantity.Text).Overlaps(wantedTerms)
            || NameKey.Normalize(quantity.Text).Contains(wantedKey, StringComparison.Ordinal));

    private static HashSet<string> Terms(string text) => [.. SearchAnalyzers.Terms(Analyzer.Value, text)];

    private static string MostCommon(IEnumerable<string> units) =>
        units.GroupBy(u => u, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    /// <summary>The sentence holding the quantity, or a window around it when the article has no sentence spans.</summary>
    private static string SentenceAround(AnalyzedArticle article, Quantity quantity)
    {
        var body = article.Body;
        var start = Math.Clamp(quantity.Start, 0, body.Length);
        var end = Math.Clamp(quantity.End, start, body.Length);
        foreach (var sentence in article.Sentences)
        {
            if (sentence.Start <= start && sentence.End >= end && sentence.End <= body.Length && sentence.End - sentence.Start <= 600)
            {
                return body[sentence.Start..sentence.End].Trim();
            }
        }

        var from = Math.Max(0, start - 120);
        var to = Math.Min(body.Length, end + 120);
        return body[from..to].Trim();
    }
}
