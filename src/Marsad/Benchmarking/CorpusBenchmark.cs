using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Pipeline;
using Marsad.Sources;

namespace Marsad.Benchmarking;

/// <summary>
/// Measures the analysis pipeline over a corpus and, in the same run, a Lucene.NET ArabicAnalyzer pass over the same
/// cleaned bodies. Documents are read into memory first, so reading and decompression are timed apart.
/// </summary>
public static class CorpusBenchmark
{
    public static CorpusBenchmarkResult Run(
        IEnumerable<string> paths,
        string stages = "all",
        int? limit = null,
        int? threads = null,
        IProgress<string>? progress = null)
    {
        var degree = Math.Max(1, threads ?? Environment.ProcessorCount);
        var read = Stopwatch.StartNew();
        var documents = new List<RawDocument>();
        var errors = 0;
        foreach (var item in DocumentSources.Read(paths))
        {
            if (item.Document is { } doc)
            {
                documents.Add(doc);
            }
            else
            {
                errors++;
            }

            if (limit is { } max && documents.Count >= max)
            {
                break;
            }
        }

        read.Stop();
        progress?.Report($"read {documents.Count:N0} documents ({errors} unreadable) in {read.Elapsed.TotalSeconds:F1} s");

        var pipeline = PipelineBuilder.Configure(stages).WithStageTimings(out var timings).Build();
        foreach (var doc in documents.Take(20))
        {
            pipeline.Analyze(doc); // warm-up: load models and knowledge once, outside the timed pass
        }

        pipeline = PipelineBuilder.Configure(stages).WithStageTimings(out timings).Build();
        var bodies = new string[documents.Count];
        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var marsadClock = Stopwatch.StartNew();
        Parallel.ForEach(
            Partitioner.Create(0, documents.Count, 64),
            new ParallelOptions { MaxDegreeOfParallelism = degree },
            range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var result = BatchAnalysis.AnalyzeOne(pipeline, SourceResult.Ok(documents[i]), AnalysisOptions.Default);
                    bodies[i] = result.Article?.Body ?? string.Empty;
                }
            });
        marsadClock.Stop();
        var peakAfterMarsad = PeakRss();
        var marsad = new ThroughputFigures("marsad (" + pipeline.Describe() + ")", documents.Count, bytes, marsadClock.Elapsed);
        progress?.Report($"marsad: {marsad.ArticlesPerSecond:N0} articles/s");

        var bodyBytes = bodies.Sum(b => (long)Encoding.UTF8.GetByteCount(b));
        using (var warm = new ArabicAnalyzer(LuceneVersion.LUCENE_48))
        {
            foreach (var body in bodies.Take(20))
            {
                CountTokens(warm, body); // warm-up, as for the pipeline
            }
        }

        long tokens = 0;
        var luceneClock = Stopwatch.StartNew();
        Parallel.ForEach(
            Partitioner.Create(0, bodies.Length, 64),
            new ParallelOptions { MaxDegreeOfParallelism = degree },
            () => (Analyzer: new ArabicAnalyzer(LuceneVersion.LUCENE_48), Count: 0L),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    local.Count += CountTokens(local.Analyzer, bodies[i]);
                }

                return local;
            },
            local =>
            {
                Interlocked.Add(ref tokens, local.Count);
                local.Analyzer.Dispose();
            });
        luceneClock.Stop();
        var lucene = new ThroughputFigures("lucene ArabicAnalyzer", bodies.Length, bodyBytes, luceneClock.Elapsed);

        return new CorpusBenchmarkResult(
            documents.Count, errors, read.Elapsed, marsad, lucene, tokens, peakAfterMarsad, PeakRss(), degree,
            pipeline.Describe(), timings.Snapshot());
    }

    private static long CountTokens(ArabicAnalyzer analyzer, string text)
    {
        long count = 0;
        using var stream = analyzer.GetTokenStream("body", text);
        stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            count++;
        }

        stream.End();
        return count;
    }

    private static long PeakRss()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }
}
