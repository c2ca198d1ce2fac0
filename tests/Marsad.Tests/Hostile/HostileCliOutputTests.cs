using System.Text.Json;
using Marsad.Tests.Sources;

namespace Marsad.Tests.Hostile;

/// <summary>
/// The read commands over hostile stores and hostile stored text: a store file that is not a database is an error
/// naming the store, not a stack trace; article text holding terminal control sequences is printed inert.
/// </summary>
public sealed class HostileCliOutputTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("search", "الميناء")]
    [InlineData("timeline", "سمير الحداد")]
    [InlineData("serve", "--urls")]
    public void A_store_that_is_not_a_database_is_named_without_a_stack_trace(string command, string argument)
    {
        var store = Path.Combine(temp.Path, "broken-store");
        Directory.CreateDirectory(store);
        File.WriteAllText(Path.Combine(store, "corpus.db"), "هذا ليس ملف قاعدة بيانات");
        string[] args = command == "serve"
            ? ["serve", "--store", store, argument, "http://127.0.0.1:0"]
            : [command, argument, "--store", store];

        var (code, _, error) = HostileSourcesCliTests.RunWithWatchdog(args);

        Assert.Equal(1, code);
        Assert.Contains(store, error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Unhandled", error);
    }

    /// <summary>Session 18: a store folder named with a terminal escape was echoed raw in the store error line.</summary>
    [SkippableTheory]
    [InlineData("search")]
    [InlineData("timeline")]
    public void A_store_name_with_control_characters_is_named_inert(string command)
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters");
        var store = Path.Combine(temp.Path, "st\u001b[31more");
        Directory.CreateDirectory(store);
        File.WriteAllText(Path.Combine(store, "corpus.db"), "هذا ليس ملف قاعدة بيانات");

        var (code, _, error) = HostileSourcesCliTests.RunWithWatchdog(command, "الميناء", "--store", store);

        Assert.Equal(1, code);
        Assert.DoesNotContain("\u001b", error);
        Assert.Contains("st\uFFFD[31more", error);
    }

    /// <summary>Session 18: a file named with a terminal escape and a line break was echoed raw in the error line of
    /// <c>analyze</c> and <c>ingest</c>: the escape reached the terminal and the one-line error split in two.</summary>
    [SkippableTheory]
    [InlineData("analyze")]
    [InlineData("ingest")]
    public void A_file_name_with_control_characters_is_named_inert_on_one_line(string command)
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters");
        var folder = Path.Combine(temp.Path, "feed");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "e\u001b[31mred\nline.txt"), "");
        File.WriteAllText(Path.Combine(folder, "good.txt"), "قال رئيس البلدية سمير الحداد إن «الميناء مفتوح اليوم».");
        string[] args = command == "ingest" ? ["ingest", folder, "--store", Path.Combine(temp.Path, "store")] : ["analyze", folder];

        var (code, _, error) = HostileSourcesCliTests.RunWithWatchdog(args);

        Assert.Equal(1, code);
        Assert.DoesNotContain("\u001b", error);
        var named = error.Split('\n').Where(l => l.Contains("empty file", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, l => Assert.Contains("red\uFFFDline.txt", l));
    }

    [Fact]
    public void Terminal_control_sequences_in_stored_articles_are_printed_inert()
    {
        const string Esc = "\u001b";
        var line = JsonSerializer.Serialize(new
        {
            id = "esc-1",
            title = Esc + "]0;pwned\u0007" + Esc + "[31mعنوان أحمر",
            outlet = "صحيفة" + Esc + "[2J",
            text = "قال رئيس البلدية سمير الحداد إن " + Esc + "[2J«الميناء مفتوح اليوم»\r" + Esc + "[1A في المدينة.",
        });
        var feed = temp.File("esc.jsonl", line);
        var store = Path.Combine(temp.Path, "store");
        Assert.Equal(0, HostileSourcesCliTests.RunWithWatchdog("ingest", "--store", store, feed).Code);

        var (code, output, error) = HostileSourcesCliTests.RunWithWatchdog("search", "الميناء", "--store", store);
        Assert.True(code == 0, error);
        Assert.Contains("esc-1", output);
        Assert.DoesNotContain(Esc, output);
        Assert.DoesNotContain("\u0007", output);
        Assert.DoesNotContain("\r", output);

        var timeline = HostileSourcesCliTests.RunWithWatchdog("timeline", "سمير الحداد", "--store", store);
        Assert.DoesNotContain(Esc, timeline.Out);
        Assert.DoesNotContain("\u0007", timeline.Out);
    }
}
