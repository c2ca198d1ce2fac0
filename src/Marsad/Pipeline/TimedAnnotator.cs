using System.Diagnostics;
using Marsad.Model;

namespace Marsad.Pipeline;

/// <summary>Wraps a stage and adds the time it spends to a shared counter (thread-safe), for per-stage figures.</summary>
public sealed class TimedAnnotator(IAnnotator inner) : IAnnotator
{
    private long ticks;

    public IAnnotator Inner { get; } = inner;

    public string Name => Inner.Name;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks));

    public AnalyzedArticle Annotate(AnalyzedArticle article)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return Inner.Annotate(article);
        }
        finally
        {
            Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - start);
        }
    }
}
