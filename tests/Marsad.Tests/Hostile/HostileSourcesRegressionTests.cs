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
