using Marsad.Pipeline;

namespace Marsad.Facts;

public static class FactsPipelineExtensions
{
    /// <summary>Adds quantities and dates, with the knowledge files of <see cref="PipelineBuilder.Resources"/>.</summary>
    public static PipelineBuilder UseFacts(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var resources = builder.Resources;
        return builder
            .AddIfNotAlready(() => new DateAnnotator(resources))
            .AddIfNotAlready(() => new QuantityAnnotator(resources));
    }
}
