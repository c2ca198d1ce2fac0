using System.Text;
using System.Text.Json;
using Marsad.Tests.Sources;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Hostile;

/// <summary>
/// <c>marsad analyze</c> and <c>marsad ingest</c> over hostile files beside a good one: each bad item is named on
/// stderr with a reason, the good article still comes out (or is stored), the exit code says something failed,
/// and nothing is written outside the store.
/// </summary>
public sealed class HostileSourcesCliTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string> BadItems => new()
    {
        "empty", "truncated-tar", "huge-tar-header", "broken-jsonl", "deep-json", "binary",
        "zip-slip", "tar-slip",
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public void Analyze_names_a_bad_item_and_its_reason_and_still_writes_the_good_article(string kind)
    {
        var good = temp.File("good.txt", HostileFiles.Article(0));
        var (bad, named) = Make(kind);

        var (code, output, error) = RunWithWatchdog("analyze", good, bad);

        var records = Records(output);
        Assert.Contains(records, r => r.GetProperty("id").GetString() == "good");
        if (kind is "zip-slip" or "tar-slip")
        {
            // Archives are read in memory: an entry named /x is just an article, read under the archive's name; the
            // ../ entry is left out and named with the reason (the run goes on, exit 1 for the item left out).
            Assert.Equal(1, code);
            Assert.Contains("marsad-slip.txt: entry path climbs out", error, StringComparison.Ordinal);
            Assert.Contains(records, r => r.GetProperty("source").GetProperty("path").GetString()!.Contains(named + "!/tmp/marsad-slip.txt", StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal(1, code);
            Assert.Contains(named, error);
            var line = error.Split('\n').First(l => l.Contains(named, StringComparison.Ordinal));
            Assert.True(line.Trim().Length > line.IndexOf(named, StringComparison.Ordinal) + named.Length + 3, $"no reason after the name: {line}");
        }

        Assert.False(SlipLanded(), "an archive entry was written outside the input folder");
    }

    [Theory]
    [MemberData(nameof(BadItems))]
    public void Ingest_names_a_bad_item_stores_the_good_article_and_writes_only_in_the_store(string kind)
    {
        var good = temp.File("good.txt", HostileFiles.Article(0));
        var (bad, named) = Make(kind);
        var store = Path.Combine(temp.Path, "store");
        var before = Files(temp.Path);

        var (code, _, error) = RunWithWatchdog("ingest", "--store", store, good, bad);

        if (kind is not ("zip-slip" or "tar-slip"))
        {
            Assert.Equal(1, code);
            Assert.Contains(named, error);
        }

        using (var corpus = Marsad.Corpus.Corpus.Open(store))
        {
            Assert.NotNull(corpus.GetArticle("good"));
        }

        var written = Files(temp.Path).Except(before).Where(f => !f.StartsWith(store + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        Assert.True(written.Count == 0, "written outside the store: " + string.Join(", ", written));
        Assert.False(SlipLanded(), "an archive entry was written outside the store");
    }

    [Fact]
    public void Utf16_with_a_bom_is_read_as_arabic()
    {
        var file = temp.Bytes("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(HostileFiles.Article(3))]);
        var (code, output, error) = RunWithWatchdog("analyze", file);
        Assert.True(code == 0, error);
        Assert.Contains("سمير الحداد", Records(output).Single().GetProperty("body").GetString());
    }

    [Fact]
    public void A_folder_named_like_a_file_is_read_as_a_folder()
    {
        temp.File("odd.txt/inner.txt", HostileFiles.Article(4));
        var (code, output, error) = RunWithWatchdog("analyze", Path.Combine(temp.Path, "odd.txt"));
        Assert.True(code == 0, error);
        Assert.Single(Records(output));
    }

    [Fact]
    public void Symlink_loops_are_named_and_do_not_hang_the_folder_walk()
    {
        temp.File("tree/good.txt", HostileFiles.Article(5));
        var tree = Path.Combine(temp.Path, "tree");
        Directory.CreateSymbolicLink(Path.Combine(tree, "loop"), tree);
        File.CreateSymbolicLink(Path.Combine(tree, "a.txt"), Path.Combine(tree, "b.txt"));
        File.CreateSymbolicLink(Path.Combine(tree, "b.txt"), Path.Combine(tree, "a.txt"));

        var (code, output, error) = RunWithWatchdog("analyze", tree);

        Assert.Contains(Records(output), r => r.GetProperty("body").GetString()!.Contains("الحي 5", StringComparison.Ordinal));
        Assert.Equal(1, code);
        Assert.Contains("a.txt", error);
    }

    [Fact]
    public void Duplicate_ids_in_json_lines_are_all_analysed_and_ingest_keeps_going()
    {
        var lines = string.Join('\n',
            JsonSerializer.Serialize(new { id = "same", text = HostileFiles.Article(6) }),
            JsonSerializer.Serialize(new { id = "same", text = HostileFiles.Article(7) }),
            JsonSerializer.Serialize(new { id = "other", text = HostileFiles.Article(8) }));
        var file = temp.File("dups.jsonl", lines);

        var (code, output, error) = RunWithWatchdog("analyze", file);
        Assert.True(code == 0, error);
        Assert.Equal(3, Records(output).Count);

        var store = Path.Combine(temp.Path, "store");
        RunWithWatchdog("ingest", "--store", store, file);
        using var corpus = Marsad.Corpus.Corpus.Open(store);
        Assert.NotNull(corpus.GetArticle("other"));
        Assert.NotNull(corpus.GetArticle("same"));
    }

    /// <summary>Writes the hostile item of the given kind; returns its path and the name stderr must show.</summary>
    private (string Path, string Named) Make(string kind)
    {
        switch (kind)
        {
            case "empty":
                return (temp.Bytes("empty.txt", []), "empty.txt");
            case "truncated-tar":
                var whole = HostileFiles.TarGz(("a.txt", HostileFiles.Article(1)), ("b.txt", HostileFiles.Article(2) + new string('ن', 40_000)));
                return (temp.Bytes("cut.tar.gz", whole[..(whole.Length * 2 / 3)]), "cut.tar.gz");
            case "huge-tar-header":
                return (temp.Bytes("huge.tar.gz", HostileFiles.TarGzWithHugeHeader('0')), "huge.tar.gz");
            case "broken-jsonl":
                var lines = string.Join('\n',
                    JsonSerializer.Serialize(new { id = "j1", text = HostileFiles.Article(1) }),
                    "{\"id\": \"j2\", \"text\": \"نص مقطوع",
                    JsonSerializer.Serialize(new { id = "j3", text = HostileFiles.Article(3) }));
                return (temp.File("feed.jsonl", lines), "feed.jsonl");
            case "deep-json":
                var deep = string.Join('\n',
                    JsonSerializer.Serialize(new { id = "d1", text = HostileFiles.Article(1) }),
                    HostileFiles.DeepJsonLine(100_000),
                    JsonSerializer.Serialize(new { id = "d3", text = HostileFiles.Article(3) }));
                return (temp.File("deep.jsonl", deep), "deep.jsonl:2");
            case "binary":
                var bytes = new byte[4096];
                new Random(5).NextBytes(bytes);
                return (temp.Bytes("noise.txt", bytes), "noise.txt");
            case "zip-slip":
                return (temp.Bytes("slip.zip", HostileFiles.Zip(("../../marsad-slip.txt", HostileFiles.Article(1)), ("/tmp/marsad-slip.txt", HostileFiles.Article(2)))), "slip.zip");
            case "tar-slip":
                return (temp.Bytes("slip.tar.gz", HostileFiles.TarGz(("../../marsad-slip.txt", HostileFiles.Article(1)), ("/tmp/marsad-slip.txt", HostileFiles.Article(2)))), "slip.tar.gz");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    internal static (int Code, string Out, string Err) RunWithWatchdog(params string[] args)
    {
        var run = Task.Run(() => MarsadCli.Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), $"marsad {string.Join(' ', args)} still running after 60 s");
        return run.Result;
    }

    internal static List<JsonElement> Records(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private static HashSet<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).ToHashSet();

    /// <summary>Whether an entry named ../../marsad-slip.txt or /tmp/marsad-slip.txt landed on disk.</summary>
    private bool SlipLanded() =>
        File.Exists("/tmp/marsad-slip.txt") || File.Exists(Path.Combine(Path.GetDirectoryName(temp.Path)!, "marsad-slip.txt"));
}
