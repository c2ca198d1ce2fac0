using System.CommandLine;
using Marsad.Entities;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad tag FILE [--model M]</c>: CoNLL in (first column = token), <c>token&lt;TAB&gt;TAG</c> out, one line per token.</summary>
public static class TagCommand
{
    public static Command Create(CommandIO io)
    {
        var file = new Argument<string>("file") { Description = "CoNLL file: one token a line (first column), blank line between sentences; '-' for stdin." };
        var model = new Option<string?>("--model") { Description = "NER model file (default: the model that ships with Marsad)." };
        var command = new Command("tag", "Tag tokens with named-entity tags (B-PERS, I-ORG, B-LOC, ... in ANERcorp's tag set).") { file, model };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (path != "-" && !File.Exists(path))
            {
                io.Error.WriteLine($"marsad tag: {path}: no such file");
                return Program.UsageError;
            }

            if (!TryLoad(parse.GetValue(model), io, "tag", out var tagger))
            {
                return 1;
            }

            using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(path);
            ConllTagging.Tag(reader, io.Out, tagger);
            return 0;
        });
        return command;
    }

    /// <summary>Loads the tagger, printing a clear error naming the file when the model cannot be read.</summary>
    internal static bool TryLoad(string? modelPath, CommandIO io, string commandName, out NerTagger tagger)
    {
        tagger = null!;
        if (modelPath is not null && !File.Exists(modelPath))
        {
            io.Error.WriteLine($"marsad {commandName}: {modelPath}: no such model file");
            return false;
        }

        try
        {
            tagger = NerTagger.Load(modelPath);
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException)
        {
            io.Error.WriteLine($"marsad {commandName}: {ex.Message}");
            return false;
        }
    }
}
