using Marsad.Model;

namespace Marsad.Pipeline;

/// <summary>The outcome for one source item: an article, or an error naming the path and the reason.</summary>
public readonly record struct AnalysisResult(string Path, AnalyzedArticle? Article, string? Error)
{
    public bool IsError => Error is not null;
}
