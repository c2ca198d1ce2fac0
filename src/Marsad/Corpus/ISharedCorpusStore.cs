namespace Marsad.Corpus;

/// <summary>
/// A store several ingest processes (workers, on one machine or many) write at the same time. The ordered part of an
/// ingest (idempotency, duplicates, stories, document frequencies) is sequential by nature, so each worker runs it
/// for one batch at a time under <see cref="LockIngest"/>, writes the batch before releasing the lock, and re-reads the
/// clustering state first when <see cref="Version"/> shows that another worker has written since.
/// </summary>
public interface ISharedCorpusStore : ICorpusStore
{
    /// <summary>Batches written by all writers so far; bumped in the transaction of every <see cref="ICorpusStore.WriteBatch"/>.</summary>
    long Version { get; }

    /// <summary>
    /// The stories written after <paramref name="version"/> (a <see cref="Version"/> read earlier) and the ids of every
    /// story stored now (merged ones are gone): what a worker whose state was current at that version re-reads.
    /// </summary>
    (IReadOnlyList<StoryState> Changed, HashSet<long> Stored) StoriesSince(long version);

    /// <summary>
    /// Where the store's last article stands in store order (0 when empty). Writers are serialised by the version they
    /// bump first in every batch, so every article stored later stands after it.
    /// </summary>
    long LastPosition { get; }

    /// <summary>The rows this store's search index lacks among those stored after <paramref name="position"/> (a
    /// <see cref="LastPosition"/> read earlier), in store order: what a catch-up reads, not every row.</summary>
    IEnumerable<StoredArticle> UnindexedAfter(long position);

    /// <summary>Waits for the store-wide ingest lock; disposing releases it, and so does the end of the process (kill -9 included).</summary>
    IDisposable LockIngest();
}
