using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Marsad.Sources;

namespace Marsad.Tests.Sources;

/// <summary>Damaged and hostile inputs the reader must name and get past: a UTF-8 file with a few broken bytes, a JSON
/// Lines file whose first line is bad, an archive entry that climbs out, a named pipe among the files.</summary>
public sealed class DocumentSourcesDamagedInputTests : IDisposable
{
    private const string Sentence = "قالت المديرة ليلى الشامي إن المكتبة الجديدة ستفتح أبوابها للطلاب في الخريف.";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_utf8_file_with_a_few_broken_bytes_stays_utf8_with_the_broken_bytes_replaced()
    {
        byte[] broken = [0xC3, 0x28, 0xFF, 0xC0, 0xAF, 0x80];
        var bytes = Encoding.UTF8.GetBytes(Sentence + " ").Concat(broken).Concat(Encoding.UTF8.GetBytes(" " + Sentence + "\n")).ToArray();

        var result = Assert.Single(DocumentSources.Read([temp.Bytes("damaged.txt", bytes)]));

        Assert.False(result.IsError, result.Error);
        Assert.StartsWith(Sentence, result.Document!.Text, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', result.Document.Text);
        Assert.StartsWith("UTF-8 (", result.Document.Metadata["encoding"], StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_arabic_code_page_text_is_still_read_as_windows_1256()
    {
        var bytes = CodePage1256().GetBytes(string.Concat(Enumerable.Repeat(Sentence + "، وهل ينجح؟ ", 4)));

        var result = Assert.Single(DocumentSources.Read([temp.Bytes("legacy.txt", bytes)]));

        Assert.Equal("windows-1256", result.Document!.Metadata["encoding"]);
        Assert.StartsWith(Sentence, result.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_lines_file_whose_first_line_is_too_deep_names_that_line_and_reads_the_rest()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        var second = System.Text.Json.JsonSerializer.Serialize(new { id = "second", text = Sentence });
        var path = temp.File("first-broken.jsonl", deep + "\n" + second + "\n");

        var results = DocumentSources.Read([path]).ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal(path + ":1", results[0].Path);
        Assert.True(results[0].IsError);
        Assert.Equal("second", results[1].Document!.Id);
    }

    [Fact]
    public void Plain_text_that_opens_with_a_brace_is_still_plain_text()
    {
        var result = Assert.Single(DocumentSources.Read([temp.File("brace.txt", "{تنويه}\n" + Sentence + "\n")]));

        Assert.Equal(DocumentFormat.PlainText, result.Document!.Format);
    }

    [Theory]
    [InlineData("tar.gz")]
    [InlineData("zip")]
    public void An_archive_entry_that_climbs_out_is_left_out_and_named(string kind)
    {
        var path = Path.Combine(temp.Path, "slip." + kind);
        (string Name, string Text)[] entries = [("../../marsad-slip.txt", Sentence), ("news/ok.txt", Sentence)];
        if (kind == "zip")
        {
            using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        else
        {
            using var file = File.Create(path);
            using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            using var tar = new TarWriter(gzip);
            foreach (var (name, text) in entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
            }
        }

        var results = DocumentSources.Read([path]).ToList();

        var refused = Assert.Single(results, r => r.IsError);
        Assert.Contains("marsad-slip.txt", refused.Path, StringComparison.Ordinal);
        Assert.Contains("climbs out", refused.Error, StringComparison.Ordinal);
        Assert.Equal("ok", Assert.Single(results, r => !r.IsError).Document!.Id);
        Assert.False(File.Exists(Path.Combine(temp.Path, "..", "marsad-slip.txt")));
    }

    [SkippableFact]
    public async Task A_named_pipe_among_the_files_is_named_without_blocking_the_run()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes are a Unix test");
        temp.File("feed/good.txt", Sentence + "\n");
        var pipe = Path.Combine(temp.Path, "feed", "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
        }

        var read = Task.Run(() => DocumentSources.Read([Path.Combine(temp.Path, "feed")]).ToList());
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20))) == read;
        if (!finished)
        {
            // Release the blocked reader so that the test host does not keep a stuck thread.
            await using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
            {
            }
        }

        Assert.True(finished, "reading the folder blocked on a named pipe");
        var results = await read;
        Assert.Contains(results, r => r.IsError && r.Path == pipe);
        Assert.Contains(results, r => !r.IsError && r.Document!.Id == "good");
    }

    private static Encoding CodePage1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }
}
