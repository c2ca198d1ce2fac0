using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Marsad.Model;
using Marsad.Serialization;
using Microsoft.Data.Sqlite;

namespace Marsad.Corpus;

/// <summary>
/// The SQLite store (WAL mode): the article JSON records, entity/mention/quote rows for facets and timelines, stories
/// and clustering state. Each batch is one transaction. Not thread-safe for writes; reads take their own connection.
/// </summary>
public sealed partial class SqliteCorpusStore : ICorpusStore
{
    private readonly string connectionString;
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    // Alias rows this process has seen committed: most mentions repeat a known name, and skipping them saves a
    // statement each. Filled only after a commit, so a rolled-back batch never hides a row that is not stored.
    private readonly HashSet<(string Norm, string EntityId)> knownAliases = [];

    // The ingest's statements, prepared on the first write and kept for the life of the connection.
    private StoreStatements? statements;

    public SqliteCorpusStore(string databasePath)
    {
        connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
        connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            // WAL with synchronous=NORMAL: a commit is durable against a process crash (kill -9), which is what the
            // ingest's repair relies on. A larger page cache and rarer checkpoints keep bulk ingest from re-reading and
            // re-writing the same pages.
            Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA cache_size=-32768; " +
                "PRAGMA wal_autocheckpoint=8192; PRAGMA journal_size_limit=67108864; PRAGMA temp_store=MEMORY;");
            Execute(Schema);
        }
        catch
        {
            // A file that is no database: nobody else can close this connection, and the pool must not hand it (still
            // on the old file) to the next open once the file is put right.
            SqliteConnection.ClearPool(connection);
            connection.Dispose();
            throw;
        }
    }

    public long Count
    {
        get
        {
            lock (gate)
            {
                return Scalar<long>("SELECT COUNT(*) FROM articles");
            }
        }
    }

    public (HashSet<string> RawKeys, HashSet<string> Keys, HashSet<string> Ids) Keys()
    {
        lock (gate)
        {
            using var cmd = Command("SELECT raw_key, key, id FROM articles");
            return StoreReads.Keys(cmd);
        }
    }

    public void WriteBatch(IReadOnlyList<StoredArticle> articles, IReadOnlyCollection<StoryState> stories, IReadOnlyDictionary<string, int> documentFrequencyDeltas, int documentCountDelta)
    {
        lock (gate)
        {
            var w = statements ??= new StoreStatements(connection);
            using var tx = connection.BeginTransaction();
            var newAliases = new HashSet<(string, string)>();

            // Entity rows once per batch with the batch's article count: a row update per (article, entity) pair
            // was the writer's most frequent statement.
            var entityCounts = new Dictionary<string, (ArticleRows.EntityRow Row, int Articles)>(StringComparer.Ordinal);
            foreach (var stored in articles)
            {
                var a = stored.Article;
                var rows = stored.Rows ?? ArticleRows.Create(a);
                var insert = w.InsertArticle;
                insert.Bind(1, a.Id);
                insert.Bind(2, stored.RawKey);
                insert.Bind(3, stored.Key);
                insert.Bind(4, stored.BodyHash);
                insert.Bind(5, StoreReads.Iso(a.Published));
                insert.Bind(6, a.Source.Outlet);
                insert.Bind(7, a.Headline);
                insert.Bind(8, a.Dateline);
                insert.Bind(9, stored.StoryId);
                insert.Bind(10, stored.DuplicateOf);
                insert.BindBlob(11, MemoryMarshal.AsBytes(stored.Signature.AsSpan()));
                insert.BindUtf8(12, rows.Json);
                insert.Run();
                var seq = insert.LastInsertRowId;
                foreach (var entity in rows.Entities)
                {
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(entityCounts, entity.Id, out var known);
                    count = known ? (count.Row, count.Articles + 1) : (entity, 1);
                    foreach (var alias in entity.Aliases)
                    {
                        if (!knownAliases.Contains((alias, entity.Id)) && newAliases.Add((alias, entity.Id)))
                        {
                            w.InsertAlias.Bind(1, alias);
                            w.InsertAlias.Bind(2, entity.Id);
                            w.InsertAlias.Run();
                        }
                    }

                    w.InsertMention.Bind(1, seq);
                    w.InsertMention.Bind(2, entity.Id);
                    w.InsertMention.Bind(3, entity.Mentions);
                    w.InsertMention.Bind(4, entity.Context);
                    w.InsertMention.Run();
                }

                for (var i = 0; i < rows.Quotes.Length; i++)
                {
                    var q = rows.Quotes[i];
                    var quote = w.InsertQuote;
                    quote.Bind(1, seq);
                    quote.Bind(2, i);
                    quote.Bind(3, q.SpeakerKey);
                    quote.Bind(4, q.SpeakerName);
                    quote.Bind(5, q.SpeakerNorm);
                    quote.Bind(6, q.EntityId);
                    quote.Bind(7, q.Cue);
                    quote.Bind(8, q.Kind);
                    quote.Bind(9, q.Text);
                    quote.Run();
                }
            }

            foreach (var (id, (row, count)) in entityCounts)
            {
                w.UpsertEntity.Bind(1, id);
                w.UpsertEntity.Bind(2, row.Name);
                w.UpsertEntity.Bind(3, row.Type);
                w.UpsertEntity.Bind(4, count);
                w.UpsertEntity.Run();
            }

            foreach (var story in stories)
            {
                if (story.MergedInto is { } into)
                {
                    MergeStory(story, into, tx);
                    continue;
                }

                var upsert = w.UpsertStory;
                upsert.Bind(1, story.Id);
                upsert.Bind(2, story.Title);
                upsert.Bind(3, StoreReads.Iso(story.First));
                upsert.Bind(4, StoreReads.Iso(story.Last));
                upsert.Bind(5, story.Size);
                upsert.BindUtf8(6, StoryVectors.Serialize(story));
                upsert.Run();
            }

            foreach (var (term, n) in documentFrequencyDeltas)
            {
                w.UpsertDf.Bind(1, term);
                w.UpsertDf.Bind(2, n);
                w.UpsertDf.Run();
            }

            w.AddDocuments.Bind(1, documentCountDelta);
            w.AddDocuments.Run();
            tx.Commit();
            knownAliases.UnionWith(newAliases);
        }
    }

    public IEnumerable<StoredArticle> Unindexed()
    {
        lock (gate)
        {
            return ReadStored("SELECT json, raw_key, key, body_hash, story_id, duplicate_of, signature FROM articles WHERE indexed = 0 ORDER BY seq", []);
        }
    }

    public void MarkIndexed(IEnumerable<string> ids)
    {
        lock (gate)
        {
            var w = statements ??= new StoreStatements(connection);
            using var tx = connection.BeginTransaction();
            foreach (var id in ids)
            {
                w.MarkIndexed.Bind(1, id);
                w.MarkIndexed.Run();
            }

            tx.Commit();
        }
    }

    public AnalyzedArticle? GetArticle(string id)
    {
        lock (gate)
        {
            using var cmd = Command("SELECT json FROM articles WHERE id = $id");
            cmd.Parameters.AddWithValue("$id", id);
            return cmd.ExecuteScalar() is string json ? ArticleJson.Deserialize(json) : null;
        }
    }

    public IReadOnlyList<StoredArticle> GetStored(IEnumerable<string> ids)
    {
        lock (gate)
        {
            var result = new List<StoredArticle>();
            foreach (var id in ids)
            {
                result.AddRange(ReadStored("SELECT json, raw_key, key, body_hash, story_id, duplicate_of, signature FROM articles WHERE id = $id", [("$id", id)]));
            }

            return result;
        }
    }

    public IReadOnlyList<StoryState> LoadStories()
    {
        lock (gate)
        {
            return ReadStories("SELECT id, title, first, last, size, state FROM stories ORDER BY id", []);
        }
    }

    public (Dictionary<string, int> DocumentFrequency, int DocumentCount) LoadDocumentFrequencies()
    {
        lock (gate)
        {
            Dictionary<string, int> df;
            using (var cmd = Command("SELECT term, n FROM df"))
            {
                df = StoreReads.DocumentFrequencies(cmd);
            }

            var n = Convert.ToInt32(Scalar<object?>("SELECT value FROM meta WHERE key = 'documents'") ?? 0, CultureInfo.InvariantCulture);
            return (df, n);
        }
    }

    public IEnumerable<(string Id, string BodyHash, uint[] Signature, long StoryId)> LoadSignatures()
    {
        lock (gate)
        {
            using var cmd = Command("SELECT id, body_hash, signature, story_id FROM articles WHERE duplicate_of IS NULL ORDER BY seq");
            return StoreReads.Signatures(cmd);
        }
    }

    public IReadOnlyList<StoryState> FindStories(DateOnly? from, DateOnly? to)
    {
        lock (gate)
        {
            return ReadStories(
                "SELECT id, title, first, last, size, state FROM stories " +
                "WHERE ($from IS NULL OR last >= $from) AND ($to IS NULL OR first <= $to) ORDER BY last DESC, size DESC, id",
                [("$from", StoreReads.Iso(from)), ("$to", StoreReads.Iso(to))]);
        }
    }

    public StoryState? GetStory(long id)
    {
        lock (gate)
        {
            return ReadStories("SELECT id, title, first, last, size, state FROM stories WHERE id = $id", [("$id", id)]).FirstOrDefault();
        }
    }

    public IReadOnlyList<(string Id, string? Outlet, DateOnly? Published, string? DuplicateOf)> StoryMembers(long storyId)
    {
        lock (gate)
        {
            using var cmd = Command("SELECT id, outlet, published, duplicate_of FROM articles WHERE story_id = $s ORDER BY published IS NULL, published, seq");
            cmd.Parameters.AddWithValue("$s", storyId);
            return StoreReads.StoryMembers(cmd);
        }
    }

    public ImmutableArray<EntityMatch> FindEntities(string nameOrId, int limit = 20)
    {
        lock (gate)
        {
            var norm = NameKey.Normalize(nameOrId);
            using var cmd = Command(
                "SELECT e.id, e.name, e.type, e.articles, MIN(CASE WHEN e.id = $raw THEN 0 WHEN a.norm = $norm THEN 1 ELSE 2 END) AS rank " +
                "FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id " +
                "WHERE e.id = $raw OR a.norm = $norm OR ($len >= 3 AND a.norm LIKE $like ESCAPE '\\') " +
                "GROUP BY e.id ORDER BY rank, e.articles DESC, e.id LIMIT $limit");
            cmd.Parameters.AddWithValue("$raw", nameOrId.Trim());
            cmd.Parameters.AddWithValue("$norm", norm);
            cmd.Parameters.AddWithValue("$len", norm.Length);
            cmd.Parameters.AddWithValue("$like", StoreReads.ContainsPattern(norm));
            cmd.Parameters.AddWithValue("$limit", limit);
            return StoreReads.EntityMatches(cmd);
        }
    }

    public IReadOnlyDictionary<string, string> EntityNames(IEnumerable<string> ids)
    {
        lock (gate)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            using var entity = Command("SELECT name FROM entities WHERE id = $id");
            using var speaker = Command("SELECT speaker_name FROM quotes WHERE speaker_key = $id LIMIT 1");
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                var name = entity.Scalar(("$id", id)) as string ?? speaker.Scalar(("$id", id)) as string;
                if (name is not null)
                {
                    names[id] = name;
                }
            }

            return names;
        }
    }

    public IReadOnlyList<TimelineItem> Timeline(string entityId)
    {
        lock (gate)
        {
            using var cmd = Command(
                "SELECT * FROM (SELECT a.published AS published, 'quote', a.id AS article, a.headline, a.outlet, q.text, q.cue, a.dateline, a.seq, q.ordinal AS ordinal FROM quotes q JOIN articles a ON a.seq = q.article_seq " +
                "WHERE q.speaker_key = $id AND a.duplicate_of IS NULL " +
                "UNION ALL " +
                "SELECT a.published, 'mention', a.id, a.headline, a.outlet, m.context, NULL, a.dateline, a.seq, -1 FROM mentions m JOIN articles a ON a.seq = m.article_seq " +
                "WHERE m.entity_id = $id AND a.duplicate_of IS NULL " +
                ") ORDER BY published IS NULL, published, article, ordinal");
            cmd.Parameters.AddWithValue("$id", entityId);
            return StoreReads.Timeline(cmd);
        }
    }

    public IReadOnlyList<string> FindSpeakerKeys(string nameOrId)
    {
        lock (gate)
        {
            using var cmd = Command("SELECT DISTINCT speaker_key FROM quotes WHERE speaker_key = $raw OR speaker_norm = $norm OR entity_id = $raw ORDER BY 1");
            cmd.Parameters.AddWithValue("$raw", nameOrId.Trim());
            cmd.Parameters.AddWithValue("$norm", NameKey.Normalize(nameOrId));
            return StoreReads.Strings(cmd);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            statements?.Dispose();
            statements = null;
            connection.Dispose();
        }
    }
}
