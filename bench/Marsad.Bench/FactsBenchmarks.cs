using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Marsad.Facts;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Sources;

namespace Marsad.Bench;

/// <summary>
/// The facts stages over a fixed set of real article bodies, cleaned and tokenised once in the setup: the shared
/// date grammar (what <c>FactsAnalysis</c> computes per article, charged to the date stage) and the quantity grammar
/// after it. The articles are read at run time, never copied into the repository: the first 300 readable articles of
/// <c>MARSAD_FACTS_CORPUS</c> (a folder or archive), by default the ANT tarball of the shared data, leaving out the
/// reserved days 1–15 May 2018. One operation is the whole set. The quantity grammar reads the words and date words
/// the setup's date reading left (as in the pipeline, where both stages share them).
/// </summary>
[MemoryDiagnoser]
public partial class FactsBenchmarks
{
    private const int ArticleCount = 300;

    private AnalyzedArticle[] articles = [];
    private FactsLexicon lexicon = null!;
    private FactContext[] contexts = [];
    private bool[][] dateWords = [];

    [GlobalSetup]
    public void Setup()
    {
        lexicon = FactsLexicon.For(ResourceFiles.Default);
        var pipeline = PipelineBuilder.Configure("clean+text").Build();
        articles = DocumentSources.Read(CorpusPath())
            .Where(item => !item.IsError && !ReservedDay().IsMatch(item.Path))
            .Select(item => BatchAnalysis.AnalyzeOne(pipeline, item, AnalysisOptions.Default).Article)
            .OfType<AnalyzedArticle>()
            .Where(article => article.Body is { Length: > 0 })
            .Take(ArticleCount)
            .ToArray();
        contexts = articles.Select(article => new FactContext(article.Body!, lexicon, article.Tokens)).ToArray();
        dateWords = new bool[articles.Length][];
        for (var i = 0; i < articles.Length; i++)
        {
            var reader = ReadDates(contexts[i], articles[i]);
            reader.Recognize();
            dateWords[i] = reader.Covered;
        }
        Console.WriteLine($"// {articles.Length} articles, {articles.Sum(a => a.Body!.Length):N0} chars of body");
    }

    [Benchmark(Description = "words: the facts' view of every body")]
    public int Words()
    {
        var found = 0;
        for (var i = 0; i < articles.Length; i++)
        {
            found += WordsOf(i);
        }

        return found;
    }

    [Benchmark(Description = "dates: words + date grammar, every article")]
    public int Dates()
    {
        var found = 0;
        for (var i = 0; i < articles.Length; i++)
        {
            found += DatesOf(i);
        }

        return found;
    }

    [Benchmark(Description = "quantities after the dates, every article")]
    public int Quantities()
    {
        var found = 0;
        for (var i = 0; i < articles.Length; i++)
        {
            found += QuantitiesOf(i);
        }

        return found;
    }

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

    /// <summary>The benchmarks' corpus: <c>MARSAD_FACTS_CORPUS</c>, else the ANT tarball of the shared data.</summary>
    internal static string CorpusPath()
    {
        if (Environment.GetEnvironmentVariable("MARSAD_FACTS_CORPUS") is { Length: > 0 } path)
        {
            return path;
        }

        var shared = Environment.GetEnvironmentVariable("MARSAD_SHARED") is { Length: > 0 } env ? env : FindShared();
        return Path.Combine(shared, "data", "corpus", "ant-multisource-v2.1.tar.gz");
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("set MARSAD_FACTS_CORPUS or MARSAD_SHARED: no shared data found");
    }

    /// <summary>ANT file names end in the publication day; 1–15 May 2018 is reserved and not read.</summary>
    [GeneratedRegex(@"-201805(0[1-9]|1[0-5])\.txt$")]
    internal static partial Regex ReservedDay();
}
