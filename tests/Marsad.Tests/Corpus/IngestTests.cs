using Marsad.Sources;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Corpus;

public sealed class IngestTests : IDisposable
{
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    private static IEnumerable<SourceResult> Documents(int count, string prefix = "d") =>
        Enumerable.Range(0, count).Select(i => SourceResult.Ok(Some.Document(
            $"أعلنت البلدية رقم {i} عن افتتاح حديقة عامة جديدة في الحي {i}.\nوقال رئيس البلدية إن المشروع كلف {i * 10} ألف دينار.",
            id: $"{prefix}{i}",
            published: new DateTimeOffset(2018, 3, 1 + (i % 20), 0, 0, 0, TimeSpan.Zero))));

    [Fact]
    public void Ingesting_the_same_articles_twice_stores_them_once()
    {
        using var corpus = store.Open();
        var first = corpus.Ingest(Documents(30), new() { BatchSize = 7 });
        var second = corpus.Ingest(Documents(30), new() { BatchSize = 7 });
        Assert.Equal(30, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(30, second.Skipped);
        Assert.Equal(30, corpus.Count);
        Assert.Equal(30, corpus.Search(new() { Text = "حديقة", Size = 100 }).Total);
    }

    [Fact]
    public void Empty_and_missing_values_round_trip_and_entity_counts_add_up_within_a_batch()
    {
        using var corpus = store.Open();
        (string, string, Marsad.Model.EntityType)[] council = [("org:council", "المجلس البلدي", Marsad.Model.EntityType.ORG)];
        var first = CorpusArticles.Make("e1", "اجتمع المجلس البلدي مساء أمس.", headline: null, outlet: "", date: null, entities: council, quotes: [("", null, "")]);
        var second = CorpusArticles.Make("e2", "ناقش المجلس البلدي ميزانية العام المقبل.", headline: "", outlet: "B", date: "2018-03-02", entities: council);

        var report = corpus.Add([first, second]);

        Assert.Equal(2, report.Added);
        Assert.Equal(Marsad.Serialization.ArticleJson.Serialize(first), Marsad.Serialization.ArticleJson.Serialize(corpus.GetArticle("e1")!));
        Assert.Equal(Marsad.Serialization.ArticleJson.Serialize(second), Marsad.Serialization.ArticleJson.Serialize(corpus.GetArticle("e2")!));
        Assert.Equal(2, Assert.Single(corpus.FindEntities("org:council")).Articles);
        Assert.Equal(2, corpus.Timeline("org:council")!.Items.Count(i => i.Kind == "mention"));
    }

    [Fact]
    public void The_same_article_twice_in_one_run_is_stored_once()
    {
        using var corpus = store.Open();
        var report = corpus.Ingest(Documents(5).Concat(Documents(5)));
        Assert.Equal(5, report.Added);
        Assert.Equal(5, report.Skipped);
        Assert.Equal(5, corpus.Count);
    }

    [Fact]
    public void A_reopened_store_keeps_its_articles_and_skips_them()
    {
        using (var corpus = store.Open())
        {
            corpus.Ingest(Documents(12));
        }

        using var reopened = store.Open();
        Assert.Equal(12, reopened.Count);
        Assert.Equal(0, reopened.Ingest(Documents(12)).Added);
        Assert.NotNull(reopened.GetArticle("d3"));
        Assert.Null(reopened.GetArticle("nope"));
    }

    [Fact]
    public void Unreadable_items_are_reported_with_their_path_and_the_run_goes_on()
    {
        using var corpus = store.Open();
        var items = Documents(3).Append(SourceResult.Fail("broken/file.txt", "not UTF-8 text")).Concat(Documents(2, "e"));
        var report = corpus.Ingest(items);
        Assert.Equal(5, report.Added);
        var error = Assert.Single(report.Errors);
        Assert.Equal("broken/file.txt", error.Path);
        Assert.Contains("UTF-8", error.Reason);
    }

    [Fact]
    public void A_store_open_elsewhere_is_refused_with_a_clear_message()
    {
        using var corpus = store.Open();
        var ex = Assert.Throws<IOException>(() => store.Open());
        Assert.Contains("in use", ex.Message);
    }

    [Fact]
    public void Progress_is_reported_with_counts()
    {
        using var corpus = store.Open();
        var reports = new List<Marsad.Corpus.IngestProgress>();
        corpus.Ingest(Documents(10), progress: new SyncProgress(reports.Add));
        Assert.NotEmpty(reports);
        Assert.Equal(10, reports[^1].Added);
        Assert.Equal(10, reports[^1].Read);
    }

    private sealed class SyncProgress(Action<Marsad.Corpus.IngestProgress> action) : IProgress<Marsad.Corpus.IngestProgress>
    {
        public void Report(Marsad.Corpus.IngestProgress value) => action(value);
    }
}
