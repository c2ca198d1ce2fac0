using System.CommandLine;
using System.Text.Json;
using Marsad.Corpus;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stories [--from DATE] [--to DATE] [--min N] [--format table|jsonl]</c>.</summary>
public static class StoriesCommand
{
    public static Command Create(CommandIO io)
    {
        var from = new Option<string?>("--from") { Description = "Stories with an article on or after YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Stories with an article on or before YYYY-MM-DD." };
        var min = new Option<int>("--min") { Description = "Smallest story shown (articles, duplicates not counted).", DefaultValueFactory = _ => 2 };
        var limit = new Option<int>("--limit") { Description = "Most stories shown.", DefaultValueFactory = _ => 200 };
        var format = new Option<string>("--format") { Description = "table or jsonl.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var store = CommonOptions.Store();
        var command = new Command("stories", "Stories: the same event across outlets, with a summary drawn from several of them. " +
            "jsonl: {\"id\",\"title\",\"first\",\"last\",\"articles\",\"outlets\",\"entities\",\"summary\":[{\"text\",\"article\",\"outlet\"}]}")
        {
            from, to, min, limit, format, store,
        };
        command.SetAction(parse =>
        {
            if (!SearchCommand.TryDate(parse, from, "--from", io, out var fromDate) || !SearchCommand.TryDate(parse, to, "--to", io, out var toDate))
            {
                return Program.UsageError;
            }

            var folder = CommonOptions.ResolveStore(parse.GetValue(store));
            if (CommonOptions.IsMissingCorpus(folder))
            {
                io.Error.WriteLine($"marsad: no corpus in {CommonOptions.Display(folder)}: run 'marsad ingest PATH --store {CommonOptions.Display(folder)}' first");
                return 1;
            }

            using var corpus = CommonOptions.OpenCorpus(folder);
            var stories = corpus.Stories(fromDate, toDate, Math.Max(1, parse.GetValue(min)), Math.Max(1, parse.GetValue(limit)));
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var story in stories)
                {
                    io.Out.WriteLine(JsonSerializer.Serialize(story, CorpusJson.Options));
                }

                return 0;
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Out), Ansi = io.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No, Interactive = InteractionSupport.No });
            var table = new Table().AddColumns("id", "first", "last", "articles", "outlets", "title");
            foreach (var s in stories)
            {
                table.AddRow(s.Id, $"{s.First:yyyy-MM-dd}", $"{s.Last:yyyy-MM-dd}", s.Articles.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", s.Outlets)), Markup.Escape(s.Title));
            }

            console.Write(table);
            return 0;
        });
        return command;
    }
}
