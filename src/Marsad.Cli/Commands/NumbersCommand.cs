using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Corpus;
using Marsad.Search;
using Marsad.Server.Analyst;
using Marsad.Server.Api;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad numbers [QUERY] [--story ID] [--unit U] [--entity] [--outlet] [--from] [--to] [--format]</c>:
/// the figures each outlet reported (casualties, sums, ...), side by side by unit.</summary>
public static class NumbersCommand
{
    public static Command Create(CommandIO io)
    {
        var text = new Argument<string>("query") { Description = "Which articles: search text (words, \"phrases\", AND/OR/NOT); or use --story.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var story = new Option<string?>("--story") { Description = "The articles of this story (id such as s42, from 'marsad stories')." };
        var unit = new Option<string?>("--unit") { Description = "Only this thing counted (قتيل، جريح، دولار ...; clitics and plurals in -ون/-ات match)." };
        var entity = new Option<string?>("--entity") { Description = "Only articles mentioning this entity (id or name)." };
        var outlet = new Option<string?>("--outlet") { Description = "Only articles of this outlet." };
        var from = new Option<string?>("--from") { Description = "Published on or after YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Published on or before YYYY-MM-DD." };
        var format = new Option<string>("--format") { Description = "table, or jsonl: one {\"unit\",\"reports\",\"outlets\":[...]} line per unit.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var lenient = new Option<bool>("--lenient") { Description = "Search a query that does not parse as plain words instead of failing." };
        var store = CommonOptions.Store();
        var command = new Command("numbers", "The figures each outlet reported for a story or a search (how many dead, how much money ...), by unit, highest first.")
        {
            text, story, unit, entity, outlet, from, to, format, lenient, store,
        };
        command.SetAction(parse =>
        {
            var check = QueryCheck.ForCommandLine();
            var (fromDate, toDate) = check.DateRange(parse.GetValue(from), parse.GetValue(to));
            var query = new NumberQuery
            {
                Story = check.Text(parse.GetValue(story), "story"),
                Text = check.Text(parse.GetValue(text), "QUERY", QueryCheck.MaxTextLength),
                Unit = check.Text(parse.GetValue(unit), "unit"),
                Entity = check.Text(parse.GetValue(entity), "entity"),
                Outlet = check.Text(parse.GetValue(outlet), "outlet"),
                From = fromDate,
                To = toDate,
                Lenient = parse.GetValue(lenient),
            };
            check.Require(query.Story is not null || query.Text is not null || query.Entity is not null,
                "numbers needs a QUERY, --story ID or --entity NAME to say which articles");
            if (!CorpusCommand.IsValid(io, check))
            {
                return Program.UsageError;
            }

            return CorpusCommand.Run(io, parse.GetValue(store), corpus =>
            {
                if (NumberComparer.Compare(corpus, query) is not { } numbers)
                {
                    io.Error.WriteLine($"marsad: no story '{TerminalText.Safe(query.Story)}' in the corpus (ids are listed by 'marsad stories')");
                    return 1;
                }

                if (parse.GetValue(format) == "jsonl")
                {
                    foreach (var u in numbers.Units)
                    {
                        io.Out.WriteLine(JsonSerializer.Serialize(u, CorpusJson.Options));
                    }
                }
                else
                {
                    Print(io, numbers);
                }

                return 0;
            });
        });
        return command;
    }

    private static void Print(CommandIO io, NumberComparison numbers)
    {
        var console = io.CreateConsole();
        console.WriteLine($"{numbers.Units.Length} units counted in {numbers.Articles:N0} articles"
            + (numbers.Truncated ? $" (only the first {NumberComparer.MaxArticles:N0} articles read: narrow the question)" : ""));
        if (numbers.Units.IsEmpty)
        {
            return;
        }

        var table = new Table().AddColumns("unit", "outlet", "highest", "latest", "figures (date: as written)");
        foreach (var u in numbers.Units)
        {
            foreach (var o in u.Outlets)
            {
                var figures = string.Join("; ", o.Numbers.Take(6).Select(n => $"{n.Date:yyyy-MM-dd}: {n.Text}"))
                    + (o.Numbers.Length > 6 ? $"; … {o.Numbers.Length - 6} more" : "");
                table.AddRow(
                    Markup.Escape(TerminalText.Safe(u.Unit)),
                    Markup.Escape(TerminalText.Safe(o.Outlet is { Length: > 0 } name ? name : "?")),
                    o.Highest.ToString("#,0.##", CultureInfo.InvariantCulture),
                    o.Latest.ToString("#,0.##", CultureInfo.InvariantCulture),
                    Markup.Escape(TerminalText.Safe(figures.Replace('\n', ' '))));
            }
        }

        console.Write(table);
    }
}
