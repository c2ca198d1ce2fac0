using Marsad.Pipeline;

namespace Marsad.Server;

/// <summary>What the endpoints share: the opened corpus and one analysis pipeline (both thread-safe), built on
/// first use so the host starts fast.</summary>
public sealed class CorpusHost : IDisposable
{
    private readonly Lock gate = new();
    private Corpus.Corpus? corpus;
    private readonly Lazy<AnalysisPipeline> pipeline = new(() => PipelineBuilder.CreateDefault().Build());

    public CorpusHost(ServerOptions options) => Options = options;

    public ServerOptions Options { get; }

    /// <summary>The corpus, opened on first use. A failed open is not remembered (as a Lazy would): the request gets
    /// its 503 and the next one tries again, so a database back after a blip needs no server restart.</summary>
    public Corpus.Corpus Corpus
    {
        get
        {
            if (Volatile.Read(ref corpus) is { } opened)
            {
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

    public void Dispose()
    {
        lock (gate)
        {
            corpus?.Dispose();
        }
    }
}
