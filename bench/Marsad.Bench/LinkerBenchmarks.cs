using BenchmarkDotNet.Attributes;
using Marsad.Knowledge;
using Marsad.Linking;
using Marsad.Model;

namespace Marsad.Bench;

/// <summary>
/// The entity linker over <see cref="BenchArticles"/> (real articles read at run time, the reserved days left out),
/// cleaned, tokenised and tagged once in the setup. One operation links the whole set.
/// </summary>
[MemoryDiagnoser]
public class LinkerBenchmarks
{
    private AnalyzedArticle[] articles = [];
    private EntityLinker linker = null!;

    [GlobalSetup]
    public void Setup()
    {
        linker = new EntityLinker(ResourceFiles.Default);
        articles = BenchArticles.Load("clean+text+ner");
    }

    [Benchmark(Description = "link: every article after the tagger")]
    public int Link() => BenchArticles.Sum(articles.Length, LinkOne);

    /// <summary>Stopwatch timings of the linker for a loaded machine (see <see cref="QuickTimer"/>).</summary>
    public static void QuickTimings(TextWriter output, int runs)
    {
        var b = new LinkerBenchmarks();
        b.Setup();
        QuickTimer.Print(output, "link", b.articles.Length, b.LinkOne, runs);
    }

    private int LinkOne(int i) => linker.Annotate(articles[i]).Entities.Length;
}
