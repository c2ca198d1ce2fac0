namespace Marsad.Corpus;

/// <summary>A progress report during ingest: counts so far and the throughput.</summary>
/// <param name="Read">Source items read (articles and unreadable items).</param>
/// <param name="Added">New articles written to the store.</param>
/// <param name="Skipped">Articles already in the store (same id and body), not written again.</param>
/// <param name="Duplicates">New articles whose body duplicates (exactly or nearly) one already stored.</param>
/// <param name="Errors">Items that could not be read or analysed.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="LastError">The latest error as <c>path: reason</c>, if any since the previous report.</param>
public sealed record IngestProgress(int Read, int Added, int Skipped, int Duplicates, int Errors, TimeSpan Elapsed, string? LastError = null)
{
    /// <summary>Items processed per second so far.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
