namespace Marsad.Search;

/// <summary>The headline and body replay streams one index writer reuses from one document to the next.</summary>
internal sealed class ReplayStreams
{
    public AnalyzedText.ReplayStream Headline { get; } = new();

    public AnalyzedText.ReplayStream Body { get; } = new();
}
