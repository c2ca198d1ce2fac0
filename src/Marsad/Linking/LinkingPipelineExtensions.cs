using Marsad.Pipeline;

namespace Marsad.Linking;

public static class LinkingPipelineExtensions
{
    /// <summary>Adds entity linking: aliases, clitics, partial names, roles at the article's date. Runs after the
    /// tagger (add it with <c>UseEntities()</c> first); its knowledge comes from <see cref="PipelineBuilder.Resources"/>.</summary>
    public static PipelineBuilder UseLinker(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddIfNotAlready(() => new EntityLinker(builder.Resources));
    }
}
