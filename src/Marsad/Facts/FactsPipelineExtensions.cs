using Marsad.Pipeline;

namespace Marsad.Facts;

public static class FactsPipelineExtensions
{
    /// <summary>Adds quantities and dates.</summary>
    public static PipelineBuilder UseFacts(this PipelineBuilder builder) => builder;
}
