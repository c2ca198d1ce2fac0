using Marsad.Pipeline;

namespace Marsad.Server;

/// <summary>What the endpoints share: the opened corpus and one analysis pipeline (both thread-safe), built on
/// first use so the host starts fast.</summary>
public sealed class CorpusHost : IDisposable
{
    private readonly Lazy<Corpus.Corpus> corpus;
    private readonly Lazy<AnalysisPipeline> pipeline = new(() => PipelineBuilder.CreateDefault().Build());

    public CorpusHost(ServerOptions options)
    {
        Options = options;
        corpus = new Lazy<Corpus.Corpus>(() => Marsad.Postgres.StoreLocation.Open(options.Store, options.Index));
    }

    public ServerOptions Options { get; }

    public Corpus.Corpus Corpus => corpus.Value;

    public AnalysisPipeline Pipeline => pipeline.Value;

    public void Dispose()
    {
        if (corpus.IsValueCreated)
        {
            corpus.Value.Dispose();
        }
    }
}
