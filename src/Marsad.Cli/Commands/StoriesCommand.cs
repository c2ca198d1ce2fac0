using System.CommandLine;
using System.Text.Json;
using Marsad.Corpus;
using Marsad.Server.Api;
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
            var check = QueryCheck.ForCommandLine();
            var (fromDate, toDate) = check.DateRange(parse.GetValue(from), parse.GetValue(to));
            var minArticles = check.Number(parse.GetValue(min), "min", 1, 1000);
            var maxStories = check.Number(parse.GetValue(limit), "limit", 1, 10_000);
            if (!CorpusCommand.IsValid(io, check))
            {
                return Program.UsageError;
            }

            return CorpusCommand.Run(io, parse.GetValue(store), corpus =>
                Print(io, corpus.Stories(fromDate, toDate, minArticles, maxStories), parse.GetValue(format) == "jsonl"));
        });
        return command;
    }

    private static int Print(CommandIO io, IReadOnlyList<StorySummary> stories, bool jsonl)
    {
        if (jsonl)
        {
            foreach (var story in stories)
            {
                io.Out.WriteLine(JsonSerializer.Serialize(story, CorpusJson.Options));
            }

            return 0;
        }

        var console = io.CreateConsole();
        var table = new Table().AddColumns("id", "first", "last", "articles", "outlets", "title");
        foreach (var s in stories)
        {
            table.AddRow(s.Id, $"{s.First:yyyy-MM-dd}", $"{s.Last:yyyy-MM-dd}", s.Articles.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(TerminalText.Safe(string.Join(", ", s.Outlets))), Markup.Escape(TerminalText.Safe(s.Title)));
        }

        console.Write(table);
        return 0;
    }
}
