using Marsad.Pipeline;
using Marsad.Sources;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.EndToEnd;

/// <summary>The offsets property, for every stage of the full pipeline, on the seeds, the samples and random text.</summary>
public class SpanInvariantTests
{
    private static readonly AnalysisPipeline Pipeline = PipelineBuilder.CreateDefault().Build();

    [SkippableFact]
    public void Every_span_of_every_seed_names_its_text()
    {
        var seeds = Directory.GetFiles(SharedData.Require("seeds"), "*.txt");
        Assert.NotEmpty(seeds);
        foreach (var item in DocumentSources.Read(seeds))
        {
            Assert.Null(item.Error);
            var article = Pipeline.Analyze(item.Document!, new AnalysisOptions { Published = new DateOnly(2016, 3, 25) });
            Assert.True(article.Errors.IsEmpty, string.Join("; ", article.Errors.Select(e => $"{e.Stage}: {e.Message}")));
            SpanInvariants.AssertHold(article);
        }
    }

    [Fact]
    public void Every_span_of_every_sample_names_its_text()
    {
        var samples = Path.Combine(SharedData.RepositoryRoot, "samples");
        var items = Directory.Exists(samples) ? DocumentSources.Read([samples]).ToList() : [];
        foreach (var item in items.Where(i => i.Document is not null))
        {
            var article = Pipeline.Analyze(item.Document!);
            Assert.True(article.Errors.IsEmpty, string.Join("; ", article.Errors.Select(e => $"{e.Stage}: {e.Message}")));
            SpanInvariants.AssertHold(article);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_text_never_breaks_a_stage_or_an_offset(int seed)
    {
        var random = new Random(seed);
        string[] pieces =
        [
            "قال", "وأضاف", "إن", "أن", "الرئيس", "وزير الخارجية", "«", "»", "\"", "“", "”", "(", ")", "،", ".", "؟", "!", "\n",
            "\u00A0", "ـ", "\u064E", "\u0651", "٣١", "1,500", "2021.06.28", "#وسم_عربي", "http://x.y/z", "abc", " ", "  ", "ال", "و",
            "بـ", "الـ83", "مليون", "دولار", "عشرة", "آلاف", "اليوم", "الجمعة", "أمس", "😀", "\u200F", "\u200B", "\uFEFF", "\t",
        ];
        for (var n = 0; n < 40; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? " " : string.Empty)));
            var article = Pipeline.AnalyzeText(text, $"random-{seed}-{n}", new AnalysisOptions { Published = new DateOnly(2020, 1, 1) });
            Assert.True(article.Errors.IsEmpty, string.Join("; ", article.Errors.Select(e => $"{e.Stage}: {e.Message}")));
            SpanInvariants.AssertHold(article);
        }
    }
}
