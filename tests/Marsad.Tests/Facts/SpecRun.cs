using System.Collections.Immutable;
using System.Text.Json;
using Marsad.Facts;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;
using Marsad.Text;

namespace Marsad.Tests.Facts;

/// <summary>One example of a facts spec run two ways: through the text and facts stages, and through the fact's own
/// annotator alone (which must find the same); the found spans always name their text.</summary>
internal sealed record SpecRun<T>(AnalyzedArticle Article, ImmutableArray<T> Found, IReadOnlyList<JsonElement> Expected)
{
    private static readonly AnalysisPipeline Pipeline = new PipelineBuilder().UseArabicText().UseFacts().Build();

    public static SpecRun<T> Of(string spec, string title, IAnnotator annotator, Func<AnalyzedArticle, ImmutableArray<T>> facts, Func<T, string> show)
    {
        var example = SpecFile.Get(spec, title);
        var options = new AnalysisOptions { Published = example.Published };
        var article = Pipeline.Analyze(Some.Document(example.Input), options);
        var found = facts(article);
        var standalone = facts(annotator.Annotate(new PassThroughCleaner().Clean(Some.Document(example.Input), options)));
        Assert.Equal(standalone.Select(x => x!.ToString()).ToList(), found.Select(x => x!.ToString()).ToList());
        var expected = example.Expected.EnumerateArray().ToList();
        Assert.True(expected.Count == found.Length, $"expected {expected.Count}, found {found.Length}: {string.Join(" | ", found.Select(show))}");
        return new SpecRun<T>(article, found, expected);
    }
}
