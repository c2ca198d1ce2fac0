namespace Marsad.Corpus;

/// <summary>
/// One store transaction of an ingest: the articles and the clustering state they changed. The stories are
/// snapshots, so the writer thread can serialise them while clustering goes on.
/// </summary>
internal sealed record IngestBatch(
    IReadOnlyList<StoredArticle> Articles,
    IReadOnlyCollection<StoryState> Stories,
    IReadOnlyDictionary<string, int> DocumentFrequencyDeltas,
    int DocumentCountDelta)
{
    /// <summary>Already in the store (a shared store's batch is written under the ingest lock): only the index is left.</summary>
    public bool Stored { get; init; }
}
