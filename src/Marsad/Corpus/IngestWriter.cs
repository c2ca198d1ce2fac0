using System.Collections.Concurrent;
using System.Diagnostics;
using Marsad.Search;

namespace Marsad.Corpus;

/// <summary>
/// The one writer of an ingest: takes finished batches from a small bounded queue and writes them on its own thread
/// while the analysis threads go on. Per batch: SQLite first (rows flagged unindexed, one transaction), then the
/// documents into the index writer. The index is committed every <see cref="CommitEvery"/> articles or
/// <see cref="CommitInterval"/>, and at the end; only then are the rows flagged indexed. A crash anywhere leaves
/// flagged rows that the next open indexes again, so the store stays the source of truth.
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
    private readonly Thread thread;
    private readonly List<string> uncommitted = [];
    private readonly Stopwatch sinceCommit = Stopwatch.StartNew();
    private Exception? failure;
    private bool completed;

    public IngestWriter(ICorpusStore store, SearchIndex index, IngestTimings timings, int queueCapacity = 2)
    {
        this.store = store;
        this.index = index;
        this.timings = timings;
        queue = new BlockingCollection<IngestBatch>(Math.Max(1, queueCapacity));
        thread = new Thread(Run) { IsBackground = true, Name = "marsad-ingest-writer" };
        thread.Start();
    }

    /// <summary>Hands a batch over; blocks while the queue is full. Throws the writer's error if it failed.</summary>
    public void Enqueue(IngestBatch batch)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            queue.Add(batch);
        }
        catch (InvalidOperationException) when (failure is not null)
        {
            // The writer stopped taking batches because it failed: report its error, not the closed queue.
        }

        timings.Add("wait for writer", start);
        ThrowIfFailed();
    }

    /// <summary>Writes what is queued, commits the index and waits for the writer. Throws the writer's error.</summary>
    public void Complete()
    {
        if (!completed)
        {
            completed = true;
            queue.CompleteAdding();
            var start = Stopwatch.GetTimestamp();
            thread.Join();
            timings.Add("wait for writer", start);
        }

        ThrowIfFailed();
    }

    public void Dispose()
    {
        if (!completed)
        {
            completed = true;
            queue.CompleteAdding();
            thread.Join();
        }

        queue.Dispose();
    }

    private void ThrowIfFailed()
    {
        if (failure is not null)
        {
            throw new IOException($"writing the store failed: {failure.Message}", failure);
        }
    }

    private void Run()
    {
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                Write(batch);
                if (uncommitted.Count >= CommitEvery || sinceCommit.Elapsed >= CommitInterval)
                {
                    Commit();
                }
            }

            Commit();
        }
        catch (Exception ex)
        {
            failure = ex;
            queue.CompleteAdding();
        }
    }

    private void Write(IngestBatch batch)
    {
        var start = Stopwatch.GetTimestamp();
        store.WriteBatch(batch.Articles, batch.Stories, batch.DocumentFrequencyDeltas, batch.DocumentCountDelta);
        timings.Add("write sqlite", start);

        start = Stopwatch.GetTimestamp();
        index.Add(batch.Articles.Select(a => (a.Article, a.Text)));
        timings.Add("index add", start);
        uncommitted.AddRange(batch.Articles.Select(a => a.Article.Id));
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
}
