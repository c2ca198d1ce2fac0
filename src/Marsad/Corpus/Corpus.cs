using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Search;
using Marsad.Sources;

namespace Marsad.Corpus;

/// <summary>
/// A searchable store of analysed articles in one folder: SQLite (<c>corpus.db</c>, the source of truth) and a
/// Lucene index (<c>index/</c>). Opening repairs an interrupted ingest: rows the index lacks are indexed again.
/// Reads are thread-safe; one ingest at a time.
/// </summary>
public sealed partial class Corpus : IDisposable
{
    private readonly ICorpusStore store;
    private readonly SearchIndex index;

    /// <summary>Story features keep the chain the story options were tuned on (see <see cref="SearchAnalyzers.CreateForStories"/>).</summary>
    private static readonly Lazy<Lucene.Net.Analysis.Analyzer> StoryAnalyzer = new(SearchAnalyzers.CreateForStories);
    private readonly Lock ingestGate = new();

    // The shared store's version the index last caught up with, and its last article then (see CatchUp).
    private long caughtUpVersion;
    private long caughtUpPosition;

    private Corpus(string folder, ICorpusStore store, SearchIndex index, StoryOptions storyOptions)
    {
        Folder = folder;
        this.store = store;
        this.index = index;
        StoryOptions = storyOptions;
        if (store is ISharedCorpusStore shared)
        {
            // Both read before the repair below: what is stored meanwhile stands after the position.
            caughtUpVersion = shared.Version;
            caughtUpPosition = shared.LastPosition;
        }

        Repair(store.Unindexed());
    }

    /// <summary>The store folder, or the store's description (a database, without its password).</summary>
    public string Folder { get; }

    /// <summary>Story clustering parameters used by ingest.</summary>
    public StoryOptions StoryOptions { get; }

    /// <summary>Articles stored.</summary>
    public long Count => store.Count;

    /// <summary>The store behind the corpus.</summary>
    public ICorpusStore Store => store;

    /// <summary>The analyzer chain version the search index was built with (<see cref="SearchAnalyzers.ChainVersion"/>).</summary>
    public string IndexAnalyzerVersion => index.AnalyzerVersion;

    /// <summary>False when the search index was built by an older analyzer chain: searches work but may miss hits
    /// until <see cref="Reindex"/>.</summary>
    public bool IndexIsCurrent => index.IsCurrent;

    /// <summary>Opens (creating if needed) the corpus in a folder and repairs what an interrupted ingest left.</summary>
    public static Corpus Open(string storeFolder, StoryOptions? storyOptions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeFolder);
        var folder = Path.GetFullPath(storeFolder);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot create the store folder {folder}: {ex.Message}", ex);
        }

        var store = new SqliteCorpusStore(Path.Combine(folder, "corpus.db"));
        try
        {
            return WithIndex(folder, store, SearchIndex.Open(Path.Combine(folder, "index")), storyOptions);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a corpus on a store of any kind with its search index in a local folder (created if missing, and then
    /// rebuilt from the store, which is the source of truth). Takes ownership of the store.
    /// </summary>
    /// <param name="store">The opened store.</param>
    /// <param name="indexFolder">The Lucene index folder.</param>
    /// <param name="name">How messages name the store (for a database: its address without the password).</param>
    /// <param name="storyOptions">Story clustering parameters; null means the defaults.</param>
    public static Corpus Open(ICorpusStore store, string indexFolder, string name, StoryOptions? storyOptions = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(indexFolder);
        try
        {
            return WithIndex(name, store, SearchIndex.Open(Path.GetFullPath(indexFolder)), storyOptions);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The corpus over an opened store and index; when the repair on opening fails the index is closed here
    /// (its write lock would refuse every later open in this process), the store by the caller.</summary>
    private static Corpus WithIndex(string name, ICorpusStore store, SearchIndex index, StoryOptions? storyOptions)
    {
        try
        {
            return new Corpus(name, store, index, storyOptions ?? StoryOptions.Default);
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>Searches the corpus. Throws <see cref="QuerySyntaxException"/> for a query that cannot be parsed
    /// (unless <see cref="SearchQuery.Lenient"/>).</summary>
    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<string>? entityIds = null;
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            entityIds = ResolveEntity(query.Entity);
        }

        IReadOnlyList<string>? speakerKeys = null;
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            speakerKeys = store.FindSpeakerKeys(query.Speaker);
            if (speakerKeys.Count == 0)
            {
                speakerKeys = ResolveEntity(query.Speaker);
            }
        }

        return index.Search(query, entityIds, speakerKeys, store.EntityNames);
    }

    /// <summary>The stored record of an article, or null.</summary>
    public AnalyzedArticle? GetArticle(string id) => string.IsNullOrEmpty(id) ? null : store.GetArticle(id);

    /// <summary>Entities known to the corpus by id, name or alias (normalised; partial names match too).</summary>
    public ImmutableArray<EntityMatch> FindEntities(string nameOrAlias, int limit = 20) =>
        string.IsNullOrWhiteSpace(nameOrAlias) ? [] : store.FindEntities(nameOrAlias, Math.Clamp(limit, 1, 200));

    /// <summary>An entity's quotes and mentions over time, or null when no entity matches.</summary>
    public EntityTimeline? Timeline(string entityIdOrName)
    {
        var match = FindEntities(entityIdOrName, 1).FirstOrDefault();
        if (match is null)
        {
            return null;
        }

        var items = store.Timeline(match.Id).ToImmutableArray();
        var days = items
            .Where(i => i.Date is not null)
            .GroupBy(i => i.Date!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new DayCount(g.Key, g.Count(i => i.Kind == "quote"), g.Count(i => i.Kind == "mention")))
            .ToImmutableArray();
        return new EntityTimeline(match, items, days);
    }

    /// <summary>
    /// Rebuilds the search index from the stored records with the current analyzer chain (no article is analysed
    /// again) and returns how many articles it holds. Takes the ingest lock: no ingest runs meanwhile.
    /// </summary>
    public int Reindex()
    {
        lock (ingestGate)
        {
            var ids = store.Keys().Ids.Order(StringComparer.Ordinal).ToList();
            index.Rebuild(StoredArticles(ids), store.Count);
            return ids.Count;
        }
    }

    /// <summary>
    /// Makes what other processes wrote to a shared store since the last look searchable: when the store's version
    /// moved, the rows stored after the last look that this index lacks are indexed and committed (never a scan of the
    /// whole store). One version read when nothing moved; a no-op on a store only this process writes, and while this
    /// process ingests (its own ingest indexes its rows). Returns the articles added to the index. A failure (the
    /// store or the index) leaves the last look where it was, so the next call reads the same rows again.
    /// </summary>
    public int CatchUp()
    {
        if (store is not ISharedCorpusStore shared || !ingestGate.TryEnter())
        {
            return 0;
        }

        try
        {
            // The version is read before the rows: a batch written in between moves it again, so the next look
            // indexes that batch; none is skipped.
            var version = shared.Version;
            if (version == caughtUpVersion)
            {
                return 0;
            }

            var position = shared.LastPosition;
            var added = Repair(shared.UnindexedAfter(caughtUpPosition));
            caughtUpVersion = version;
            caughtUpPosition = position;
            return added;
        }
        finally
        {
            ingestGate.Exit();
        }
    }

    public void Dispose()
    {
        index.Dispose();
        store.Dispose();
    }

    /// <summary>Entity ids an entity filter means: the id itself if known, else the entities the name matches exactly
    /// (with the entity most articles know by that name), else every partial match.</summary>
    public IReadOnlyList<string> ResolveEntity(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var matches = store.FindEntities(idOrName, 50);
        var exact = matches.Where(m => m.Id == idOrName.Trim()).Select(m => m.Id).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var norm = NameKey.Normalize(idOrName);
        var byName = matches.Where(m => NameKey.Normalize(m.Name) == norm).Select(m => m.Id).ToList();
        if (byName.Count == 0)
        {
            return [.. matches.Select(m => m.Id)];
        }

        // A name is always one of its entity's aliases, so when some name matches exactly the first match (exact alias
        // first, then most articles) is an exact alias too: the entity most articles know by this name. A one-article
        // namesake (a surname tagged as an organisation) must not hide it.
        if (!byName.Contains(matches[0].Id))
        {
            byName.Insert(0, matches[0].Id);
        }

        return byName;
    }

    /// <summary>The records of these ids, read a chunk at a time so a large store is never in memory at once.</summary>
    private IEnumerable<AnalyzedArticle> StoredArticles(List<string> ids)
    {
        const int chunk = 500;
        for (var i = 0; i < ids.Count; i += chunk)
        {
            foreach (var stored in store.GetStored(ids.GetRange(i, Math.Min(chunk, ids.Count - i))))
            {
                yield return stored.Article;
            }
        }
    }

    /// <summary>
    /// Indexes rows the store holds that the index may lack (an ingest stopped between the two commits, or a fresh
    /// index folder beside a database): in chunks, so rebuilding a large index does not hold every record at once.
    /// </summary>
    private int Repair(IEnumerable<StoredArticle> unindexed)
    {
        var ids = new List<string>();
        foreach (var chunk in unindexed.Chunk(1000))
        {
            index.Upsert(chunk.Select(p => p.Article));
            ids.AddRange(chunk.Select(p => p.Article.Id));
        }

        if (ids.Count == 0)
        {
            return 0;
        }

        index.Commit(store.Count);
        store.MarkIndexed(ids);
        return ids.Count;
    }
}
