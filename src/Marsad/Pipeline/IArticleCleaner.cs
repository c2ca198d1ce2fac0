using Marsad.Model;
using Marsad.Sources;

namespace Marsad.Pipeline;

/// <summary>The first stage: turns a raw document into an article with a clean body, headline, dateline,
/// agencies, publication date and the list of removed boilerplate lines. Must be thread-safe.</summary>
public interface IArticleCleaner
{
    AnalyzedArticle Clean(RawDocument document, AnalysisOptions options);
}
