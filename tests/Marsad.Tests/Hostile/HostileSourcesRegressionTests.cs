using System.Text.Json;
using Marsad.Tests.Sources;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Hostile;

/// <summary>
/// Source-reading bugs found with hostile files, through the real <c>marsad analyze</c>: each was a skipped
/// reproduction until the reader was fixed (session 9), and now guards the fix.
/// </summary>
public sealed class HostileSourcesRegressionTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>Arabic UTF-8 with a few invalid bytes in the middle (C3 28 FF C0 AF 80) is not refused and not decoded
    /// as UTF-8 with replacements: the whole file falls back to Windows-1256 and comes out as mojibake
    /// («ظˆط£ط¶ط§ظپ ...») with exit code 0 and nothing on stderr.</summary>
    [Fact]
    public void Utf8_with_invalid_bytes_in_the_middle_is_named_or_kept_as_utf8()
    {
        var file = temp.Bytes("broken-utf8.txt", HostileFiles.InvalidUtf8());
        var (code, output, error) = HostileSourcesCliTests.RunWithWatchdog("analyze", file);
        var named = code == 1 && error.Contains("broken-utf8.txt", StringComparison.Ordinal);
        var keptArabic = output.Contains("سمير الحداد", StringComparison.Ordinal);
        Assert.True(named || keptArabic, $"exit {code}, stderr '{error}', stdout {output[..Math.Min(300, output.Length)]}");
    }

    /// <summary>A .jsonl whose first line nests deeper than 64 levels (or is otherwise not a JSON object) is not
    /// recognised as JSON Lines: the whole file becomes one plain-text article whose headline is the raw JSON, and
    /// the later good lines are lost, with exit code 0.</summary>
    [Fact]
    public void A_json_lines_file_with_a_broken_first_line_names_that_line_and_reads_the_rest()
    {
        var lines = string.Join('\n', HostileFiles.DeepJsonLine(100), JsonSerializer.Serialize(new { id = "second", text = HostileFiles.Article(2) }));
        var file = temp.File("first-broken.jsonl", lines);
        var (code, output, error) = HostileSourcesCliTests.RunWithWatchdog("analyze", file);
        Assert.Equal(1, code);
        Assert.Contains("first-broken.jsonl:1", error);
        Assert.Contains(HostileSourcesCliTests.Records(output), r => r.GetProperty("id").GetString() == "second");
    }

    /// <summary>An archive entry named ../../x.txt is dropped as if it were a hidden file: safe (nothing is
    /// extracted), but silent — the user is not told an entry of the archive was left out, nor why.</summary>
    [Fact]
    public void An_archive_entry_that_climbs_out_is_named_on_stderr()
    {
        var file = temp.Bytes("slip.tar.gz", HostileFiles.TarGz(("../../marsad-slip.txt", HostileFiles.Article(1)), ("ok.txt", HostileFiles.Article(2))));
        var (_, output, error) = HostileSourcesCliTests.RunWithWatchdog("analyze", file);
        Assert.Single(HostileSourcesCliTests.Records(output));
        Assert.Contains("marsad-slip.txt", error);
    }

    /// <summary>Session 18: a tar whose PAX header gives a number past the range of its field (size, uid, gid) made
    /// .NET's TarReader throw OverflowException, which the reader did not catch: <c>marsad analyze</c> died with an
    /// unhandled exception and a stack trace. Now the archive is named with the reason, the entry read before stands.</summary>
    [Theory]
    [InlineData("size", "99999999999999999999999")]
    [InlineData("uid", "99999999999999999999")]
    [InlineData("gid", "-99999999999999999999")]
    [InlineData("mtime", "-99999999999999999999")]
    public void A_pax_number_out_of_range_names_the_archive_and_keeps_the_entries_before_it(string key, string value)
    {
        var file = temp.Bytes("pax-" + key + ".tar.gz", HostileFiles.TarGzWithPaxRecord(key, value));

        var results = Marsad.Sources.DocumentSources.Read([file]).ToList();

        Assert.Contains(results, r => r.Document?.Path.EndsWith("good.txt", StringComparison.Ordinal) == true);
        var failure = Assert.Single(results, r => r.Document is null);
        Assert.StartsWith(file, failure.Path, StringComparison.Ordinal);
        Assert.Contains("unreadable archive", failure.Error, StringComparison.Ordinal);
    }

    /// <summary>Session 18: a 1 MB page of 100,000 nested elements kept <c>marsad analyze</c> busy for over ten
    /// minutes (the HTML tree builder walks its stack of open elements at every tag). Such a page is now refused at
    /// once, naming the file, and the other files of the run are read.</summary>
    [Theory]
    [InlineData("div", "div")]
    [InlineData("b><i", "i></b")]
    public async Task A_page_nested_absurdly_deep_is_named_at_once_and_the_run_goes_on(string open, string close)
    {
        var depth = 100_000;
        var page = "<html><body>" + string.Concat(Enumerable.Repeat($"<{open}>", depth)) + HostileFiles.Article(1)
            + string.Concat(Enumerable.Repeat($"</{close}>", depth)) + "</body></html>";
        var deep = temp.File("deep.html", page);
        var good = temp.File("good.txt", HostileFiles.Article(2));

        var results = await Task.Run(() => Marsad.Sources.DocumentSources.Read([deep, good]).ToList()).WaitAsync(TimeSpan.FromSeconds(60));

        var failure = Assert.Single(results, r => r.IsError);
        Assert.Equal(deep, failure.Path);
        Assert.Contains("nested deeper", failure.Error, StringComparison.Ordinal);
        Assert.Contains(results, r => r.Document?.Path == good);
    }

    [Fact]
    public void A_real_page_shape_is_not_taken_for_deep_nesting()
    {
        // A hundred nested blocks, thousands of paragraphs left open, line breaks, and a script
        // whose strings hold tags: none of that is depth.
        var page = "<html><head><script>var t = '" + string.Concat(Enumerable.Repeat("<div><span>", 3000)) + "';</script></head><body>"
            + string.Concat(Enumerable.Repeat("<div class=\"wrap\">", 100)) + "<article><!-- " + string.Concat(Enumerable.Repeat("<div>", 3000)) + " -->"
            + string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p>{HostileFiles.Article(i)}<br>"))
            + "</article>" + string.Concat(Enumerable.Repeat("</div>", 100)) + "</body></html>";
        var file = temp.File("shaped.html", page);

        var result = Assert.Single(Marsad.Sources.DocumentSources.Read([file]));

        Assert.False(result.IsError, result.Error);
        Assert.Contains("الحي 2999", result.Document!.Text, StringComparison.Ordinal);
    }

    /// <summary>A named pipe (mkfifo) inside a folder: File.Exists is true, so the reader opens it and blocks
    /// forever waiting for a writer — <c>marsad analyze FOLDER</c> and <c>marsad ingest FOLDER</c> hang. (A link to
    /// /dev/zero in a folder is the same bug without the hang: its length reads 0, so the size limit does not stop
    /// File.ReadAllBytes.) Only regular files should be read.</summary>
    [SkippableFact]
    public async Task A_fifo_among_the_files_is_named_instead_of_blocking_the_run()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        temp.File("feed/good.txt", HostileFiles.Article(9));
        var fifo = Path.Combine(temp.Path, "feed", "pipe.txt");
        System.Diagnostics.Process.Start("mkfifo", fifo).WaitForExit();

        var run = Task.Run(() => MarsadCli.Run("analyze", Path.Combine(temp.Path, "feed")));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(15))) == run;
        if (!finished)
        {
            // Release the blocked reader so the test host does not keep a stuck thread.
            using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }

            await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(15)));
        }

        Assert.True(finished, "marsad analyze blocked on a named pipe in the folder");
        var (_, output, error) = await run;
        Assert.Contains("الحي 9", output);
        Assert.Contains("pipe.txt", error);
    }
}
