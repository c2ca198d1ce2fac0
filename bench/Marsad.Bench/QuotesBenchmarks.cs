using BenchmarkDotNet.Attributes;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Quotes;

namespace Marsad.Bench;

/// <summary>
/// The quotation stage over <see cref="BenchArticles"/> (real articles read at run time, the reserved days left out),
/// cleaned, tokenised, tagged and linked once in the setup. One operation finds the quotes of the whole set.
/// </summary>
[MemoryDiagnoser]
public class QuotesBenchmarks
{
    private AnalyzedArticle[] articles = [];
    private QuoteAnnotator quotes = null!;

    [GlobalSetup]
    public void Setup()
    {
        quotes = new QuoteAnnotator(ResourceFiles.Default);
        articles = BenchArticles.Load("clean+text+ner+link");
    }

    [Benchmark(Description = "quotes: every article after the linker")]
    public int Quotes() => BenchArticles.Sum(articles.Length, QuoteOne);

    /// <summary>Stopwatch timings of the quotation stage for a loaded machine (see <see cref="QuickTimer"/>).</summary>
    public static void QuickTimings(TextWriter output, int runs)
    {
        var b = new QuotesBenchmarks();
        b.Setup();
        QuickTimer.Print(output, "quotes", b.articles.Length, b.QuoteOne, runs);
    }

    private int QuoteOne(int i) => quotes.Annotate(articles[i]).Quotes.Length;
}
