using System.Diagnostics;

namespace Marsad.Bench;

/// <summary>Stopwatch timings for a loaded machine, where the mean of a whole run mostly measures the waits for a
/// core: each item is run <c>runs</c> times after a warm-up and its fastest time kept; the sum of those minima (an
/// estimate of the uninterrupted cost of the set) is printed with the bytes allocated for the whole set.</summary>
internal static class QuickTimer
{
    private const int WarmUpRuns = 5;

    public static void Print(TextWriter output, string name, int count, Func<int, int> op, int runs)
    {
        var fastest = new double[count];
        Array.Fill(fastest, double.MaxValue);
        long allocated = 0;
        for (var run = 0; run < Math.Max(1, runs) + WarmUpRuns; run++)
        {
            if (run == WarmUpRuns)
            {
                Thread.Sleep(500); // lets the JIT's background thread finish the optimised code
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                op(i);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                fastest[i] = run < WarmUpRuns ? fastest[i] : Math.Min(fastest[i], elapsed);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        output.WriteLine($"{name,-12} sum of fastest per article {fastest.Sum() / 1000,8:F3} ms   allocated {allocated,11:N0} B/set");
    }
}
