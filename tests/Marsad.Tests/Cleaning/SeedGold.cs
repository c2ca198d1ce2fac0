using System.Text.Json;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>The cleaner's fields of one seed in <c>seeds/gold.jsonl</c>.</summary>
public sealed record SeedGold(string File, string? Headline, string? Published, string? Dateline, IReadOnlyList<string> Sources, IReadOnlyList<string> BoilerplateLines)
{
    public static IReadOnlyList<SeedGold> Load()
    {
        var path = SharedData.Require("seeds/gold.jsonl");
        var seeds = new List<SeedGold>();
        foreach (var line in System.IO.File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            seeds.Add(new SeedGold(
                root.GetProperty("file").GetString()!,
                Text(root, "headline"),
                Text(root, "published"),
                Text(root, "dateline"),
                root.GetProperty("sources").EnumerateArray().Select(e => e.GetString()!).ToList(),
                root.GetProperty("boilerplate_lines").EnumerateArray().Select(e => e.GetString()!).ToList()));
        }

        return seeds;
    }

    /// <summary>Whitespace (NBSP included) collapsed to single spaces, trimmed.</summary>
    public static string Squash(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
