using Marsad.Pipeline;

namespace Marsad.Tests.Pipeline;

public class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_input_order_although_later_items_finish_first()
    {
        // Early items sleep longest, so the workers finish them last.
        var results = OrderedParallel.Select(Enumerable.Range(0, 200), i =>
        {
            Thread.Sleep(i % 7 == 0 ? 3 : 0);
            return i * 2;
        }, degreeOfParallelism: 4, window: 16).ToList();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
    }

    [Fact]
    public void No_more_than_the_window_is_read_ahead_of_the_consumer()
    {
        var readCount = 0;
        var maxAhead = 0;
        var taken = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 500; i++)
            {
                readCount++;
                maxAhead = Math.Max(maxAhead, readCount - Volatile.Read(ref taken));
                yield return i;
            }
        }

        foreach (var _ in OrderedParallel.Select(Source(), i => i, degreeOfParallelism: 3, window: 8))
        {
            // A slow consumer: without the bound the workers would read the whole source meanwhile.
            Thread.Sleep(1);
            Interlocked.Increment(ref taken);
        }

        Assert.Equal(500, readCount);
        // The window, plus the item the consumer holds (its slot is free once it is taken).
        Assert.InRange(maxAhead, 1, 9);
    }

    [Fact]
    public void An_empty_source_gives_no_results()
    {
        Assert.Empty(OrderedParallel.Select(Array.Empty<int>(), i => i, degreeOfParallelism: 2, window: 4));
    }

    [Fact]
    public void A_failing_item_fails_the_enumeration_with_its_own_exception()
    {
        var results = OrderedParallel.Select(Enumerable.Range(0, 100), i => i == 37 ? throw new FormatException("bad item") : i, degreeOfParallelism: 2, window: 4);

        var error = Assert.Throws<FormatException>(() => results.ToList());
        Assert.Equal("bad item", error.Message);
    }

    [Fact]
    public void A_failing_source_fails_the_enumeration()
    {
        static IEnumerable<int> Source()
        {
            yield return 1;
            throw new IOException("truncated archive");
        }

        Assert.Throws<IOException>(() => OrderedParallel.Select(Source(), i => i, degreeOfParallelism: 2, window: 4).ToList());
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        var results = OrderedParallel.Select(Enumerable.Range(0, 1_000_000), i => i, degreeOfParallelism: 2, window: 4, cancel.Token);

        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in results)
            {
                if (++seen == 10)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.True(seen < 1_000_000);
    }

    [Fact]
    public void Leaving_the_loop_early_stops_the_workers()
    {
        var mapped = 0;
        var first = OrderedParallel.Select(Enumerable.Range(0, 100_000), i =>
        {
            Interlocked.Increment(ref mapped);
            return i;
        }, degreeOfParallelism: 2, window: 4).Take(3).ToList();

        Assert.Equal([0, 1, 2], first);

        // The window bounds what was started: the run is disposed, so nothing more is mapped afterwards.
        var after = Volatile.Read(ref mapped);
        Thread.Sleep(50);
        Assert.Equal(after, Volatile.Read(ref mapped));
        Assert.InRange(after, 3, 3 + 4 + 2);
    }
}
