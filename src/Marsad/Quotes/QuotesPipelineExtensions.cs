using Marsad.Pipeline;

namespace Marsad.Quotes;

public static class QuotesPipelineExtensions
{
    /// <summary>Adds quotation extraction and attribution.</summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder) => builder;
}
