using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Marsad.Search;
using Marsad.Tests.Corpus;

namespace Marsad.Tests.Search;

/// <summary>The index records which analyzer chain made its terms, so an index from an older chain is noticed at open
/// and stays noticed until it is rebuilt.</summary>
public sealed class AnalyzerStampTests : IDisposable
{
    private readonly string folder = System.IO.Directory.CreateTempSubdirectory("marsad-stamp-").FullName;

    public void Dispose() => System.IO.Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_new_index_is_current_and_keeps_its_stamp_when_reopened()
    {
        using (var index = SearchIndex.Open(folder))
        {
            Assert.True(index.IsCurrent);
            index.Add([CorpusArticles.Make("a1", "افتتحت البلدية حديقة عامة جديدة", "حديقة", "OutletA", "2018-03-01")]);
            index.Commit(1);
        }

        using var reopened = SearchIndex.Open(folder);
        Assert.True(reopened.IsCurrent);
        Assert.Equal(SearchAnalyzers.ChainVersion, reopened.AnalyzerVersion);
    }

    [Fact]
    public void An_index_without_a_stamp_is_stale_stays_stale_after_more_articles_and_is_current_after_a_rebuild()
    {
        WriteStampless(folder);
        var park = CorpusArticles.Make("a1", "افتتحت البلدية حديقة عامة جديدة", "حديقة", "OutletA", "2018-03-01");
        var road = CorpusArticles.Make("a2", "بدأ العمل في رصف الطريق الساحلي", "طريق", "OutletB", "2018-03-02");

        using (var index = SearchIndex.Open(folder))
        {
            Assert.False(index.IsCurrent);
            Assert.Equal("1", index.AnalyzerVersion);
            index.Add([park]);
            index.Commit(1);
        }

        using (var index = SearchIndex.Open(folder))
        {
            Assert.False(index.IsCurrent);
            index.Rebuild([park, road], 2);
            Assert.True(index.IsCurrent);
            Assert.Equal(2, index.Count);
        }

        using var rebuilt = SearchIndex.Open(folder);
        Assert.True(rebuilt.IsCurrent);
        Assert.Equal(["a1", "a2"], rebuilt.StoredTexts().Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rebuild_that_fails_part_way_leaves_the_committed_index_as_it_was()
    {
        var park = CorpusArticles.Make("a1", "افتتحت البلدية حديقة عامة جديدة", "حديقة", "OutletA", "2018-03-01");
        var road = CorpusArticles.Make("a2", "بدأ العمل في رصف الطريق الساحلي", "طريق", "OutletB", "2018-03-02");
        using (var index = SearchIndex.Open(folder))
        {
            index.Add([park, road]);
            index.Commit(2);
        }

        // A current index whose rebuild breaks (the store goes away mid-read): closing it must not commit the
        // half-made index under the current stamp, or it would read as complete while missing articles.
        using (var index = SearchIndex.Open(folder))
        {
            Assert.Throws<IOException>(() => index.Rebuild(FailAfterFirst(park), 2));
        }

        using var reopened = SearchIndex.Open(folder);
        Assert.True(reopened.IsCurrent);
        Assert.Equal(["a1", "a2"], reopened.StoredTexts().Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<Marsad.Model.AnalyzedArticle> FailAfterFirst(Marsad.Model.AnalyzedArticle first)
    {
        yield return first;
        throw new IOException("the store went away");
    }

    /// <summary>An index as builds before the stamp left it: committed, with no analyzer entry in its commit data.</summary>
    private static void WriteStampless(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, new WhitespaceAnalyzer(SearchAnalyzers.Version)));
        writer.SetCommitData(new Dictionary<string, string> { ["marsad.generation"] = "0" });
        writer.Commit();
    }
}
