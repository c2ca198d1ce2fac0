namespace Marsad.Pipeline;

/// <summary>Per-call settings of an analysis.</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>The publication date to use where neither the metadata nor the text gives one.</summary>
    public DateOnly? Published { get; init; }
}
