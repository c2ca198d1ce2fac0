using System.Collections.Immutable;

namespace Marsad.Corpus;

/// <summary>The outcome of an ingest run.</summary>
/// <param name="Read">Source items read.</param>
/// <param name="Added">New articles stored.</param>
/// <param name="Skipped">Articles already stored (same id and body).</param>
/// <param name="Duplicates">New articles found to duplicate a stored body (exact or near); stored and grouped with it.</param>
/// <param name="Errors">Items that could not be read or analysed, with reasons (the run went on).</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="TotalArticles">Articles in the store after the run.</param>
public sealed record IngestReport(int Read, int Added, int Skipped, int Duplicates, ImmutableArray<IngestError> Errors, TimeSpan Elapsed, long TotalArticles)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;

    /// <summary>Time per ingest step summed over threads (see <see cref="IngestTimings"/>).</summary>
    public ImmutableArray<KeyValuePair<string, TimeSpan>> Steps { get; init; } = [];
}
