using System.Text.Json;

namespace Marsad.Evaluation;

/// <summary>One line of a gold file in the seeds' format (gold.jsonl): what a careful reader finds in an article.</summary>
public sealed record GoldArticle(
    string File,
    string? Headline,
    string? Published,
    string? Dateline,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> BoilerplateLines,
    IReadOnlyList<GoldQuote> Quotes,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldQuantity> Quantities,
    IReadOnlyList<GoldDate> Dates)
{
    public static IReadOnlyList<GoldArticle> Load(string goldJsonl) =>
        System.IO.File.ReadLines(goldJsonl).Where(l => l.Trim().Length > 0).Select(Parse).ToList();

    public static GoldArticle Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        static string? Str(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        static IReadOnlyList<T> List<T>(JsonElement e, string name, Func<JsonElement, T> map) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(map).ToList() : [];

        return new GoldArticle(
            Str(r, "file") ?? throw new JsonException("gold line without 'file'"),
            Str(r, "headline"),
            Str(r, "published"),
            Str(r, "dateline"),
            List(r, "sources", e => e.GetString() ?? string.Empty),
            List(r, "boilerplate_lines", e => e.GetString() ?? string.Empty),
            List(r, "quotes", e => new GoldQuote(
                Str(e, "speaker") ?? string.Empty, Str(e, "speaker_type"), Str(e, "speaker_mention") ?? string.Empty,
                Str(e, "cue") ?? string.Empty, Str(e, "kind") ?? string.Empty, Str(e, "text") ?? string.Empty)),
            List(r, "entities", e => new GoldEntity(
                Str(e, "name") ?? string.Empty, Str(e, "type") ?? string.Empty,
                List(e, "aliases_in_text", a => a.GetString() ?? string.Empty))),
            List(r, "quantities", e => new GoldQuantity(
                Str(e, "text") ?? string.Empty,
                e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null,
                Str(e, "unit_or_thing"))),
            List(r, "dates", e => new GoldDate(Str(e, "text") ?? string.Empty, Str(e, "resolved"))));
    }
}

public sealed record GoldQuote(string Speaker, string? SpeakerType, string SpeakerMention, string Cue, string Kind, string Text);

public sealed record GoldEntity(string Name, string Type, IReadOnlyList<string> Aliases);

public sealed record GoldQuantity(string Text, double? Value, string? Thing);

public sealed record GoldDate(string Text, string? Resolved);
