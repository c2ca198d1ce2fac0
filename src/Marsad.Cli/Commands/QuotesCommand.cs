using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Corpus;
using Marsad.Search;
using Marsad.Server.Analyst;
using Marsad.Server.Api;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad quotes SPEAKER [--about TOPIC] [--strict] [--outlet] [--from] [--to] [--page] [--size] [--format]</c>:
/// what a speaker said (about a topic), when, and which outlets carried it.</summary>
public static class QuotesCommand
{
    public static Command Create(CommandIO io)
    {
        var speaker = new Argument<string>("speaker") { Description = "The speaker: entity id (per:...) or a name as quoted." };
        var about = new Option<string?>("--about") { Description = "Only articles about this topic (search syntax: words, \"phrases\", AND/OR/NOT)." };
        var strict = new Option<bool>("--strict") { Description = "Only quotes whose own words contain the topic (not just their article)." };
        var outlet = new Option<string?>("--outlet") { Description = "Only quotes carried by this outlet." };
        var from = new Option<string?>("--from") { Description = "Published on or after YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Published on or before YYYY-MM-DD." };
        var page = new Option<int>("--page") { Description = "Page number (from 1).", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Quotes per page (1-100).", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = "table, or jsonl: one quote a line, then one {\"total\",\"outlets\":[...]} line.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var lenient = new Option<bool>("--lenient") { Description = "Search a topic that does not parse as plain words instead of failing." };
        var store = CommonOptions.Store();
        var command = new Command("quotes", "What a speaker said (about a topic), oldest first, and which outlets quoted it.")
        {
            speaker, about, strict, outlet, from, to, page, size, format, lenient, store,
        };
        command.SetAction(parse =>
        {
            var check = QueryCheck.ForCommandLine();
            var who = check.Text(parse.GetValue(speaker), "SPEAKER");
            check.Require(who is not null, "quotes needs a SPEAKER (an entity id or a name)");
            var (fromDate, toDate) = check.DateRange(parse.GetValue(from), parse.GetValue(to));
            var query = new QuoteQuery
            {
                Speaker = who ?? "",
                About = check.Text(parse.GetValue(about), "about", QueryCheck.MaxTextLength),
                Strict = parse.GetValue(strict),
                Outlet = check.Text(parse.GetValue(outlet), "outlet"),
                From = fromDate,
                To = toDate,
                Page = check.Number(parse.GetValue(page), "page", 1, int.MaxValue),
                Size = check.Number(parse.GetValue(size), "size", 1, 100),
                Lenient = parse.GetValue(lenient),
            };
            if (!CorpusCommand.IsValid(io, check) || who is null)
            {
                return Program.UsageError;
            }

            return CorpusCommand.Run(io, parse.GetValue(store), corpus =>
            {
                var results = QuoteFinder.Find(corpus, query);
                if (parse.GetValue(format) == "jsonl")
                {
                    foreach (var quote in results.Items)
                    {
                        io.Out.WriteLine(JsonSerializer.Serialize(quote, CorpusJson.Options));
                    }

                    io.Out.WriteLine(JsonSerializer.Serialize(new { results.Total, results.Page, results.Pages, results.Truncated, results.Outlets }, CorpusJson.Options));
                }
                else
                {
                    Print(io, who, results);
                }

                return 0;
            }, queryName: "about");
        });
        return command;
    }

    private static void Print(CommandIO io, string who, QuoteResults results)
    {
        var console = io.CreateConsole();
        console.WriteLine($"{results.Total:N0} quotes of {TerminalText.Safe(who)} in {results.Articles:N0} articles; page {results.Page} of {Math.Max(1, results.Pages)}"
            + (results.Truncated ? $" (only the first {QuoteFinder.MaxArticles:N0} matching articles read: narrow the question)" : ""));
        if (results.Total == 0)
        {
            return;
        }

        // One quote a block, not a table: quotes run long and Arabic wraps badly in narrow columns.
        foreach (var q in results.Items)
        {
            var date = q.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            console.WriteLine($"{date}\t{TerminalText.Safe(q.Outlet)}\t{TerminalText.Safe(q.Speaker)} ({TerminalText.Safe(q.Cue)}, {q.Kind}{(q.OnTopic ? "" : "; topic in the article only")})\t{TerminalText.Safe(q.Article)}");
            console.WriteLine("    «" + TerminalText.Safe(q.Text.Replace('\n', ' ')) + "»");
        }

        console.WriteLine("outlets: " + string.Join(", ", results.Outlets.Select(o =>
            $"{TerminalText.Safe(o.Outlet is { Length: > 0 } name ? name : "?")} ({o.Count}, {o.First:yyyy-MM-dd}…{o.Last:yyyy-MM-dd})")));
    }
}
