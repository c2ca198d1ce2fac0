using System.Diagnostics;

namespace Marsad.Bench.Text;

/// <summary>
/// A fallback for a loaded machine, where BenchmarkDotNet's short job gives errors wider than its means: runs each
/// <see cref="TextLayerBenchmarks"/> method after 1.5 s of warm-up, 300 times, and prints the minimum and median time
/// and the bytes allocated per call. <c>dotnet run -c Release --project bench/Marsad.Bench -- --quick-text</c>.
/// </summary>
public static class QuickTextTimings
{
    public static void Run(TextWriter output)
    {
        var b = new TextLayerBenchmarks();
        b.Setup();
        (string Name, Func<int> Op)[] ops =
        [
            ("Normalize span→buffer, table", b.NormalizeIntoBuffer),
            ("Normalize span→buffer, range tests", b.NormalizeIntoBufferWithoutTable),
            ("NormalizedText.Create", b.NormalizedTextWithMap),
            ("Tokens via enumerator", b.EnumerateTokens),
            ("Tokenize → ImmutableArray", b.TokenizeToArray),
            ("Clitic analysis, every word", b.AnalyzeClitics),
            ("Sentences via callback", b.SplitSentencesCallback),
            ("Sentences → ImmutableArray", b.SplitSentencesToArray),
            ("Lucene analyzer, whole text", b.LuceneAnalyzer),
        ];
        foreach (var (name, op) in ops)
        {
            var warm = Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < 1500)
            {
                op();
            }

            var times = new double[300];
            long allocated = 0;
            for (var run = 0; run < times.Length; run++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                op();
                times[run] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            Array.Sort(times);
            output.WriteLine($"{name,-36} min {times[0],9:F1} µs   median {times[times.Length / 2],9:F1} µs   allocated {allocated,7} B/op");
        }
    }
}
