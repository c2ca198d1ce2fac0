using System.CommandLine;
using System.Diagnostics;
using Marsad.Entities;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval ner GOLD [--model M]</c>: entity-level P/R/F1 per type and overall, conlleval-style.</summary>
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
        var command = new Command("eval", "Evaluate a stage against gold data.") { ner };
        return command;
    }
}
