using System.Globalization;
using System.Text.Json;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Facts;

/// <summary>
/// Reads a spec file in the Markdig manner: each <c>### title</c> is followed by an <c>```arabic</c> block (the
/// input; an optional first line <c>published: YYYY-MM-DD</c>) and a <c>```json</c> block (the expected array).
/// </summary>
public static class SpecFile
{
    public static string PathOf(string name) =>
        Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Tests", "Facts", "Specs", name);

    /// <summary>A spec holds at least forty examples, each with its own title.</summary>
    public static void AssertWellFormed(string name)
    {
        var examples = Read(name);
        Assert.True(examples.Count >= 40, $"only {examples.Count} examples");
        Assert.Equal(examples.Count, examples.Select(e => e.Title).Distinct().Count());
    }

    public static IReadOnlyList<SpecExample> Read(string name)
    {
        var lines = File.ReadAllLines(PathOf(name));
        var examples = new List<SpecExample>();
        string? title = null;
        string? input = null;
        DateOnly? published = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                title = line[4..].Trim();
                input = null;
                published = null;
            }
            else if (line.Trim() == "```arabic" || line.Trim() == "```json")
            {
                var isInput = line.Trim() == "```arabic";
                var block = new List<string>();
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
                {
                    block.Add(lines[i]);
                }

                if (title is null)
                {
                    throw new InvalidDataException($"{name}: a code block before any ### example title (line {i})");
                }

                if (isInput)
                {
                    if (block.Count > 0 && block[0].StartsWith("published:", StringComparison.Ordinal))
                    {
                        published = DateOnly.Parse(block[0]["published:".Length..].Trim(), CultureInfo.InvariantCulture);
                        block.RemoveAt(0);
                    }

                    input = string.Join('\n', block);
                }
                else
                {
                    if (input is null)
                    {
                        throw new InvalidDataException($"{name}: example '{title}' has a json block but no arabic input");
                    }

                    examples.Add(new SpecExample(title, input, published, JsonDocument.Parse(string.Join('\n', block)).RootElement.Clone()));
                    title = null;
                }
            }
        }

        return examples;
    }

    /// <summary>Theory data: one row per example title (titles are unique within a file).</summary>
    public static TheoryData<string> Titles(string name)
    {
        var data = new TheoryData<string>();
        foreach (var example in Read(name))
        {
            data.Add(example.Title);
        }

        return data;
    }

    public static SpecExample Get(string name, string title) => Read(name).Single(e => e.Title == title);
}
