using System.Collections.Immutable;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marsad.Corpus;
using Marsad.Model;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marsad.Search;

/// <summary>
/// The Lucene.NET index of a corpus: one document per article keyed by id (re-adding replaces), searched with the
/// Arabic analyzer. Thread-safe: one writer, searchers refreshed after each commit.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    private SearchIndex(LuceneDirectory directory, Analyzer analyzer)
    {
        this.directory = directory;
        Analyzer = analyzer;

        // A new index is written with the current chain; one without a stamp predates the stamps, hence version 1.
        var existed = DirectoryReader.IndexExists(directory);
        var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,

            // Bulk ingest: fewer, larger flushed segments, and no compound-file copy of each one.
            RAMBufferSizeMB = 96,
            UseCompoundFile = false,
        };
        writer = new IndexWriter(directory, config);
        AnalyzerVersion = !existed ? SearchAnalyzers.ChainVersion
            : writer.CommitData.TryGetValue(SearchFields.AnalyzerVersion, out var stamp) && !string.IsNullOrEmpty(stamp) ? stamp
            : "1";
        searchers = new SearcherManager(writer, true, new WarmingSearcherFactory());
    }

    public Analyzer Analyzer { get; }

    /// <summary>The analyzer chain version the indexed terms were made with (see <see cref="SearchAnalyzers.ChainVersion"/>).</summary>
    public string AnalyzerVersion { get; private set; }

    /// <summary>False when the index was built by another analyzer chain: searches work but may miss hits until
    /// <see cref="Rebuild"/>.</summary>
    public bool IsCurrent => AnalyzerVersion == SearchAnalyzers.ChainVersion;

    /// <summary>Opens (or creates) the index in a folder, with the given analyzer (default: the Arabic one).</summary>
    public static SearchIndex Open(string folder, Analyzer? analyzer = null)
    {
        System.IO.Directory.CreateDirectory(folder);
        var dir = FSDirectory.Open(folder);
        // The native lock is released by the OS when its process dies (kill -9 included): a held lock means another
        // live process has this store open for writing.
        if (IndexWriter.IsLocked(dir))
        {
            dir.Dispose();
            throw new IOException($"the search index {folder} is in use by another process (an ingest or a server); wait for it to finish");
        }

        return new SearchIndex(dir, analyzer ?? SearchAnalyzers.Create());
    }

    /// <summary>An index in memory (tests, benchmarks).</summary>
    public static SearchIndex InMemory(Analyzer? analyzer = null) => new(new RAMDirectory(), analyzer ?? SearchAnalyzers.Create());

    /// <summary>Documents in the index (after the last refresh).</summary>
    public int Count
    {
        get
        {
            var searcher = searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    /// <summary>Adds or replaces the documents of these articles (visible after <see cref="Commit"/>).</summary>
    public void Upsert(IEnumerable<AnalyzedArticle> articles)
    {
        foreach (var article in articles)
        {
            writer.UpdateDocument(new Term(SearchFields.Id, article.Id), ArticleDocument.Create(article));
        }
    }

    /// <summary>
    /// Adds documents of articles known not to be in the index yet (fresh ingest rows: the store writes a row before
    /// the index sees it, so an id new to the store is new to the index). Cheaper than <see cref="Upsert"/>, which
    /// has to look every id up to delete an older copy. Visible after <see cref="Commit"/>.
    /// </summary>
    public void Add(IEnumerable<AnalyzedArticle> articles) => Add(articles.Select(a => (a, (AnalyzedArticleText?)null)));

    /// <summary><see cref="Add(IEnumerable{AnalyzedArticle})"/> with texts analysed beforehand (on other threads) where given.</summary>
    internal void Add(IEnumerable<(AnalyzedArticle Article, AnalyzedArticleText? Text)> articles)
    {
        // Each document is inverted inside AddDocument, so the next one can reuse the same fields and replay streams.
        var reused = new ReusableArticleDocument();
        foreach (var (article, text) in articles)
        {
            writer.AddDocument(text is null ? ArticleDocument.Create(article) : reused.Fill(article, text));
        }
    }

    /// <summary>Makes the changes durable and visible.</summary>
    public void Commit(long generation)
    {
        // An old index keeps its old stamp when new articles are added to it: only a rebuild makes it current.
        writer.SetCommitData(new Dictionary<string, string>
        {
            [SearchFields.Generation] = generation.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SearchFields.AnalyzerVersion] = AnalyzerVersion,
        });
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// Replaces every document with these articles, analysed by the current chain, and stamps the index current. Until
    /// the commit at the end searches see the old documents; a killed rebuild leaves the old index, and one that fails
    /// part way rolls back to it and closes this instance (reopen the folder to go on).
    /// </summary>
    public void Rebuild(IEnumerable<AnalyzedArticle> articles, long generation)
    {
        try
        {
            writer.DeleteAll();
            Add(articles);
        }
        catch
        {
            // Disposing the writer commits what it holds: the half-made index would be committed under the stamp of
            // the old index, which reads as complete when that was current. Rolling back drops it.
            writer.Rollback();
            throw;
        }

        AnalyzerVersion = SearchAnalyzers.ChainVersion;
        Commit(generation);
    }

    /// <summary>
    /// Runs a search. <paramref name="entityIds"/> and <paramref name="speakerKeys"/> are the resolved filters (any of
    /// them matches); <paramref name="labels"/> names facet values.
    /// </summary>
    public SearchResults Search(SearchQuery query, IReadOnlyList<string>? entityIds, IReadOnlyList<string>? speakerKeys, Func<IEnumerable<string>, IReadOnlyDictionary<string, string>> labels)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.Size, 1, 100);
        var page = Math.Clamp(query.Page, 1, 10_000);
        var (text, fallback) = QueryFactory.ParseText(query.Text ?? "", Analyzer, query.Lenient);
        var filters = new List<Query>();
        AddAnyOf(filters, SearchFields.Entity, entityIds);
        AddAnyOf(filters, SearchFields.Speaker, speakerKeys);
        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            filters.Add(QueryFactory.Term(SearchFields.Outlet, query.Outlet.Trim()));
        }

        if (QueryFactory.DayRange(query.From, query.To) is { } range)
        {
            filters.Add(range);
        }

        var luceneQuery = QueryFactory.Combine(text, filters);
        var searcher = searchers.Acquire();
        try
        {
            var wanted = Math.Min(page * size, Math.Max(1, searcher.IndexReader.MaxDoc));
            ITopDocsCollector top = text is null
                ? TopFieldCollector.Create(new Sort(new SortField(SearchFields.DayValues, SortFieldType.INT32, true), SortField.FIELD_DOC), wanted, false, false, false, false)
                : TopScoreDocCollector.Create(wanted, null, false);
            using var facets = new FacetCollector(FacetOrdinals.For(searcher.IndexReader));
            searcher.Search(luceneQuery, MultiCollector.Wrap((ICollector)top, facets));
            var docs = top.GetTopDocs((page - 1) * size, size).ScoreDocs;
            var snippets = new SnippetMaker(text, Analyzer);
            var hits = ImmutableArray.CreateBuilder<SearchHit>(docs.Length);
            foreach (var scoreDoc in docs)
            {
                var doc = searcher.Doc(scoreDoc.Doc);
                var published = doc.Get(SearchFields.Published) is { } p && DateOnly.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (DateOnly?)null;
                hits.Add(new SearchHit(
                    doc.Get(SearchFields.Id),
                    NullIfEmpty(doc.Get(SearchFields.Headline)),
                    doc.Get(SearchFields.Outlet),
                    published,
                    float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
                    snippets.Make(doc.Get(SearchFields.Body) ?? "")));
            }

            var facetSize = Math.Clamp(query.FacetSize, 0, 100);
            var entityTop = facets.TopEntities(facetSize);
            var speakerTop = facets.TopSpeakers(facetSize);
            var names = labels(entityTop.Select(e => e.Key).Concat(speakerTop.Select(s => s.Key)));
            return new SearchResults(
                facets.Total,
                page,
                size,
                hits.ToImmutable(),
                [.. facets.TopOutlets(facetSize).Select(f => new FacetCount(f.Key, f.Key, f.Value))],
                [.. entityTop.Select(f => new FacetCount(f.Key, names.GetValueOrDefault(f.Key, f.Key), f.Value))],
                [.. speakerTop.Select(f => new FacetCount(f.Key, names.GetValueOrDefault(f.Key, f.Key), f.Value))],
                fallback);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Id, headline and body of every indexed article (to build comparison indexes).</summary>
    public IEnumerable<(string Id, string Headline, string Body)> StoredTexts()
    {
        var searcher = searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (live is not null && !live.Get(i))
                {
                    continue;
                }

                var doc = reader.Document(i);
                yield return (doc.Get(SearchFields.Id), doc.Get(SearchFields.Headline) ?? "", doc.Get(SearchFields.Body) ?? "");
            }
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Ids of every article the text query matches (no filters).</summary>
    public HashSet<string> Matches(string text)
    {
        var (query, _) = QueryFactory.ParseText(text, Analyzer, lenient: false);
        var searcher = searchers.Acquire();
        try
        {
            var docs = searcher.Search(query ?? new MatchAllDocsQuery(), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs;
            return docs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)).ToHashSet(StringComparer.Ordinal);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    private static void AddAnyOf(List<Query> filters, string field, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count == 1)
        {
            filters.Add(QueryFactory.Term(field, values[0]));
            return;
        }

        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(QueryFactory.Term(field, value), Occur.SHOULD);
        }

        // No values means the filter matches nothing (an unknown entity finds no article).
        filters.Add(values.Count == 0 ? QueryFactory.Term(field, "\u0000none") : any);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>Builds the facet ordinals when a searcher opens (at open and after each commit), so no search pays for them.</summary>
    private sealed class WarmingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            FacetOrdinals.For(reader);
            return new IndexSearcher(reader);
        }
    }
}
