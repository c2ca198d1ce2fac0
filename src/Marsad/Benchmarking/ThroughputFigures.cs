namespace Marsad.Benchmarking;

/// <summary>How fast one pass went over a set of articles.</summary>
public sealed record ThroughputFigures(string Name, int Articles, long Utf8Bytes, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double MegabytesPerSecond => Utf8Bytes / 1_000_000.0 / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
