using Marsad.Entities;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Sources;

namespace Marsad.Bench;

/// <summary>
/// The real article bodies the stage benchmarks run over, read at run time and never copied into the repository: the
/// first readable articles of <c>MARSAD_FACTS_CORPUS</c> (a folder or archive), by default the ANT tarball of the
/// shared data, leaving out the reserved days 1–15 May 2018 (<see cref="NerTrainingRun.IsHeldOut"/>), analysed once by
/// the stages named.
/// </summary>
internal static class BenchArticles
{
    public const int Count = 300;

    public static AnalyzedArticle[] Load(string stages)
    {
        var pipeline = PipelineBuilder.Configure(stages).Build();
        var articles = DocumentSources.Read(CorpusPath())
            .Where(item => item.Document is { } doc && !NerTrainingRun.IsHeldOut(doc))
            .Select(item => BatchAnalysis.AnalyzeOne(pipeline, item, AnalysisOptions.Default).Article)
            .OfType<AnalyzedArticle>()
            .Where(article => article.Body is { Length: > 0 })
            .Take(Count)
            .ToArray();
        Console.WriteLine($"// {articles.Length} articles, {articles.Sum(a => a.Body!.Length):N0} chars of body");
        return articles;
    }

    /// <summary>The raw documents of the same corpus (the reserved days left out), for the clean stage: the first
    /// <see cref="Count"/> with text, unanalysed.</summary>
    public static RawDocument[] LoadDocuments()
    {
        var documents = DocumentSources.Read(CorpusPath())
            .Select(item => item.Document)
            .OfType<RawDocument>()
            .Where(doc => doc.Text is { Length: > 0 } && !NerTrainingRun.IsHeldOut(doc))
            .Take(Count)
            .ToArray();
        Console.WriteLine($"// {documents.Length} raw documents, {documents.Sum(d => d.Text.Length):N0} chars of text");
        return documents;
    }

    /// <summary>One benchmark operation: <paramref name="each"/> over every article, its results summed (so the JIT
    /// keeps the work).</summary>
    public static int Sum(int count, Func<int, int> each)
    {
        var found = 0;
        for (var i = 0; i < count; i++)
        {
            found += each(i);
        }

        return found;
    }

    /// <summary>The benchmarks' corpus: <c>MARSAD_FACTS_CORPUS</c>, else the ANT tarball of the shared data.</summary>
    private static string CorpusPath()
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
}
