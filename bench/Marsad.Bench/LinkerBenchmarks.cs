using BenchmarkDotNet.Attributes;
using Marsad.Knowledge;
using Marsad.Linking;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Sources;

namespace Marsad.Bench;

/// <summary>
/// The entity linker over real article bodies that the setup cleaned, tokenised and tagged once: the first 300
/// readable articles of the facts benchmarks' corpus (read at run time, never copied into the repository; the
/// reserved days 1–15 May 2018 left out). One operation links the whole set.
/// </summary>
[MemoryDiagnoser]
public class LinkerBenchmarks
{
    private const int ArticleCount = 300;

    private AnalyzedArticle[] articles = [];
    private EntityLinker linker = null!;

    [GlobalSetup]
    public void Setup()
    {
        linker = new EntityLinker(ResourceFiles.Default);
        var pipeline = PipelineBuilder.Configure("clean+text+ner").Build();
        articles = DocumentSources.Read(FactsBenchmarks.CorpusPath())
            .Where(item => !item.IsError && !FactsBenchmarks.ReservedDay().IsMatch(item.Path))
            .Select(item => BatchAnalysis.AnalyzeOne(pipeline, item, AnalysisOptions.Default).Article)
            .OfType<AnalyzedArticle>()
            .Where(article => article.Body is { Length: > 0 })
            .Take(ArticleCount)
            .ToArray();
        Console.WriteLine($"// {articles.Length} articles, {articles.Sum(a => a.Body!.Length):N0} chars of body");
    }

    [Benchmark(Description = "link: every article after the tagger")]
    public int Link()
    {
        var found = 0;
        for (var i = 0; i < articles.Length; i++)
        {
            found += LinkOne(i);
        }

        return found;
    }

    /// <summary>Stopwatch timings of the linker for a loaded machine (see <see cref="QuickTimer"/>).</summary>
    public static void QuickTimings(TextWriter output, int runs)
    {
        var b = new LinkerBenchmarks();
        b.Setup();
        QuickTimer.Print(output, "link", b.articles.Length, b.LinkOne, runs);
    }

    private int LinkOne(int i) => linker.Annotate(articles[i]).Entities.Length;
}
