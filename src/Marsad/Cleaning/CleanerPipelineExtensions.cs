using Marsad.Pipeline;

namespace Marsad.Cleaning;

public static class CleanerPipelineExtensions
{
    /// <summary>Strips web chrome and finds headline, dateline, agencies and publication date.</summary>
    public static PipelineBuilder UseCleaner(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.SetCleaner(new ArticleCleaner(builder.Resources));
    }
}
