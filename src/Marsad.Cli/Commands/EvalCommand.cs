using System.CommandLine;
using System.Diagnostics;
using Marsad.Entities;
using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval ner GOLD [--model M]</c>: entity-level P/R/F1 per type and overall, conlleval-style.
/// <c>marsad eval articles FOLDER</c>: the whole pipeline against a gold.jsonl in the seeds' format.</summary>
public static class EvalCommand
{
    public static Command Create(CommandIO io)
    {
        var gold = new Argument<string>("gold") { Description = "Gold CoNLL file (token first column, tag last column)." };
        var model = new Option<string?>("--model") { Description = "NER model file (default: the model that ships with Marsad)." };
        var ner = new Command("ner", "Tag the gold file's tokens and score the entities (exact span and type).") { gold, model };
        ner.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path))
            {
                io.Error.WriteLine($"marsad eval ner: {path}: no such file");
                return Program.UsageError;
            }

            if (!TagCommand.TryLoad(parse.GetValue(model), io, "eval ner", out var tagger))
            {
                return 1;
            }

            var sentences = ConllReader.ReadSentences(path);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var score = NerTrainer.Evaluate(tagger, sentences);
            clock.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            io.Out.Write(score.Report());
            io.Out.WriteLine(
                $"tagged {score.Tokens} tokens on one thread (model load excluded): {clock.Elapsed.TotalSeconds:0.00}s wall, {score.Tokens / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):0} tokens/s; "
                + $"{cpuSeconds:0.00}s CPU, {score.Tokens / Math.Max(cpuSeconds, 1e-9):0} tokens per CPU-second");
            return 0;
        });
        var command = new Command("eval", "Evaluate a stage against gold data.") { ner, Articles(io) };
        return command;
    }

    private static Command Articles(CommandIO io)
    {
        var folder = new Argument<string>("folder") { Description = "A folder holding raw articles and a gold.jsonl describing them (the seeds' format)." };
        var published = CommonOptions.Published();
        var stages = CommonOptions.Stages();
        var command = new Command("articles", "Score the pipeline against gold articles: metadata, boilerplate, quotes and attribution, entities, quantities, dates.")
        {
            folder, published, stages,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!File.Exists(Path.Combine(path, "gold.jsonl")))
            {
                io.Error.WriteLine($"marsad eval articles: {path}: no gold.jsonl in this folder");
                return Program.UsageError;
            }

            if (!CommonOptions.TryGetPipeline(parse, stages, io, out var pipeline)
                || !CommonOptions.TryGetPublished(parse, published, io, out var date))
            {
                return Program.UsageError;
            }

            try
            {
                var scores = GoldScorer.ScoreFolder(pipeline, path, new AnalysisOptions { Published = date });
                io.Out.Write(GoldReport.Format(scores));
                return 0;
            }
            catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException or IOException)
            {
                io.Error.WriteLine($"marsad eval articles: {path}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
