using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Corpus;
using Marsad.Search;
using Marsad.Serialization;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad search QUERY [--entity] [--speaker] [--outlet] [--from] [--to] [--page] [--size] [--json]</c>.</summary>
public static class SearchCommand
{
    public static Command Create(CommandIO io)
    {
        var text = new Argument<string>("query") { Description = "Words, \"phrases\", AND/OR/NOT, parentheses; empty ('') lists by date.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var entity = new Option<string?>("--entity") { Description = "Only articles mentioning this entity (id or name)." };
        var speaker = new Option<string?>("--speaker") { Description = "Only articles quoting this speaker (entity id or name)." };
        var outlet = new Option<string?>("--outlet") { Description = "Only articles of this outlet." };
        var from = new Option<string?>("--from") { Description = "Published on or after YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Published on or before YYYY-MM-DD." };
        var page = new Option<int>("--page") { Description = "Page number (from 1).", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Hits per page (1-100).", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Write the results as one JSON object." };
        var lenient = new Option<bool>("--lenient") { Description = "Search a query that does not parse as plain words instead of failing." };
        var benchmark = new Option<bool>("--benchmark") { Description = "Measure search latency (p50/p99 over a fixed query set) and clitic recall against a plain StandardAnalyzer index of the same text." };
        var store = CommonOptions.Store();
        var command = new Command("search", "Search the corpus: ranked hits with highlighted snippets and facets (outlets, entities, speakers).")
        {
            text, entity, speaker, outlet, from, to, page, size, json, lenient, benchmark, store,
        };
        command.SetAction(parse =>
        {
            if (!TryDate(parse, from, "--from", io, out var fromDate) || !TryDate(parse, to, "--to", io, out var toDate))
            {
                return Program.UsageError;
            }

            if (parse.GetValue(page) < 1 || parse.GetValue(size) is < 1 or > 100)
            {
                io.Error.WriteLine("marsad: --page must be 1 or more and --size between 1 and 100");
                return Program.UsageError;
            }

            var query = new SearchQuery
            {
                Text = parse.GetValue(text) ?? "",
                Entity = parse.GetValue(entity),
                Speaker = parse.GetValue(speaker),
                Outlet = parse.GetValue(outlet),
                From = fromDate,
                To = toDate,
                Page = parse.GetValue(page),
                Size = parse.GetValue(size),
                Lenient = parse.GetValue(lenient),
            };
            return CorpusCommand.Run(io, parse.GetValue(store), corpus =>
            {
                if (parse.GetValue(benchmark))
                {
                    var b = SearchBenchmark.Run(corpus);
                    io.Out.WriteLine(
                        $"{b.Articles:N0} articles, {b.Searches} searches: p50 {b.P50Milliseconds:F1} ms, p99 {b.P99Milliseconds:F1} ms, max {b.MaxMilliseconds:F1} ms; " +
                        $"recall on {b.CliticQueries} clitic forms: Marsad analyzer {b.MarsadRecall:P1}, plain StandardAnalyzer {b.PlainRecall:P1}");
                    return 0;
                }

                var results = corpus.Search(query);
                if (parse.GetValue(json))
                {
                    io.Out.WriteLine(JsonSerializer.Serialize(results, CorpusJson.Options));
                }
                else
                {
                    Print(io, results);
                }

                return 0;
            });
        });
        return command;
    }

    internal static bool TryDate(ParseResult parse, Option<string?> option, string name, CommandIO io, out DateOnly? date)
    {
        date = null;
        if (parse.GetValue(option) is not { } value)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        io.Error.WriteLine($"marsad: {name} '{value}' is not a date of the form YYYY-MM-DD");
        return false;
    }

    private static void Print(CommandIO io, SearchResults results)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Out), Ansi = io.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No, Interactive = InteractionSupport.No });
        console.WriteLine($"{results.Total:N0} articles{(results.Fallback ? " (query searched as plain words)" : "")}; page {results.Page}");
        foreach (var hit in results.Hits)
        {
            console.WriteLine($"{TerminalText.Safe(hit.Id)}\t{hit.Published:yyyy-MM-dd}\t{TerminalText.Safe(hit.Outlet)}\t{hit.Score:F2}\t{TerminalText.Safe(hit.Headline)}");
            var snippet = System.Net.WebUtility.HtmlDecode(hit.Snippet.Replace("<mark>", "«", StringComparison.Ordinal).Replace("</mark>", "»", StringComparison.Ordinal));
            console.WriteLine("    " + TerminalText.Safe(snippet.Replace('\n', ' ')));
        }

        foreach (var (name, facet) in new[] { ("outlets", results.Outlets), ("entities", results.Entities), ("speakers", results.Speakers) })
        {
            if (!facet.IsEmpty)
            {
                console.WriteLine($"{name}: " + string.Join(", ", facet.Select(f => $"{TerminalText.Safe(f.Label)} ({f.Count})")));
            }
        }
    }
}
