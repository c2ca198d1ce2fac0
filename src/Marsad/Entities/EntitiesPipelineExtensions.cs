using Marsad.Knowledge;
using Marsad.Pipeline;

namespace Marsad.Entities;

public static class EntitiesPipelineExtensions
{
    /// <summary>Adds the named-entity tagger (typed mentions; one entity per surface form until the linker runs).
    /// Uses <see cref="PipelineBuilder.NerModelPath"/> when set, else the model that ships with Marsad.</summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Read the model path and resources on first use: Configure() adds the stage before callers set them.
        return builder.AddIfNotAlready(() => new NerAnnotator(() => NerTagger.Load(
            builder.NerModelPath,
            ReferenceEquals(builder.Resources, ResourceFiles.Default) ? null : builder.Resources)));
    }
}
