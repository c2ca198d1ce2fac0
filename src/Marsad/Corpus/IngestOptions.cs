using Marsad.Pipeline;

namespace Marsad.Corpus;

/// <summary>Settings of one <see cref="Corpus.Ingest(IEnumerable{string}, IngestOptions?, IProgress{IngestProgress}?, CancellationToken)"/> run.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>The publication date to use where neither the metadata nor the text gives one.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Articles written to the store per SQLite transaction (the index commits every few thousand, see
    /// <see cref="IngestWriter.CommitEvery"/>). Larger batches rewrite changed stories and term counts less often, but
    /// up to five batches are alive at once (one filling, two queued, two being written): at 2,000 the full ANT ingest
    /// peaked at 1.45-1.55 GB, at 1,000 at 1.20 GB with no loss of speed.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Analysis threads; null means all cores.</summary>
    public int? DegreeOfParallelism { get; init; }

    /// <summary>Analysis stages (<c>clean+text+ner</c> ...); null means the full default pipeline.</summary>
    public string? Stages { get; init; }

    /// <summary>A pipeline the caller has already built (then <see cref="Stages"/> is not read): the CLI builds one to
    /// check <c>--stages</c>, and building the stages a second time cost the start of every ingest a serial second.</summary>
    public AnalysisPipeline? Pipeline { get; init; }
}
