using BenchmarkDotNet.Attributes;
using Marsad.Facts;
using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Bench;

/// <summary>
/// The facts stages over a fixed set of real article bodies, cleaned and tokenised once in the setup: the shared
/// date grammar (what <c>FactsAnalysis</c> computes per article, charged to the date stage) and the quantity grammar
/// after it, over <see cref="BenchArticles"/> (real articles read at run time, the reserved days left out). One operation
/// is the whole set. The quantity grammar reads the words and date words
/// the setup's date reading left (as in the pipeline, where both stages share them).
/// </summary>
[MemoryDiagnoser]
public class FactsBenchmarks
{
    private AnalyzedArticle[] articles = [];
    private FactsLexicon lexicon = null!;
    private FactContext[] contexts = [];
    private bool[][] dateWords = [];

    [GlobalSetup]
    public void Setup()
    {
        lexicon = FactsLexicon.For(ResourceFiles.Default);
        articles = BenchArticles.Load("clean+text");
        contexts = articles.Select(article => new FactContext(article.Body!, lexicon, article.Tokens)).ToArray();
        dateWords = new bool[articles.Length][];
        for (var i = 0; i < articles.Length; i++)
        {
            var reader = ReadDates(contexts[i], articles[i]);
            reader.Recognize();
            dateWords[i] = reader.Covered;
        }
    }

    [Benchmark(Description = "words: the facts' view of every body")]
    public int Words() => BenchArticles.Sum(articles.Length, WordsOf);

    [Benchmark(Description = "dates: words + date grammar, every article")]
    public int Dates() => BenchArticles.Sum(articles.Length, DatesOf);

    [Benchmark(Description = "quantities after the dates, every article")]
    public int Quantities() => BenchArticles.Sum(articles.Length, QuantitiesOf);

    private int WordsOf(int i) => new FactContext(articles[i].Body!, lexicon, articles[i].Tokens).Count;

    private int DatesOf(int i) =>
        ReadDates(new FactContext(articles[i].Body!, lexicon, articles[i].Tokens), articles[i]).Recognize().Length;

    private int QuantitiesOf(int i) =>
        new QuantityRecognizer(contexts[i], dateWords[i]).Recognize().Length;

    /// <summary>Stopwatch timings of the three stages for a loaded machine (see <see cref="QuickTimer"/>).</summary>
    public static void QuickTimings(TextWriter output, int runs)
    {
        var b = new FactsBenchmarks();
        b.Setup();
        QuickTimer.Print(output, "words", b.articles.Length, b.WordsOf, runs);
        QuickTimer.Print(output, "dates", b.articles.Length, b.DatesOf, runs);
        QuickTimer.Print(output, "quantities", b.articles.Length, b.QuantitiesOf, runs);
    }

    /// <summary>What <c>FactsAnalysis</c> does for an article (without its per-body cache) once the words are read.</summary>
    private static DateRecognizer ReadDates(FactContext context, AnalyzedArticle article) =>
        new(context, article.Published, article.Agencies);
}
