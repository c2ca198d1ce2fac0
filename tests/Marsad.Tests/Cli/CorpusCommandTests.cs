using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Marsad.Corpus;
using Marsad.Sources;
using Marsad.Tests.Corpus;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cli;

/// <summary>Every command that reads a store opens it the same way (missing corpus, unreadable store, malformed
/// argument), warns when the search index is stale and can rebuild it; help names the command marsad.</summary>
public sealed class CorpusCommandTests : IDisposable
{
    private readonly string root = System.IO.Directory.CreateTempSubdirectory("marsad-cli-corpus-").FullName;

    public void Dispose() => System.IO.Directory.Delete(root, recursive: true);

    [Fact]
    public void Help_calls_the_command_marsad()
    {
        var (code, output, _) = MarsadCli.Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("marsad [command]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Marsad.Cli", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "x")]
    [InlineData("quotes", "x")]
    [InlineData("numbers", "x")]
    [InlineData("stories")]
    [InlineData("timeline", "x")]
    public void A_missing_corpus_is_the_same_error_for_every_command(params string[] args)
    {
        var missing = Path.Combine(root, "nothing-here");

        var (code, _, error) = MarsadCli.Run([.. args, "--store", missing]);

        Assert.Equal(1, code);
        Assert.StartsWith($"marsad: no corpus in {missing}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "x")]
    [InlineData("stories")]
    [InlineData("timeline", "x")]
    public void An_unreadable_store_is_one_line_naming_it_not_a_stack_trace(params string[] args)
    {
        var broken = Path.Combine(root, "broken");
        System.IO.Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "corpus.db"), "this is not a database, only text that looks nothing like one at all");

        var (code, _, error) = MarsadCli.Run([.. args, "--store", broken]);

        Assert.Equal(1, code);
        Assert.StartsWith($"marsad: store {broken}", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Marsad.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stories", "--from", "2019-02-05", "--to", "2019-02-01")]
    [InlineData("stories", "--from", "5 Feb")]
    [InlineData("stories", "--min", "0")]
    [InlineData("timeline", " ")]
    [InlineData("search", "x", "--from", "2019-02-05", "--to", "2019-02-01")]
    [InlineData("search", "a\u0007b")]
    [InlineData("quotes", "x", "--outlet", "\u001b[2J")]
    public void A_malformed_argument_is_a_usage_error_before_the_store_is_opened(params string[] args)
    {
        // The store does not exist: a usage error must be reported before the store is looked at.
        var (code, _, error) = MarsadCli.Run([.. args, "--store", Path.Combine(root, "never-made")]);

        Assert.Equal(2, code);
        Assert.StartsWith("marsad: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("no corpus", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_from_after_to_reads_the_same_in_search_and_stories()
    {
        var store = Path.Combine(root, "never-made");

        var (_, _, search) = MarsadCli.Run("search", "x", "--from", "2019-02-05", "--to", "2019-02-01", "--store", store);
        var (_, _, stories) = MarsadCli.Run("stories", "--from", "2019-02-05", "--to", "2019-02-01", "--store", store);

        Assert.Equal(search, stories);
        Assert.Contains("--from", search, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_index_still_answers_with_a_warning_and_reindex_rebuilds_it_from_the_store()
    {
        var store = Path.Combine(root, "stale");
        using (var corpus = Marsad.Corpus.Corpus.Open(store))
        {
            corpus.Ingest([Doc("harbour-1", "ميناء الشمال يستقبل سفينة شحن عملاقة محملة بالحبوب")], new IngestOptions { DegreeOfParallelism = 1 });
        }

        var (code, output, error) = MarsadCli.Run("search", "الحبوب", "--store", store, "--json");
        Assert.True(code == 0, error);
        Assert.Contains("harbour-1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);

        MakeIndexStale(Path.Combine(store, "index"));

        (code, output, error) = MarsadCli.Run("search", "الحبوب", "--store", store, "--json");
        Assert.Equal(0, code);
        Assert.DoesNotContain("harbour-1", output, StringComparison.Ordinal);
        Assert.Contains("warning", error, StringComparison.Ordinal);
        Assert.Contains("--reindex", error, StringComparison.Ordinal);

        (code, output, error) = MarsadCli.Run("ingest", "--reindex", "--store", store);
        Assert.True(code == 0, error);
        Assert.Contains("reindexed 1 articles", output, StringComparison.Ordinal);

        (code, output, error) = MarsadCli.Run("search", "الحبوب", "--store", store, "--json");
        Assert.Equal(0, code);
        Assert.Contains("harbour-1", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void A_long_headline_stays_on_its_hit_line_when_the_output_is_not_a_terminal()
    {
        var store = Path.Combine(root, "long");
        var headline = string.Join(' ', Enumerable.Repeat("وصول قافلة المساعدات إلى القرى الجبلية", 4));
        using (var corpus = Marsad.Corpus.Corpus.Open(store))
        {
            corpus.Ingest([Doc("convoy-1", "وصلت قافلة المساعدات إلى القرى الجبلية بعد انقطاع الطريق أسبوعا", headline)], new IngestOptions { DegreeOfParallelism = 1 });
        }

        var (code, output, error) = MarsadCli.Run("search", "القافلة", "--store", store);

        Assert.True(code == 0, error);
        var hit = Assert.Single(output.Split('\n'), l => l.StartsWith("convoy-1", StringComparison.Ordinal));
        Assert.EndsWith(headline, hit.TrimEnd(), StringComparison.Ordinal);

        (code, output, error) = MarsadCli.Run("search", "القافلة", "--page", "7", "--store", store);
        Assert.True(code == 0, error);
        Assert.StartsWith("1 articles; page 7 of 1 (past the last page)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeline_can_be_narrowed_to_a_date_range()
    {
        var store = Path.Combine(root, "timeline");
        using (var corpus = Marsad.Corpus.Corpus.Open(store))
        {
            corpus.Add([
                CorpusArticles.Make("early", "زار رامي الحلبي مصنع الورق في المدينة", "زيارة", "A", "2019-03-01", [("per:rami", "رامي الحلبي", Marsad.Model.EntityType.PERS)]),
                CorpusArticles.Make("middle", "افتتح رامي الحلبي معرض الكتاب السنوي", "افتتاح", "A", "2019-03-10", [("per:rami", "رامي الحلبي", Marsad.Model.EntityType.PERS)]),
                CorpusArticles.Make("late", "غادر رامي الحلبي إلى العاصمة صباحا", "مغادرة", "B", "2019-03-20", [("per:rami", "رامي الحلبي", Marsad.Model.EntityType.PERS)]),
            ]);
        }

        var (code, output, error) = MarsadCli.Run("timeline", "per:rami", "--from", "2019-03-05", "--to", "2019-03-15", "--format", "jsonl", "--store", store);

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("middle", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("2019-03-10", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("2019-03-01", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_without_a_path_or_reindex_with_one_is_a_usage_error()
    {
        var store = Path.Combine(root, "empty");

        Assert.Equal(2, MarsadCli.Run("ingest", "--store", store).Code);
        Assert.Equal(2, MarsadCli.Run("ingest", store, "--reindex", "--store", store).Code);
    }

    /// <summary>What an index from an older analyzer looks like: a stamp of an older chain and terms the current query
    /// analysis does not meet (here: none, so the rebuild has to come from the store).</summary>
    private static void MakeIndexStale(string indexFolder)
    {
        using var directory = FSDirectory.Open(indexFolder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Marsad.Search.SearchAnalyzers.Version, new WhitespaceAnalyzer(Marsad.Search.SearchAnalyzers.Version)));
        writer.DeleteAll();
        writer.SetCommitData(new Dictionary<string, string> { ["marsad.analyzer"] = "1" });
        writer.Commit();
    }

    private static SourceResult Doc(string id, string text, string title = "سفينة في الميناء") =>
        SourceResult.Ok(new RawDocument
        {
            Id = id,
            Path = "test:" + id,
            Format = DocumentFormat.PlainText,
            Text = text,
            Title = title,
            Outlet = "نشرة الساحل",
            Published = DateTimeOffset.Parse("2019-03-04T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        });
}
