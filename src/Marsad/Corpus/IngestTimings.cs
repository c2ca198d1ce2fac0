using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace Marsad.Corpus;

/// <summary>
/// Time spent per ingest step, summed over the threads that ran it (so analysis on two threads can exceed the wall
/// time). Printed by <c>marsad ingest --verbose</c> to show where an ingest goes.
/// </summary>
public sealed class IngestTimings
{
    private readonly ConcurrentDictionary<string, long> ticks = new(StringComparer.Ordinal);

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to a step.</summary>
    public void Add(string step, long startTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        ticks.AddOrUpdate(step, elapsed, (_, total) => total + elapsed);
    }

    /// <summary>Adds a measured duration (a thread's processor time) to a step.</summary>
    public void Add(string step, TimeSpan duration)
    {
        var elapsed = (long)(duration.TotalSeconds * Stopwatch.Frequency);
        ticks.AddOrUpdate(step, elapsed, (_, total) => total + elapsed);
    }

    /// <summary>The steps with their summed time, by name.</summary>
    public ImmutableArray<KeyValuePair<string, TimeSpan>> Snapshot() =>
        [.. ticks.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => KeyValuePair.Create(t.Key, Stopwatch.GetElapsedTime(0, t.Value)))];
}
