using System.Globalization;
using System.Text.Json;
using Marsad.Facts;
using Marsad.Text;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;
using Xunit.Abstractions;

namespace Marsad.Tests.Facts;

/// <summary>Quantities and dates of the five seed articles against their gold: precision and recall by text and
/// value. The body here is the raw file's lines (the gold's dates include a metadata line the cleaner removes).</summary>
public sealed class SeedGoldTests(ITestOutputHelper output)
{
    private static readonly AnalysisPipeline Pipeline = new PipelineBuilder().UseArabicText().UseFacts().Build();

    [SkippableFact]
    public void Quantities_of_the_seeds_match_the_gold_by_text_and_value()
    {
        var (tp, found, gold) = (0, 0, 0);
        foreach (var (file, record) in Seeds())
        {
            var article = Analyze(file, published: null);
            var expected = record.GetProperty("quantities").EnumerateArray()
                .Select(q => Key(q.GetProperty("text").GetString()!, q.GetProperty("value").GetDouble().ToString(CultureInfo.InvariantCulture)))
                .ToList();
            var actual = article.Quantities.Select(q => Key(q.Text, q.Value.ToString(CultureInfo.InvariantCulture))).ToList();
            var hits = MatchCount(expected, actual);
            output.WriteLine($"{Path.GetFileName(file)} quantities: gold {expected.Count}, found {actual.Count}, correct {hits}; found: {string.Join(" | ", actual)}");
            (tp, found, gold) = (tp + hits, found + actual.Count, gold + expected.Count);
        }

        Report("quantities", tp, found, gold);
        Assert.True(Recall(tp, gold) >= 0.8, $"quantity recall {Recall(tp, gold):F2} below 0.8");
        Assert.True(Precision(tp, found) >= 0.8, $"quantity precision {Precision(tp, found):F2} below 0.8");
    }

    [SkippableFact]
    public void Dates_of_the_seeds_match_the_gold_by_text_and_resolved_value()
    {
        var (tp, found, gold) = (0, 0, 0);
        foreach (var (file, record) in Seeds())
        {
            var published = record.GetProperty("published").ValueKind == JsonValueKind.String
                ? DateOnly.Parse(record.GetProperty("published").GetString()!, CultureInfo.InvariantCulture)
                : (DateOnly?)null;
            var article = Analyze(file, published);
            var expected = record.GetProperty("dates").EnumerateArray()
                .Select(d => Key(d.GetProperty("text").GetString()!, d.GetProperty("resolved").GetString() ?? "null"))
                .ToList();
            var actual = article.Dates.Select(d => Key(d.Text, d.Value ?? "null")).ToList();
            var hits = MatchCount(expected, actual);
            output.WriteLine($"{Path.GetFileName(file)} dates: gold {expected.Count}, found {actual.Count}, correct {hits}; found: {string.Join(" | ", actual)}");
            (tp, found, gold) = (tp + hits, found + actual.Count, gold + expected.Count);
        }

        Report("dates", tp, found, gold);
        Assert.True(Recall(tp, gold) >= 0.8, $"date recall {Recall(tp, gold):F2} below 0.8");
        Assert.True(Precision(tp, found) >= 0.8, $"date precision {Precision(tp, found):F2} below 0.8");
    }

    [SkippableFact]
    public void Every_span_of_the_seeds_points_at_its_text()
    {
        foreach (var (file, _) in Seeds())
        {
            var article = Analyze(file, new DateOnly(2020, 1, 15));
            foreach (var q in article.Quantities)
            {
                Assert.Equal(q.Text, article.Body[q.Start..q.End]);
            }

            foreach (var d in article.Dates)
            {
                Assert.Equal(d.Text, article.Body[d.Start..d.End]);
            }
        }
    }

    internal static IEnumerable<(string File, JsonElement Record)> Seeds()
    {
        var folder = SharedData.Require("seeds/gold.jsonl");
        foreach (var line in File.ReadLines(folder).Where(l => l.Trim().Length > 0))
        {
            var record = JsonDocument.Parse(line).RootElement;
            yield return (Path.Combine(Path.GetDirectoryName(folder)!, record.GetProperty("file").GetString()!), record);
        }
    }

    private static AnalyzedArticle Analyze(string file, DateOnly? published)
    {
        var article = Pipeline.Analyze(Some.Document(File.ReadAllText(file), Path.GetFileName(file)), new AnalysisOptions { Published = published });
        Assert.Empty(article.Errors);
        return article;
    }

    /// <summary>Whitespace-normalised key (the gold keeps NBSPs; a scorer normalises whitespace).</summary>
    private static string Key(string text, string value) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " = " + value;

    private static int MatchCount(List<string> expected, List<string> actual)
    {
        var pool = expected.ToList();
        var hits = 0;
        foreach (var a in actual)
        {
            if (pool.Remove(a))
            {
                hits++;
            }
        }

        return hits;
    }

    private void Report(string what, int tp, int found, int gold) =>
        output.WriteLine($"ALL {what}: P {Precision(tp, found):F2} R {Recall(tp, gold):F2} (correct {tp}, found {found}, gold {gold})");

    private static double Precision(int tp, int found) => found == 0 ? 1 : (double)tp / found;

    private static double Recall(int tp, int gold) => gold == 0 ? 1 : (double)tp / gold;
}
