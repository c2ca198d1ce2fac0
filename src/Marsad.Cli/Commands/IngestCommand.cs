using System.CommandLine;
using Marsad.Corpus;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest PATH... [--store DIR] [--published DATE] [--stages LIST] [--batch N] [--threads N] [--verbose]</c>: analyse and store.</summary>
public static class IngestCommand
{
    public static Command Create(CommandIO io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders or archives (.tar.gz, .zip) of articles: plain text, TREC <DOC>, HTML or JSON Lines.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var store = CommonOptions.Store();
        var published = CommonOptions.Published();
        var stages = CommonOptions.Stages();
        var batch = new Option<int>("--batch") { Description = "Articles per store transaction.", DefaultValueFactory = _ => IngestOptions.Default.BatchSize };
        var threads = new Option<int?>("--threads") { Description = "Analysis threads (default: all cores)." };
        var verbose = new Option<bool>("--verbose") { Description = "Print the time spent per ingest step at the end." };
        var reindex = new Option<bool>("--reindex") { Description = "Rebuild the search index from the stored articles with the current analyzer (no PATH; nothing is analysed again)." };
        var command = new Command("ingest", "Analyse articles and add them to the corpus store (idempotent; resumes after an interruption).")
        {
            paths, store, published, stages, batch, threads, verbose, reindex,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(reindex))
            {
                return Reindex(io, parse.GetValue(store), parse.GetValue(paths) is { Length: > 0 });
            }

            if (parse.GetValue(paths) is not { Length: > 0 })
            {
                io.Error.WriteLine("marsad: ingest needs at least one PATH (or --reindex to rebuild the search index)");
                return Program.UsageError;
            }

            // The NER model loads on another core while this thread builds the other stages and opens the store.
            Marsad.Pipeline.ModelPreloader.Start(parse.GetValue(stages));
            if (!CommonOptions.TryGetPaths(parse, paths, io, out var inputs)
                || !CommonOptions.TryGetPublished(parse, published, io, out var date)
                || !CommonOptions.TryGetPipeline(parse, stages, io, out var pipeline))
            {
                return Program.UsageError;
            }

            if (parse.GetValue(batch) is < 1 or > 100_000)
            {
                io.Error.WriteLine("marsad: --batch must be between 1 and 100000");
                return Program.UsageError;
            }

            var options = new IngestOptions
            {
                Published = date,
                Stages = parse.GetValue(stages),
                Pipeline = pipeline,
                BatchSize = parse.GetValue(batch),
                DegreeOfParallelism = parse.GetValue(threads),
            };
            var folder = CommonOptions.ResolveStore(parse.GetValue(store));
            try
            {
                using var corpus = CommonOptions.OpenCorpus(folder);
                CorpusCommand.WarnIfStale(io, corpus);
                var report = io.IsInteractive ? RunWithProgressBar(corpus, inputs, options) : RunPlain(io, corpus, inputs, options);
                foreach (var error in report.Errors)
                {
                    io.Error.WriteLine($"marsad: {TerminalText.Safe(error.Path)}: {TerminalText.Safe(error.Reason)}");
                }

                io.Out.WriteLine(
                    $"ingested {report.Read:N0} items in {report.Elapsed.TotalSeconds:F1} s ({report.ArticlesPerSecond:N0}/s): " +
                    $"{report.Added:N0} added, {report.Skipped:N0} already stored, {report.Duplicates:N0} duplicates, {report.Errors.Length:N0} errors; " +
                    $"{report.TotalArticles:N0} articles in {CommonOptions.Display(folder)}");
                if (parse.GetValue(verbose))
                {
                    // Summed over the threads that ran each step, so the analysis threads can add up to more than the wall time.
                    foreach (var (step, time) in report.Steps)
                    {
                        io.Out.WriteLine($"  {step,-24} {time.TotalSeconds,8:F1} s");
                    }

                    // What the process spent on memory management, to compare GC settings by.
                    var process = System.Diagnostics.Process.GetCurrentProcess();
                    io.Out.WriteLine(
                        $"  gc: {GC.CollectionCount(0):N0}/{GC.CollectionCount(1):N0}/{GC.CollectionCount(2):N0} collections (gen 0/1/2), " +
                        $"{GC.GetTotalPauseDuration().TotalSeconds:F1} s paused, {GC.GetTotalAllocatedBytes() / 1e9:F1} GB allocated, " +
                        $"{System.Runtime.GCSettings.LatencyMode} {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}; " +
                        $"cpu {process.TotalProcessorTime.TotalSeconds:F1} s, peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB");

                    // What the process spent compiling, to compare start-up settings (ReadyToRun, tiering) by.
                    io.Out.WriteLine(
                        $"  jit: {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods, {System.Runtime.JitInfo.GetCompiledILBytes() / 1e6:F1} MB of IL, " +
                        $"{System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F1} s compiling");
                }
                return report.Errors.IsEmpty ? 0 : 1;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                io.Error.WriteLine($"marsad: {CommonOptions.StoreError(folder, ex)}");
                return 1;
            }
        });
        return command;
    }

    private static int Reindex(CommandIO io, string? storeOption, bool pathsGiven)
    {
        if (pathsGiven)
        {
            io.Error.WriteLine("marsad: --reindex rebuilds the index of the stored articles and takes no PATH; ingest them first, then reindex");
            return Program.UsageError;
        }

        return CorpusCommand.Run(io, storeOption, corpus =>
        {
            var was = corpus.IndexAnalyzerVersion;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var count = corpus.Reindex();
            io.Out.WriteLine($"reindexed {count:N0} articles in {watch.Elapsed.TotalSeconds:F1} s (analyzer version {was} → {corpus.IndexAnalyzerVersion}); {corpus.Folder}");
            return 0;
        }, warnIfStale: false);
    }

    private static IngestReport RunPlain(CommandIO io, Marsad.Corpus.Corpus corpus, string[] inputs, IngestOptions options)
    {
        var last = DateTime.MinValue;
        var progress = new SynchronousProgress<IngestProgress>(p =>
        {
            if (p.LastError is { } error)
            {
                io.Error.WriteLine($"marsad: {TerminalText.Safe(error)}");
            }

            if (DateTime.UtcNow - last > TimeSpan.FromSeconds(5))
            {
                last = DateTime.UtcNow;
                io.Error.WriteLine($"marsad: {p.Read:N0} read, {p.Added:N0} added, {p.Skipped:N0} skipped, {p.Errors:N0} errors, {p.ArticlesPerSecond:N0}/s");
            }
        });
        return corpus.Ingest(inputs, options, progress);
    }

    private static IngestReport RunWithProgressBar(Marsad.Corpus.Corpus corpus, string[] inputs, IngestOptions options)
    {
        IngestReport? report = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingest").IsIndeterminate();
                var progress = new SynchronousProgress<IngestProgress>(p =>
                {
                    task.Description = $"{p.Read:N0} articles, {p.ArticlesPerSecond:N0}/s, {p.Added:N0} added, {p.Skipped:N0} skipped, {p.Duplicates:N0} dup, [red]{p.Errors:N0} errors[/]";
                    if (p.LastError is { } error)
                    {
                        AnsiConsole.MarkupLine($"[red]{Markup.Escape(TerminalText.Safe(error))}[/]");
                    }
                });
                report = corpus.Ingest(inputs, options, progress);
                task.StopTask();
            });
        return report!;
    }
}
