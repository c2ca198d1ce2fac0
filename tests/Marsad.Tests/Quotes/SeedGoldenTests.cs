using System.Text.Json;
using Marsad.Entities;
using Marsad.Linking;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Tests.TestSupport;
using Marsad.Text;
using Xunit.Abstractions;

namespace Marsad.Tests.Quotes;

/// <summary>
/// The seeds' gold quotes as an end-to-end check of the quotation stage. The body is the raw file without the gold
/// boilerplate lines (so the test measures this stage, not the cleaner), run through text, NER, linker and quotes.
/// </summary>
public sealed class SeedGoldenTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Quotes_of_the_seeds_reach_the_measured_precision_recall_and_attribution()
    {
        var goldPath = SharedData.Require("seeds/gold.jsonl");
        var pipeline = new PipelineBuilder().UseArabicText().UseEntities().UseLinker().UseQuotes().Build();
        var total = new QuoteScore();
        output.WriteLine("seed | gold | found | exact P/R | overlap P/R | attribution | kind | cue");
        foreach (var line in File.ReadLines(goldPath).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var file = root.GetProperty("file").GetString()!;
            var boilerplate = root.GetProperty("boilerplate_lines").EnumerateArray().Select(e => e.GetString()!.Trim()).ToHashSet();
            var raw = File.ReadAllText(Path.Combine(SharedData.SeedsFolder, file));
            var body = string.Join('\n', raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !boilerplate.Contains(l)));
            var gold = root.GetProperty("quotes").EnumerateArray().Select(q => new ExpectedQuote(
                q.GetProperty("speaker").GetString()!,
                q.GetProperty("speaker_mention").GetString()!,
                q.GetProperty("cue").GetString()!,
                q.GetProperty("kind").GetString()!,
                q.GetProperty("text").GetString()!)).ToList();
            var article = pipeline.AnalyzeText(body, file);
            Assert.Empty(article.Errors);
            var score = QuoteScore.Of(article.Body, gold, article.Quotes);
            total.Add(score);
            output.WriteLine(Row(file[..3], score));
            foreach (var miss in score.Misses)
            {
                output.WriteLine("    " + miss);
            }
        }

        output.WriteLine(Row("all", total));
        // Measured 68/68 on every figure (tokens from the text stage, before NER and linker were merged); floors a
        // little below so that a linker or tokenizer change shows up without failing on one quote.
        Assert.True(total.OverlapRecall >= 0.95, $"overlap recall {total.OverlapRecall:P0}");
        Assert.True(total.OverlapPrecision >= 0.95, $"overlap precision {total.OverlapPrecision:P0}");
        Assert.True(total.ExactRecall >= 0.92, $"exact recall {total.ExactRecall:P0}");
        Assert.True(total.ExactPrecision >= 0.92, $"exact precision {total.ExactPrecision:P0}");
        Assert.True(total.Attribution >= 0.92, $"attribution {total.Attribution:P0}");
        Assert.True(total.KindAccuracy >= 0.95, $"kind accuracy {total.KindAccuracy:P0}");
        Assert.True(total.CueAccuracy >= 0.95, $"cue accuracy {total.CueAccuracy:P0}");
    }

    private static string Row(string name, QuoteScore s) =>
        $"{name} | {s.Gold} | {s.Found} | {s.ExactPrecision:P0}/{s.ExactRecall:P0} | {s.OverlapPrecision:P0}/{s.OverlapRecall:P0} | {s.Attribution:P0} | {s.KindAccuracy:P0} | {s.CueAccuracy:P0}";
}
