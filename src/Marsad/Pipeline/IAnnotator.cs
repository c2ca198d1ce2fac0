using Marsad.Model;

namespace Marsad.Pipeline;

/// <summary>A stage after cleaning: reads the article it is given and returns it with its own fields filled.
/// Knows the stages before it only through the article. Must be thread-safe.</summary>
public interface IAnnotator
{
    /// <summary>Short stage name used in error records and in <see cref="PipelineBuilder.Configure"/>.</summary>
    string Name { get; }

    AnalyzedArticle Annotate(AnalyzedArticle article);
}
