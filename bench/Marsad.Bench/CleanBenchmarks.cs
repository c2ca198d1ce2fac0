using BenchmarkDotNet.Attributes;
using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Sources;

namespace Marsad.Bench;

/// <summary>
/// The clean stage over the raw documents of <see cref="BenchArticles"/> (real articles read at run time, the reserved
/// days left out): line splitting, the context-free line classifier (boilerplate patterns, timestamps, captions), the
/// layout rules and the credit reader. One operation cleans the whole set.
/// </summary>
[MemoryDiagnoser]
public class CleanBenchmarks
{
    private RawDocument[] documents = [];
    private ArticleCleaner cleaner = null!;

    [GlobalSetup]
    public void Setup()
    {
        cleaner = new ArticleCleaner();
        documents = BenchArticles.LoadDocuments();
    }

    [Benchmark(Description = "clean: every raw document")]
    public int Clean() => BenchArticles.Sum(documents.Length, CleanOne);

    /// <summary>Stopwatch timings of the clean stage for a loaded machine (see <see cref="QuickTimer"/>).</summary>
    public static void QuickTimings(TextWriter output, int runs)
    {
        var b = new CleanBenchmarks();
        b.Setup();
        QuickTimer.Print(output, "clean", b.documents.Length, b.CleanOne, runs);
    }

    private int CleanOne(int i) => cleaner.Clean(documents[i], AnalysisOptions.Default).Boilerplate.Length;
}
