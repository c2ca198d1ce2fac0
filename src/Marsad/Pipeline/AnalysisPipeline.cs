using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Sources;

namespace Marsad.Pipeline;

/// <summary>
/// A frozen, thread-safe chain: cleaner, then annotators in order. A stage that throws is recorded in
/// <see cref="AnalyzedArticle.Errors"/> with its name and the article goes on through the remaining stages.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IArticleCleaner cleaner, ImmutableArray<IAnnotator> annotators)
    {
        Cleaner = cleaner;
        Annotators = annotators;
    }

    public IArticleCleaner Cleaner { get; }

    public ImmutableArray<IAnnotator> Annotators { get; }

    /// <summary>The stage names, in order (<c>clean+text+ner+...</c>).</summary>
    public string Describe() => string.Join('+', Annotators.Select(a => a.Name).Prepend("clean"));

    public AnalyzedArticle Analyze(RawDocument document, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var article = Cleaner.Clean(document, options ?? AnalysisOptions.Default);
        foreach (var annotator in Annotators)
        {
            try
            {
                article = annotator.Annotate(article);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                article = article with { Errors = article.Errors.Add(new StageError(annotator.Name, ex.Message)) };
            }
        }

        return article;
    }

    /// <summary>Analyses plain text as an already clean article body (no cleaning of web chrome beyond the cleaner's).</summary>
    public AnalyzedArticle AnalyzeText(string text, string id = "text", AnalysisOptions? options = null) =>
        Analyze(new RawDocument { Id = id, Path = id, Format = DocumentFormat.PlainText, Text = text }, options);
}
