using Marsad.Pipeline;

namespace Marsad.Quotes;

public static class QuotesPipelineExtensions
{
    /// <summary>Adds quotation extraction and attribution (after the linker, whose entities name the speakers).</summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddIfNotAlready(() => new QuoteAnnotator(builder.Resources));
    }
}
