using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Sources;

namespace Marsad.Pipeline;

/// <summary>A cleaner that removes nothing: the body is the document's non-empty lines. Used when a pipeline is
/// built without the real cleaner (for text that is already clean).</summary>
public sealed class PassThroughCleaner : IArticleCleaner
{
    public AnalyzedArticle Clean(RawDocument document, AnalysisOptions options)
    {
        var lines = document.Text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        return new AnalyzedArticle
        {
            Id = document.Id,
            Source = new SourceInfo(document.Path, document.Url, document.Outlet),
            Headline = document.Title,
            Published = document.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : options.Published,
            Body = string.Join('\n', lines),
            Agencies = [],
            Boilerplate = ImmutableArray<string>.Empty,
        };
    }
}
