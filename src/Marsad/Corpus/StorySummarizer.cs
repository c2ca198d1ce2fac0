using System.Collections.Immutable;
using Lucene.Net.Analysis;
using Marsad.Model;
using Marsad.Search;

namespace Marsad.Corpus;

/// <summary>
/// A short extractive summary of a story: the sentence of each article closest to the story centroid, one per
/// outlet, best first, skipping sentences that repeat one already taken; each with its article and outlet.
/// </summary>
public static class StorySummarizer
{
    public static ImmutableArray<SummarySentence> Summarize(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyDictionary<string, double> centroid, Analyzer analyzer, int maxSentences = 3)
    {
        var candidates = new List<(double Score, SummarySentence Sentence, HashSet<string> Terms)>();
        foreach (var article in articles)
        {
            foreach (var (text, position) in Sentences(article).Take(4).Select((s, i) => (s, i)))
            {
                var terms = SearchAnalyzers.Terms(analyzer, text).ToHashSet(StringComparer.Ordinal);
                if (terms.Count < 3)
                {
                    continue;
                }

                var score = terms.Sum(t => centroid.GetValueOrDefault(t)) / Math.Sqrt(terms.Count) / (1 + (0.2 * position));
                candidates.Add((score, new SummarySentence(text, article.Id, article.Source.Outlet), terms));
            }
        }

        var chosen = new List<(SummarySentence Sentence, HashSet<string> Terms)>();
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pass in new[] { true, false })
        {
            foreach (var c in candidates.OrderByDescending(c => c.Score))
            {
                if (chosen.Count >= maxSentences)
                {
                    break;
                }

                var outlet = c.Sentence.Outlet ?? "";
                if ((pass && outlets.Contains(outlet)) || chosen.Any(x => x.Sentence == c.Sentence || Overlap(x.Terms, c.Terms) > 0.5))
                {
                    continue;
                }

                chosen.Add((c.Sentence, c.Terms));
                outlets.Add(outlet);
            }
        }

        return [.. chosen.Select(c => c.Sentence)];
    }

    /// <summary>The headline of the article closest to the centroid.</summary>
    public static string? CentralHeadline(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyDictionary<string, double> centroid, Analyzer analyzer) =>
        articles
            .Where(a => !string.IsNullOrWhiteSpace(a.Headline))
            .Select(a => (a.Headline, Score: SearchAnalyzers.Terms(analyzer, a.Headline!).Distinct().Sum(t => centroid.GetValueOrDefault(t))))
            .OrderByDescending(x => x.Score)
            .Select(x => x.Headline)
            .FirstOrDefault();

    private static IEnumerable<string> Sentences(AnalyzedArticle article)
    {
        if (!article.Sentences.IsDefaultOrEmpty)
        {
            foreach (var s in article.Sentences)
            {
                if (s.Start >= 0 && s.End <= article.Body.Length && s.End > s.Start)
                {
                    yield return article.Body[s.Start..s.End].Trim();
                }
            }

            yield break;
        }

        // No sentence layer: split on full stops and line ends.
        foreach (var part in article.Body.Split(['\n', '.', '؟', '!'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return part;
        }
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.Count(b.Contains) / (double)Math.Min(a.Count, b.Count);
}
