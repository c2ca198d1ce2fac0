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

    /// <summary>The shared state of one run: the source, the ring of finished results and the window.</summary>
    private sealed class PoolState<TItem, TResult> : IDisposable
    {
        private readonly IEnumerator<TItem> source;
        private readonly Func<TItem, TResult> map;
        private readonly SemaphoreSlim slots;
        private readonly CancellationTokenSource stop;
        private readonly TResult[] ring;
        private readonly bool[] ready;
        private readonly object gate = new();
        private readonly List<Thread> threads = [];
        private long read;
        private long total = -1;
        private ExceptionDispatchInfo? failure;

        public PoolState(IEnumerable<TItem> items, Func<TItem, TResult> map, int window, CancellationToken cancellationToken)
        {
            source = items.GetEnumerator();
            this.map = map;
            slots = new SemaphoreSlim(window, window);
            stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ring = new TResult[window];
            ready = new bool[window];
        }

        public void Start(int workers)
        {
            // A cancelled run wakes a consumer waiting for a result.
            stop.Token.Register(() =>
            {
                lock (gate)
                {
                    Monitor.PulseAll(gate);
                }
            });
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
            lock (gate)
            {
                while (!ready[slot])
                {
                    failure?.Throw();
                    if (total >= 0 && index >= total)
                    {
                        result = default!;
                        return false;
                    }

                    stop.Token.ThrowIfCancellationRequested();
                    Monitor.Wait(gate);
                }

                result = ring[slot];
                ring[slot] = default!;
                ready[slot] = false;
            }

            slots.Release();
            return true;
        }

        public void Dispose()
        {
            stop.Cancel();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            source.Dispose();
            slots.Dispose();
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
                        if (total >= 0 || !source.MoveNext())
                        {
                            // Set under the source's lock, so no worker reads past the end.
                            lock (gate)
                            {
                                total = read;
                                Monitor.PulseAll(gate);
                            }

                            return;
                        }

                        item = source.Current;
                        index = read++;
                    }

                    var result = map(item);
                    lock (gate)
                    {
                        var slot = (int)(index % ring.Length);
                        ring[slot] = result;
                        ready[slot] = true;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early or the run was cancelled.
            }
            catch (Exception ex)
            {
                lock (gate)
                {
                    failure ??= ExceptionDispatchInfo.Capture(ex);
                    Monitor.PulseAll(gate);
                }

                stop.Cancel();
            }
        }
    }
}
