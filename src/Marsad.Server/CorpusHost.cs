using Marsad.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Marsad.Server;

/// <summary>What the endpoints share: the opened corpus and one analysis pipeline (both thread-safe), built on
/// first use so the host starts fast. On a store other processes write (PostgreSQL workers) the corpus catches up with
/// their articles at most every <see cref="ServerOptions.RefreshSeconds"/>.</summary>
public sealed partial class CorpusHost : IDisposable
{
    private readonly Lock gate = new();
    private Corpus.Corpus? corpus;
    private long lastCatchUp = Environment.TickCount64;
    private int catchingUp;
    private readonly Lazy<AnalysisPipeline> pipeline = new(() => PipelineBuilder.CreateDefault().Build());

    private readonly ILogger logger;

    public CorpusHost(ServerOptions options, ILogger<CorpusHost>? logger = null)
    {
        Options = options;
        this.logger = logger ?? NullLogger<CorpusHost>.Instance;
    }

    public ServerOptions Options { get; }

    /// <summary>The corpus, opened on first use. A failed open is not remembered (as a Lazy would): the request gets
    /// its 503 and the next one tries again, so a database back after a blip needs no server restart.</summary>
    public Corpus.Corpus Corpus
    {
        get
        {
            if (Volatile.Read(ref corpus) is { } opened)
            {
                CatchUp(opened);
                return opened;
            }

            lock (gate)
            {
                if (corpus is null)
                {
                    Volatile.Write(ref corpus, Marsad.Postgres.StoreLocation.Open(Options.Store, Options.Index));
                }

                return corpus;
            }
        }
    }

    public AnalysisPipeline Pipeline => pipeline.Value;

    /// <summary>
    /// At most once per interval, one request indexes what other processes stored since (a version read when nothing
    /// changed); requests meanwhile answer from the index as it is rather than wait. A catch-up that fails (the
    /// database away, a row or the index unreadable) is logged and tried again at the next interval: the request that
    /// ran it answers from the index as it is, as the others do.
    /// </summary>
    private void CatchUp(Corpus.Corpus opened)
    {
        var now = Environment.TickCount64;
        if (now - Volatile.Read(ref lastCatchUp) < Options.RefreshSeconds * 1000.0 || Interlocked.Exchange(ref catchingUp, 1) != 0)
        {
            return;
        }

        try
        {
            opened.CatchUp();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A database that is away is reported by this request's own reads (503) as well.
            LogCatchUpFailed(logger, ex);
        }
        finally
        {
            Volatile.Write(ref lastCatchUp, Environment.TickCount64);
            Volatile.Write(ref catchingUp, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catching up with the shared store failed; trying again at the next interval")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);

    public void Dispose()
    {
        lock (gate)
        {
            corpus?.Dispose();
        }
    }
}
