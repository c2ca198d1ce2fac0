using System.Globalization;
using System.Text;

namespace Marsad.Evaluation;

/// <summary>A plain-text table of seed scores, one row per article and a total row.</summary>
public static class GoldReport
{
    public static string Format(IReadOnlyList<SeedScore> scores)
    {
        var sb = new StringBuilder();
        sb.AppendLine("file | head date pub | agencies P/R | boilerplate P/R lost | quotes P/R | attributed P/R | kind cue | entities P/R | quantities P/R val | dates P/R val");
        foreach (var s in scores)
        {
            sb.AppendLine(Row(s.File.Length > 12 ? s.File[..12] : s.File, [s]));
        }

        sb.AppendLine(Row("ALL", scores));
        return sb.ToString();
    }

    /// <summary>Sums of the counts over all articles.</summary>
    public static SeedScore Total(IReadOnlyList<SeedScore> scores) => new("ALL")
    {
        Agencies = Sum(scores, s => s.Agencies),
        Boilerplate = Sum(scores, s => s.Boilerplate),
        ContentLinesLost = scores.Sum(s => s.ContentLinesLost),
        Quotes = Sum(scores, s => s.Quotes),
        AttributedQuotes = Sum(scores, s => s.AttributedQuotes),
        QuoteKindsRight = scores.Sum(s => s.QuoteKindsRight),
        QuoteCuesRight = scores.Sum(s => s.QuoteCuesRight),
        Entities = Sum(scores, s => s.Entities),
        EntitiesCorresponding = scores.Sum(s => s.EntitiesCorresponding),
        Quantities = Sum(scores, s => s.Quantities),
        QuantityValuesRight = scores.Sum(s => s.QuantityValuesRight),
        Dates = Sum(scores, s => s.Dates),
        DateValuesRight = scores.Sum(s => s.DateValuesRight),
    };

    private static MatchCounts Sum(IEnumerable<SeedScore> scores, Func<SeedScore, MatchCounts> field) =>
        scores.Aggregate(default(MatchCounts), (acc, s) => acc + field(s));

    private static string Row(string name, IReadOnlyList<SeedScore> scores)
    {
        var t = Total(scores);
        static string PR(MatchCounts c) => string.Create(CultureInfo.InvariantCulture, $"{c.Precision:F2}/{c.Recall:F2}");
        var entityPrecision = t.Entities.Predicted == 0 ? 0 : (double)t.EntitiesCorresponding / t.Entities.Predicted;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name} | {scores.Count(s => s.HeadlineRight)} {scores.Count(s => s.DatelineRight)} {scores.Count(s => s.PublishedRight)} | {PR(t.Agencies)} | {PR(t.Boilerplate)} {t.ContentLinesLost} | {PR(t.Quotes)} | {PR(t.AttributedQuotes)} | {t.QuoteKindsRight}/{t.Quotes.Matched} {t.QuoteCuesRight}/{t.Quotes.Matched} | {entityPrecision:F2}/{t.Entities.Recall:F2} | {PR(t.Quantities)} {t.QuantityValuesRight}/{t.Quantities.Matched} | {PR(t.Dates)} {t.DateValuesRight}/{t.Dates.Matched}");
    }
}
