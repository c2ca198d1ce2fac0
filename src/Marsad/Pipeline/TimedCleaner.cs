using System.Diagnostics;
using Marsad.Model;
using Marsad.Sources;

namespace Marsad.Pipeline;

/// <summary>Wraps the cleaner and adds the time it spends to a shared counter (thread-safe).</summary>
public sealed class TimedCleaner(IArticleCleaner inner) : IArticleCleaner
{
    private long ticks;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks));

    public AnalyzedArticle Clean(RawDocument document, AnalysisOptions options)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return inner.Clean(document, options);
        }
        finally
        {
            Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - start);
        }
    }
}
