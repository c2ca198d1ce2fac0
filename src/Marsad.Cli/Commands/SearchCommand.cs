using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Corpus;
using Marsad.Search;
using Marsad.Serialization;
using Marsad.Server.Api;
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
            var check = QueryCheck.ForCommandLine();
            var (fromDate, toDate) = check.DateRange(parse.GetValue(from), parse.GetValue(to));
            var query = new SearchQuery
            {
                Text = check.Text(parse.GetValue(text), "QUERY", QueryCheck.MaxTextLength) ?? "",
                Entity = check.Text(parse.GetValue(entity), "entity"),
                Speaker = check.Text(parse.GetValue(speaker), "speaker"),
                Outlet = check.Text(parse.GetValue(outlet), "outlet"),
                Page = check.Number(parse.GetValue(page), "page", 1, int.MaxValue),
                Size = check.Number(parse.GetValue(size), "size", 1, 100),
                From = fromDate,
                To = toDate,
                Lenient = parse.GetValue(lenient),
            };
            if (!CorpusCommand.IsValid(io, check))
            {
                return Program.UsageError;
            }

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

    private static void Print(CommandIO io, SearchResults results)
    {
        var console = io.CreateConsole();
        var pages = Math.Max(1, (results.Total + results.Size - 1) / results.Size);
        console.WriteLine($"{results.Total:N0} articles{(results.Fallback ? " (query searched as plain words)" : "")}; page {results.Page} of {pages}"
            + (results.Page > pages ? " (past the last page)" : ""));
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
