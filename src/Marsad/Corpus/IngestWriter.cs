using System.Collections.Concurrent;
using System.Diagnostics;
using Marsad.Search;

namespace Marsad.Corpus;

/// <summary>
/// The writers of an ingest: two threads connected by small bounded queues, so SQLite and the index work at the same
/// time while the analysis threads go on. The store thread writes each batch to SQLite (rows flagged unindexed, one
/// transaction) and passes it on; the index thread adds its documents to the index writer. The index is committed
/// every <see cref="CommitEvery"/> articles or <see cref="CommitInterval"/>, and at the end; only then are the rows
/// flagged indexed. A batch reaches the index only after its rows are in SQLite, so a crash anywhere leaves flagged
/// rows that the next open indexes again, and the store stays the source of truth.
/// </summary>
internal sealed class IngestWriter : IDisposable
{
    /// <summary>Articles between index commits: a commit flushes segments and syncs files, too dear per batch.</summary>
    public const int CommitEvery = 10_000;

    /// <summary>The longest a written batch waits for its index commit (readers of the store see it then).</summary>
    public static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(30);

    private readonly ICorpusStore store;
    private readonly SearchIndex index;
    private readonly IngestTimings timings;
    private readonly BlockingCollection<IngestBatch> queue;
    private readonly BlockingCollection<IndexedArticle[]> indexQueue;
    private readonly Thread storeThread;
    private readonly Thread indexThread;
    private readonly List<string> uncommitted = [];
    private readonly Stopwatch sinceCommit = Stopwatch.StartNew();
    private volatile Exception? failure;
    private bool completed;

    // One batch waiting per queue: with two stages there are already more batches in flight than with one writer, and
    // each waiting batch holds a couple of thousand articles in memory (peak RSS).
    public IngestWriter(ICorpusStore store, SearchIndex index, IngestTimings timings, int queueCapacity = 1)
    {
        this.store = store;
        this.index = index;
        this.timings = timings;
        queue = new BlockingCollection<IngestBatch>(Math.Max(1, queueCapacity));
        indexQueue = new BlockingCollection<IndexedArticle[]>(Math.Max(1, queueCapacity));
        storeThread = new Thread(RunStore) { IsBackground = true, Name = "marsad-ingest-store" };
        indexThread = new Thread(RunIndex) { IsBackground = true, Name = "marsad-ingest-index" };
        storeThread.Start();
        indexThread.Start();
    }

    /// <summary>Hands a batch over; blocks while the queue is full. Throws the writers' error if one failed.</summary>
    public void Enqueue(IngestBatch batch)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            queue.Add(batch);
        }
        catch (InvalidOperationException) when (failure is not null)
        {
            // A writer stopped taking batches because it failed: report its error, not the closed queue.
        }

        timings.Add("wait for writer", start);
        ThrowIfFailed();
    }

    /// <summary>Writes what is queued, commits the index and waits for the writers. Throws their error.</summary>
    public void Complete()
    {
        if (!completed)
        {
            var start = Stopwatch.GetTimestamp();
            Stop();
            timings.Add("wait for writer", start);
        }

        ThrowIfFailed();
    }

    public void Dispose()
    {
        if (!completed)
        {
            Stop();
        }

        queue.Dispose();
        indexQueue.Dispose();
    }

    private void Stop()
    {
        completed = true;
        queue.CompleteAdding();
        storeThread.Join();
        indexThread.Join();
    }

    private void ThrowIfFailed()
    {
        if (failure is { } error)
        {
            throw new IOException($"writing the store failed: {error.Message}", error);
        }
    }

    /// <summary>Records the first failure and closes both queues, so the producer and the other writer stop.</summary>
    private void Fail(Exception ex)
    {
        Interlocked.CompareExchange(ref failure, ex, null);
        queue.CompleteAdding();
        indexQueue.CompleteAdding();
    }

    private void RunStore()
    {
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                var start = Stopwatch.GetTimestamp();
                if (!batch.Stored)
                {
                    store.WriteBatch(batch.Articles, batch.Stories, batch.DocumentFrequencyDeltas, batch.DocumentCountDelta);
                    timings.Add("write sqlite", start);
                }

                // Only what the index needs goes on: the JSON records and rows of a written batch can be collected.
                var documents = new IndexedArticle[batch.Articles.Count];
                for (var i = 0; i < documents.Length; i++)
                {
                    documents[i] = new IndexedArticle(batch.Articles[i].Article, batch.Articles[i].Text);
                }

                start = Stopwatch.GetTimestamp();
                indexQueue.Add(documents);
                timings.Add("wait for index", start);
            }

            indexQueue.CompleteAdding();
            timings.Add("cpu: store thread", ThreadCpuTime.Current());
        }
        catch (InvalidOperationException) when (failure is not null)
        {
            // The index thread failed and closed its queue: its error is the one to report.
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
    }

    private void RunIndex()
    {
        try
        {
            foreach (var documents in indexQueue.GetConsumingEnumerable())
            {
                var start = Stopwatch.GetTimestamp();
                index.Add(documents.Select(d => (d.Article, d.Text)));
                timings.Add("index add", start);
                uncommitted.AddRange(documents.Select(d => d.Article.Id));
                if (uncommitted.Count >= CommitEvery || sinceCommit.Elapsed >= CommitInterval)
                {
                    Commit();
                }
            }

            // After a store failure nothing more is committed: rows written but not flagged are indexed on the next open.
            if (failure is null)
            {
                Commit();
            }

            timings.Add("cpu: index thread", ThreadCpuTime.Current());
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
    }

    private void Commit()
    {
        if (uncommitted.Count == 0)
        {
            return;
        }

        var start = Stopwatch.GetTimestamp();
        index.Commit(store.Count);
        timings.Add("index commit", start);

        start = Stopwatch.GetTimestamp();
        store.MarkIndexed(uncommitted);
        timings.Add("mark indexed", start);
        uncommitted.Clear();
        sinceCommit.Restart();
    }

    /// <summary>A written article on its way to the index: the record and its text analysed for the index.</summary>
    private readonly record struct IndexedArticle(Marsad.Model.AnalyzedArticle Article, AnalyzedArticleText? Text);
}
