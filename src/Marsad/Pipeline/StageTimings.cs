using System.Collections.Immutable;

namespace Marsad.Pipeline;

/// <summary>Time spent in each stage of a timed pipeline, summed over all threads.</summary>
public sealed class StageTimings(TimedCleaner cleaner, ImmutableArray<TimedAnnotator> annotators)
{
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Snapshot() =>
        [("clean", cleaner.Elapsed), .. annotators.Select(a => (a.Name, a.Elapsed))];
}
