using System.CommandLine;
using Marsad.Benchmarking;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad bench CORPUS</c>: pipeline throughput and memory, beside a Lucene ArabicAnalyzer pass.</summary>
public static class BenchCommand
{
    public static Command Create(CommandIO io)
    {
        var paths = new Argument<string[]>("corpus")
        {
            Description = "Folder or archive of articles (e.g. ../shared/data/corpus).",
            Arity = ArgumentArity.OneOrMore,
        };
        var stages = CommonOptions.Stages();
        var limit = new Option<int?>("--limit") { Description = "Analyse at most this many articles." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores)." };
        var command = new Command("bench", "Measure articles/s, MB/s and peak memory of the pipeline against a Lucene.NET ArabicAnalyzer pass.")
        {
            paths, stages, limit, threads,
        };
        command.SetAction(parse =>
        {
            var stageList = parse.GetValue(stages) ?? "all";
            try
            {
                _ = Marsad.Pipeline.PipelineBuilder.Configure(stageList);
            }
            catch (ArgumentException ex)
            {
                io.Error.WriteLine($"marsad: --stages: {ex.Message}");
                return Program.UsageError;
            }

            if (!CommonOptions.TryGetPaths(parse, paths, io, out var inputs))
            {
                return Program.UsageError;
            }

            var result = CorpusBenchmark.Run(
                inputs, stageList, parse.GetValue(limit), parse.GetValue(threads),
                new Progress<string>(m => io.Error.WriteLine(m)));
            Print(io, result);
            return result.Documents == 0 ? 1 : 0;
        });
        return command;
    }

    private static void Print(CommandIO io, CorpusBenchmarkResult r)
    {
        var console = io.CreateConsole();
        var table = new Table().AddColumns("pass", "articles", "seconds", "articles/s", "MB/s");
        foreach (var f in new[] { r.Marsad, r.Lucene })
        {
            table.AddRow(Markup.Escape(f.Name), f.Articles.ToString("N0"), f.Elapsed.TotalSeconds.ToString("F2"), f.ArticlesPerSecond.ToString("N0"), f.MegabytesPerSecond.ToString("F2"));
        }

        console.Write(table);
        var stages = new Table().AddColumns("stage", "CPU seconds (all threads)", "share");
        var total = r.StageTimes.Sum(s => s.Elapsed.TotalSeconds);
        foreach (var (stage, elapsed) in r.StageTimes)
        {
            stages.AddRow(stage, elapsed.TotalSeconds.ToString("F2"), (elapsed.TotalSeconds / Math.Max(total, 1e-9)).ToString("P1"));
        }

        console.Write(stages);
        io.Out.WriteLine($"documents: {r.Documents:N0} ({r.Errors} unreadable), read in {r.ReadTime.TotalSeconds:F1} s; threads: {r.Threads}");
        io.Out.WriteLine($"ratio marsad/lucene (articles/s): {r.Ratio:F3}");
        io.Out.WriteLine($"peak RSS after the pipeline pass: {r.PeakRssBytesAfterMarsad / 1048576.0:N0} MB; at the end: {r.PeakRssBytesAtEnd / 1048576.0:N0} MB");
        io.Out.WriteLine($"lucene tokens: {r.LuceneTokens:N0}");
    }
}
