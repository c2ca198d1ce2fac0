using System.Runtime.ExceptionServices;

namespace Marsad.Pipeline;

/// <summary>
/// Maps a sequence on worker threads and yields the results in input order, with a hard bound on the items read
/// but not yet taken by the consumer. PLINQ's ordered merge has no such bound: when the consumer (or the writers
/// behind it) stalls, its buffers keep filling with analysed articles, which was the peak-RSS variance of ingest.
/// Here a worker reads the next item only while fewer than <c>window</c> items are in flight, so a slow consumer
/// holds the workers back instead.
/// </summary>
public static class OrderedParallel
{
    /// <summary>The results of <paramref name="map"/> over <paramref name="items"/>, in input order.</summary>
    /// <param name="items">The source; read by one worker at a time.</param>
    /// <param name="map">The work per item, run on the worker threads.</param>
    /// <param name="degreeOfParallelism">Worker threads.</param>
    /// <param name="window">The most items read but not yet yielded (analysing, or done and waiting for their turn).</param>
    /// <param name="cancellationToken">Stops the workers; the consumer then gets an <see cref="OperationCanceledException"/>.</param>
    public static IEnumerable<TResult> Select<TItem, TResult>(
        IEnumerable<TItem> items,
        Func<TItem, TResult> map,
        int degreeOfParallelism,
        int window,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        return Run(items, map, Math.Max(1, degreeOfParallelism), Math.Max(Math.Max(1, degreeOfParallelism), window), cancellationToken);
    }

    private static IEnumerable<TResult> Run<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> map, int workers, int window, CancellationToken cancellationToken)
    {
        using var state = new PoolState<TItem, TResult>(items, map, window, cancellationToken);
        state.Start(workers);
        for (long next = 0; state.TryTake(next, out var result); next++)
        {
            yield return result;
        }
    }

    /// <summary>
    /// The shared state of one run: the source, the ring of finished results and the window. A worker publishes a
    /// result without a lock and wakes the consumer only when it is waiting for that very result: a lock and a
    /// pulse per article made the threads contend on two cores.
    /// </summary>
    private sealed class PoolState<TItem, TResult> : IDisposable
    {
        private readonly IEnumerator<TItem> source;
        private readonly Func<TItem, TResult> map;
        private readonly SemaphoreSlim slots;
        private readonly CancellationTokenSource stop;
        private readonly ManualResetEventSlim wake = new(false, spinCount: 0);
        private readonly TResult[] ring;
        private readonly int[] ready;
        private readonly List<Thread> threads = [];
        private long read;
        private long total = -1;
        private long waitingFor = -1;
        private ExceptionDispatchInfo? failure;

        public PoolState(IEnumerable<TItem> items, Func<TItem, TResult> map, int window, CancellationToken cancellationToken)
        {
            source = items.GetEnumerator();
            this.map = map;
            slots = new SemaphoreSlim(window, window);
            stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ring = new TResult[window];
            ready = new int[window];
        }

        public void Start(int workers)
        {
            for (var i = 0; i < workers; i++)
            {
                var thread = new Thread(Work) { IsBackground = true, Name = "marsad-worker-" + i };
                threads.Add(thread);
                thread.Start();
            }
        }

        /// <summary>Waits for result number <paramref name="index"/>; false once the source is exhausted.</summary>
        public bool TryTake(long index, out TResult result)
        {
            var slot = (int)(index % ring.Length);
            while (Volatile.Read(ref ready[slot]) == 0)
            {
                Volatile.Read(ref failure)?.Throw();
                if (IsPastEnd(index))
                {
                    result = default!;
                    return false;
                }

                stop.Token.ThrowIfCancellationRequested();
                wake.Reset();

                // Full fences on both sides (here, in Publish, and where the end or a failure is set): either the
                // worker sees whom we wait for, or we see what it set, so no wake-up is lost.
                Interlocked.Exchange(ref waitingFor, index);
                if (Volatile.Read(ref ready[slot]) != 0 || Volatile.Read(ref failure) is not null || IsPastEnd(index))
                {
                    continue;
                }

                try
                {
                    wake.Wait(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    // A failure cancels too: the loop reports the failure first.
                }
            }

            result = ring[slot];
            ring[slot] = default!;
            Volatile.Write(ref ready[slot], 0);
            slots.Release();
            return true;
        }

        public void Dispose()
        {
            stop.Cancel();
            wake.Set();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            source.Dispose();
            slots.Dispose();
            wake.Dispose();
            stop.Dispose();
        }

        private void Work()
        {
            try
            {
                while (true)
                {
                    slots.Wait(stop.Token);
                    TItem item;
                    long index;
                    lock (source)
                    {
                        if (Interlocked.Read(ref total) >= 0 || !source.MoveNext())
                        {
                            // Set under the source's lock, so no worker reads past the end.
                            Interlocked.Exchange(ref total, read);
                            wake.Set();
                            return;
                        }

                        item = source.Current;
                        index = read++;
                    }

                    Publish(index, map(item));
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early or the run was cancelled.
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
                stop.Cancel();
                wake.Set();
            }
        }

        private bool IsPastEnd(long index)
        {
            var end = Interlocked.Read(ref total);
            return end >= 0 && index >= end;
        }

        private void Publish(long index, TResult result)
        {
            var slot = (int)(index % ring.Length);
            ring[slot] = result;
            Interlocked.Exchange(ref ready[slot], 1);
            if (Interlocked.Read(ref waitingFor) == index)
            {
                wake.Set();
            }
        }
    }
}
