using System.CommandLine;
using System.Text.Json;
using Marsad.Corpus;
using Marsad.Server.Api;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad timeline ENTITY [--from DATE] [--to DATE] [--format table|jsonl]</c>: quotes and mentions over time,
/// and counts per day.</summary>
public static class TimelineCommand
{
    public static Command Create(CommandIO io)
    {
        var entity = new Argument<string>("entity") { Description = "Entity id (per:...) or a name or alias." };
        var format = new Option<string>("--format") { Description = "table, or jsonl: one item per line, then one {\"days\":[...]} line of chart data.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var from = new Option<string?>("--from") { Description = "Only items published on or after YYYY-MM-DD (undated items are left out)." };
        var to = new Option<string?>("--to") { Description = "Only items published on or before YYYY-MM-DD (undated items are left out)." };
        var store = CommonOptions.Store();
        var command = new Command("timeline", "What an entity said and where it was mentioned, over time (with counts per day for a chart).")
        {
            entity, from, to, format, store,
        };
        command.SetAction(parse =>
        {
            var check = QueryCheck.ForCommandLine();
            var name = check.Text(parse.GetValue(entity), "ENTITY");
            check.Require(name is not null, "timeline needs an ENTITY (an id such as per:... or a name)");
            var (fromDate, toDate) = check.DateRange(parse.GetValue(from), parse.GetValue(to));
            if (!CorpusCommand.IsValid(io, check) || name is null)
            {
                return Program.UsageError;
            }

            return CorpusCommand.Run(io, parse.GetValue(store), corpus => Print(io, corpus, name, fromDate, toDate, parse.GetValue(format) == "jsonl"));
        });
        return command;
    }

    private static int Print(CommandIO io, Marsad.Corpus.Corpus corpus, string name, DateOnly? from, DateOnly? to, bool jsonl)
    {
        if (corpus.Timeline(name) is not { } timeline)
        {
            io.Error.WriteLine($"marsad: no entity '{TerminalText.Safe(name)}' in the corpus");
            return 1;
        }

        // A well-known entity has hundreds of items a month: a date range is how an analyst reads one week of them.
        if (from is not null || to is not null)
        {
            timeline = timeline with
            {
                Items = [.. timeline.Items.Where(i => i.Date is { } d && d >= (from ?? d) && d <= (to ?? d))],
                Days = [.. timeline.Days.Where(d => d.Date >= (from ?? d.Date) && d.Date <= (to ?? d.Date))],
            };
        }

        if (jsonl)
        {
            foreach (var item in timeline.Items)
            {
                io.Out.WriteLine(JsonSerializer.Serialize(item, CorpusJson.Options));
            }

            io.Out.WriteLine(JsonSerializer.Serialize(new { entity = timeline.Entity, days = timeline.Days }, CorpusJson.Options));
            return 0;
        }

        var console = io.CreateConsole();
        console.WriteLine($"{TerminalText.Safe(timeline.Entity.Name)} ({TerminalText.Safe(timeline.Entity.Id)}, {timeline.Entity.Type}): {timeline.Items.Length} items over {timeline.Days.Length} days");
        var table = new Table().AddColumns("date", "kind", "outlet", "text", "article");
        foreach (var i in timeline.Items)
        {
            var text = i.Text.Length > 160 ? i.Text[..160] + "…" : i.Text;
            table.AddRow($"{i.Date:yyyy-MM-dd}", i.Kind, Markup.Escape(TerminalText.Safe(i.Outlet)), Markup.Escape(TerminalText.Safe(text.Replace('\n', ' '))), Markup.Escape(TerminalText.Safe(i.Article)));
        }

        console.Write(table);
        return 0;
    }
}
