using Marsad.Knowledge;
using Marsad.Pipeline;

namespace Marsad.Text;

public static class ArabicTextPipelineExtensions
{
    /// <summary>Adds sentence splitting and tokenisation (once, however many stages ask for it).</summary>
    public static PipelineBuilder UseArabicText(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var resources = builder.Resources;
        return builder.AddIfNotAlready(() => new ArabicTextAnnotator(ReferenceEquals(resources, ResourceFiles.Default) ? null : resources));
    }
}
