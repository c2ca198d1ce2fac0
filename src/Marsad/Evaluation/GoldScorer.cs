using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Sources;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>
/// Scores analysed articles against gold records in the seeds' format: metadata, boilerplate, quotes and their
/// attribution, entity grouping, quantities and dates. Text is compared after whitespace folding (NBSP included).
/// </summary>
public static class GoldScorer
{
    /// <summary>Analyses every gold file in <paramref name="folder"/> (beside gold.jsonl) and scores it.</summary>
    public static IReadOnlyList<SeedScore> ScoreFolder(AnalysisPipeline pipeline, string folder, AnalysisOptions? options = null)
    {
        var gold = GoldArticle.Load(Path.Combine(folder, "gold.jsonl"));
        var scores = new List<SeedScore>();
        foreach (var g in gold)
        {
            var item = DocumentSources.Read([Path.Combine(folder, g.File)]).Single();
            if (item.Document is null)
            {
                throw new InvalidDataException($"{g.File}: {item.Error}");
            }

            scores.Add(Score(pipeline.Analyze(item.Document, options), g, item.Document.Text));
        }

        return scores;
    }

    public static SeedScore Score(AnalyzedArticle article, GoldArticle gold, string rawText)
    {
        var bodyLines = article.Body.Split('\n').Select(Fold).ToHashSet();
        var goldBoilerplate = gold.BoilerplateLines.Select(Fold).ToList();
        var removed = article.Boilerplate.Select(Fold).ToList();
        var contentLines = rawText.Split('\n').Select(Fold).Where(l => l.Length > 0 && !goldBoilerplate.Contains(l)).ToList();

        var quoteMatches = MatchQuotes(article.Quotes, gold.Quotes);
        var attributed = quoteMatches.Count(m => SpeakerRight(m.Predicted, m.Gold));
        var quantities = MatchByText(article.Quantities.Select(q => q.Text).ToList(), gold.Quantities.Select(q => q.Text).ToList());
        var entities = ScoreEntities(article, gold);
        // The gold lists the chrome's timestamps among the dates (GOLD-NOTES): the pipeline names the publication date's
        // in PublishedText and the others in ChromeDates.
        var predictedDates = article.Dates.Select(d => (d.Text, d.Value)).ToList();
        if (article.PublishedText is { } stamp && article.Published is { } published)
        {
            predictedDates.Add((stamp, published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        predictedDates.AddRange(article.ChromeDates.Select(d => (d.Text, d.Value)));

        var dates = MatchByText(predictedDates.Select(d => d.Text).ToList(), gold.Dates.Select(d => d.Text).ToList());

        return new SeedScore(gold.File)
        {
            HeadlineRight = Fold(article.Headline) == Fold(gold.Headline),
            DatelineRight = Fold(article.Dateline) == Fold(gold.Dateline),
            PublishedRight = article.Published?.ToString("yyyy-MM-dd") == gold.Published,
            Agencies = Count(article.Agencies.Select(Fold).ToList(), gold.Sources.Select(Fold).ToList()),
            Boilerplate = Count(removed, goldBoilerplate),
            ContentLinesLost = contentLines.Count(l => !bodyLines.Contains(l)),
            Quotes = new MatchCounts(gold.Quotes.Count, article.Quotes.Length, quoteMatches.Count),
            AttributedQuotes = new MatchCounts(gold.Quotes.Count, article.Quotes.Length, attributed),
            QuoteKindsRight = quoteMatches.Count(m => string.Equals(m.Predicted.Kind.ToString(), m.Gold.Kind, StringComparison.OrdinalIgnoreCase)),
            QuoteCuesRight = quoteMatches.Count(m => Fold(m.Predicted.Cue) == Fold(m.Gold.Cue)),
            Entities = entities.Counts,
            EntitiesCorresponding = entities.Corresponding,
            Quantities = new MatchCounts(gold.Quantities.Count, article.Quantities.Length, quantities.Count),
            QuantityValuesRight = quantities.Count(m => gold.Quantities[m.Gold].Value is { } v && ValueAgrees(article.Quantities[m.Predicted].Value, v)),
            Dates = new MatchCounts(gold.Dates.Count, predictedDates.Count, dates.Count),
            DateValuesRight = dates.Count(m => predictedDates[m.Predicted].Value == gold.Dates[m.Gold].Resolved),
        };
    }

    /// <summary>Whether a quantity's value is the gold's: equal, or, where the gold writes a value with three to six
    /// decimals (a third as 0.333 or 0.3333: no gold can write it whole), equal at the precision written.</summary>
    public static bool ValueAgrees(double predicted, double gold)
    {
        if (Math.Abs(predicted - gold) < 1e-6)
        {
            return true;
        }

        for (var decimals = 0; decimals <= 6; decimals++)
        {
            var scaled = gold * Math.Pow(10, decimals);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-6)
            {
                return decimals >= 3 && Math.Abs(predicted - gold) <= 0.5 * Math.Pow(10, -decimals);
            }
        }

        return false;
    }

    /// <summary>Folds whitespace (NBSP, tabs, runs) to single spaces and trims, for exact-text comparison.</summary>
    public static string Fold(string? text) => WhitespaceFolding.Collapse(text);

    private static bool SpeakerRight(Quote predicted, GoldQuote gold) =>
        Fold(predicted.Speaker.Name) == Fold(gold.Speaker)
        || (gold.SpeakerMention.Length > 0 && Fold(predicted.Speaker.Mention) == Fold(gold.SpeakerMention));

    private static List<(Quote Predicted, GoldQuote Gold)> MatchQuotes(IReadOnlyList<Quote> predicted, IReadOnlyList<GoldQuote> gold)
    {
        var used = new bool[predicted.Count];
        var matches = new List<(Quote, GoldQuote)>();
        foreach (var g in gold)
        {
            var goldText = Fold(g.Text);
            var best = -1;
            var bestOverlap = 0.0;
            for (var i = 0; i < predicted.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var overlap = Overlap(Fold(predicted[i].Text), goldText);
                if (overlap > bestOverlap)
                {
                    bestOverlap = overlap;
                    best = i;
                }
            }

            if (best >= 0 && bestOverlap >= 0.8)
            {
                used[best] = true;
                matches.Add((predicted[best], g));
            }
        }

        return matches;
    }

    /// <summary>Longest common substring relative to the longer text: 1 for equal texts.</summary>
    private static double Overlap(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var longest = 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                longest = Math.Max(longest, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return (double)longest / Math.Max(a.Length, b.Length);
    }

    private static List<(int Predicted, int Gold)> MatchByText(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        var used = new bool[predicted.Count];
        var matches = new List<(int, int)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && Fold(predicted[p]) == Fold(gold[g]))
                {
                    used[p] = true;
                    matches.Add((p, g));
                    break;
                }
            }
        }

        return matches;
    }

    private static MatchCounts Count(IReadOnlyList<string> predicted, IReadOnlyList<string> gold) =>
        new(gold.Count, predicted.Count, MatchByText(predicted, gold).Count);

    private static (MatchCounts Counts, int Corresponding) ScoreEntities(AnalyzedArticle article, GoldArticle gold)
    {
        var body = Fold(article.Body + "\n" + article.Headline);
        var predicted = article.Entities.Select(e => e.Mentions.Select(m => Fold(m.Text)).ToHashSet()).ToList();
        var matchedGold = 0;
        var goodPredicted = new HashSet<int>();
        foreach (var g in gold.Entities)
        {
            var aliases = g.Aliases.Select(Fold).Where(a => a.Length > 0 && body.Contains(a, StringComparison.Ordinal)).ToList();
            if (aliases.Count == 0)
            {
                continue;
            }

            for (var i = 0; i < predicted.Count; i++)
            {
                if (aliases.Any(predicted[i].Contains))
                {
                    goodPredicted.Add(i);
                }
            }

            if (predicted.Any(p => aliases.All(p.Contains)))
            {
                matchedGold++;
            }
        }

        return (new MatchCounts(gold.Entities.Count, predicted.Count, matchedGold), goodPredicted.Count);
    }
}
