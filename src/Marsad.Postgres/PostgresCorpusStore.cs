using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Marsad.Corpus;
using Marsad.Model;
using Marsad.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Postgres;

/// <summary>
/// The PostgreSQL store: the same records and answers as <see cref="SqliteCorpusStore"/>, in a database several
/// ingest workers and servers share. Each batch is one transaction with array (unnest) statements, so a batch is a
/// handful of round trips. Every search index (a local folder per process) has an id, and the store remembers which
/// rows each index holds. Calls are serialised on one connection, as the SQLite store's are.
/// </summary>
public sealed partial class PostgresCorpusStore : ISharedCorpusStore
{
    private const string StoredColumns = "json, raw_key, key, body_hash, story_id, duplicate_of, signature";

    private readonly NpgsqlConnection connection;
    private readonly string indexId;
    private readonly Lock gate = new();

    // Ingest locks handed out and not yet disposed: while one is held a lost session is not silently replaced (the
    // ordered step would go on without the lock).
    private int locksHeld;

    private PostgresCorpusStore(NpgsqlConnection connection, string name, string indexId)
    {
        this.connection = connection;
        Name = name;
        this.indexId = indexId;
    }

    /// <summary>The database's address without the password (for messages).</summary>
    public string Name { get; }

    public long Count => Guard(() => Scalar<long>("SELECT COUNT(*) FROM articles"));

    public long Version => Guard(() => Scalar<long?>("SELECT value FROM meta WHERE key = 'version'") ?? 0);

    // seq is handed out inside the batch's transaction after the version bump, which holds the version row until the
    // commit: a later batch's rows get higher seqs and no lower seq can appear after this is read.
    public long LastPosition => Guard(() => Scalar<long?>("SELECT MAX(seq) FROM articles") ?? 0);

    /// <summary>
    /// Connects, creates or migrates the schema. <paramref name="indexId"/> names the search index whose rows
    /// <see cref="Unindexed"/> and <see cref="MarkIndexed"/> track. Throws <see cref="IOException"/> naming the store
    /// and the reason (unreachable, authentication, a newer schema).
    /// </summary>
    public static PostgresCorpusStore Open(string connectionString, string indexId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexId);
        var name = StoreLocation.Describe(connectionString);
        NpgsqlConnection? connection = null;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "marsad" };
            connection = new NpgsqlConnection(builder.ConnectionString);
            Connect(connection);
            Migrate(connection, name);
            return new PostgresCorpusStore(connection, name, indexId);
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            connection?.Dispose();
            throw new IOException($"cannot open the store {name}: {StoreLocation.Reason(ex)}", ex);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>Opens the session and sets it up.</summary>
    private static void Connect(NpgsqlConnection connection)
    {
        connection.Open();

        // The ingest lock lives as long as this session. A worker whose machine vanishes (power, network) without
        // closing its socket would hold it until the server's TCP keepalive gives up, by the OS defaults over two
        // hours of every other worker waiting; probing after a minute frees it in about two. (Unix sockets ignore these.)
        using var keepalive = new NpgsqlCommand("SET tcp_keepalives_idle = 60; SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 6", connection);
        keepalive.ExecuteNonQuery();
    }

    /// <summary>The server process of this store's session (tests, diagnostics).</summary>
    internal int BackendProcessId => Guard(() => Scalar<int>("SELECT pg_backend_pid()"));

    /// <summary>A setting of this store's session (tests, diagnostics).</summary>
    internal string Setting(string name) => Guard(() =>
    {
        using var cmd = Command("SELECT current_setting(@name)");
        cmd.Parameters.AddWithValue("name", name);
        return (string)cmd.ExecuteScalar()!;
    });

    public (HashSet<string> RawKeys, HashSet<string> Keys, HashSet<string> Ids) Keys() => Guard(() =>
    {
        using var cmd = Command("SELECT raw_key, key, id FROM articles");
        return StoreReads.Keys(cmd);
    });

    /// <summary>The id column holds U+FFFD for what PostgreSQL text cannot hold (NUL, unpaired surrogates).</summary>
    public string IdKey(string id) => PostgresText.CleanNotNull(id);

    public IDisposable LockIngest()
    {
        Guard(() =>
        {
            // No timeout: another worker may hold the lock for a whole batch.
            using var cmd = Command($"SELECT pg_advisory_lock({IngestLockArguments})");
            cmd.CommandTimeout = 0;
            cmd.ExecuteNonQuery();
            locksHeld++;
            return 0;
        });
        return new IngestLock(this);
    }

    public void WriteBatch(IReadOnlyList<StoredArticle> articles, IReadOnlyCollection<StoryState> stories, IReadOnlyDictionary<string, int> documentFrequencyDeltas, int documentCountDelta) => Guard(() =>
    {
        using var tx = connection.BeginTransaction();
        var rows = new ArticleRows[articles.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = articles[i].Rows ?? ArticleRows.Create(articles[i].Article);
        }

        // The batch's store version first: the stories it writes carry it (see StoriesSince).
        long version;
        using (var bump = Command(
            "INSERT INTO meta(key, value) VALUES('version', 1) ON CONFLICT(key) DO UPDATE SET value = meta.value + 1 RETURNING value", tx))
        {
            version = (long)bump.ExecuteScalar()!;
        }

        var seqs = InsertArticles(articles, rows, tx);
        InsertRows(articles, rows, seqs, tx);

        var upserts = new List<StoryState>();
        foreach (var story in stories)
        {
            if (story.MergedInto is { } into)
            {
                // As in SQLite: the members (this batch's already inserted) move to the older story, the row goes.
                using var move = Command("UPDATE articles SET story_id = @into WHERE story_id = @gone; DELETE FROM stories WHERE id = @gone", tx);
                move.Parameters.AddWithValue("into", into);
                move.Parameters.AddWithValue("gone", story.Id);
                move.ExecuteNonQuery();
            }
            else
            {
                upserts.Add(story);
            }
        }

        using (var upsert = Command(
            "INSERT INTO stories(id, title, first, last, size, state, version) SELECT *, @version FROM unnest(@id, @title, @first, @last, @size, @state) " +
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last, size = excluded.size, state = excluded.state, version = excluded.version", tx))
        {
            upsert.Parameters.AddWithValue("version", version);
            Array(upsert, "id", NpgsqlDbType.Bigint, upserts.Select(s => s.Id).ToArray());
            Array(upsert, "title", NpgsqlDbType.Text, upserts.Select(s => PostgresText.CleanNotNull(s.Title)).ToArray());
            Array(upsert, "first", NpgsqlDbType.Text, upserts.Select(s => StoreReads.Iso(s.First)).ToArray());
            Array(upsert, "last", NpgsqlDbType.Text, upserts.Select(s => StoreReads.Iso(s.Last)).ToArray());
            Array(upsert, "size", NpgsqlDbType.Integer, upserts.Select(s => s.Size).ToArray());
            Array(upsert, "state", NpgsqlDbType.Bytea, upserts.Select(StoryVectors.Serialize).ToArray());
            upsert.ExecuteNonQuery();
        }

        using (var df = Command(
            "INSERT INTO df(term, n) SELECT * FROM unnest(@term, @n) ON CONFLICT(term) DO UPDATE SET n = df.n + excluded.n; " +
            "INSERT INTO meta(key, value) VALUES('documents', @documents) ON CONFLICT(key) DO UPDATE SET value = meta.value + excluded.value", tx))
        {
            // Terms that differ only in characters PostgreSQL cannot hold fold into one row, their counts summed.
            var terms = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (term, n) in documentFrequencyDeltas)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(terms, PostgresText.CleanNotNull(term), out _) += n;
            }

            Array(df, "term", NpgsqlDbType.Text, terms.Keys.ToArray());
            Array(df, "n", NpgsqlDbType.Integer, terms.Values.ToArray());
            df.Parameters.AddWithValue("documents", (long)documentCountDelta);
            df.ExecuteNonQuery();
        }

        tx.Commit();
        return 0;
    });

    /// <summary>Rows the search index of this store lacks, in store order, read a page at a time.</summary>
    public IEnumerable<StoredArticle> Unindexed() => UnindexedAfter(0);

    public IEnumerable<StoredArticle> UnindexedAfter(long position)
    {
        var after = position;
        while (true)
        {
            var page = Guard(() =>
            {
                using var cmd = Command(
                    $"SELECT {StoredColumns}, seq FROM articles a WHERE seq > @after " +
                    "AND NOT EXISTS (SELECT 1 FROM indexed i WHERE i.index_id = @index AND i.seq = a.seq) ORDER BY seq LIMIT 500");
                cmd.Parameters.AddWithValue("after", after);
                cmd.Parameters.AddWithValue("index", indexId);
                var result = new List<StoredArticle>();
                using var reader = cmd.ExecuteReader();
                while (reader.Read())
                {
                    result.Add(StoreReads.Stored(reader));
                    after = reader.GetInt64(7);
                }

                return result;
            });
            foreach (var stored in page)
            {
                yield return stored;
            }

            if (page.Count < 500)
            {
                yield break;
            }
        }
    }

    public void MarkIndexed(IEnumerable<string> ids) => Guard(() =>
    {
        using var cmd = Command(
            "INSERT INTO indexed(index_id, seq) SELECT @index, seq FROM articles WHERE id = ANY(@ids) ON CONFLICT DO NOTHING");
        cmd.Parameters.AddWithValue("index", indexId);
        Array(cmd, "ids", NpgsqlDbType.Text, ids.Select(PostgresText.CleanNotNull).ToArray());
        cmd.ExecuteNonQuery();
        return 0;
    });

    public AnalyzedArticle? GetArticle(string id) => Guard(() =>
    {
        using var cmd = Command("SELECT json FROM articles WHERE id = @id");
        cmd.Parameters.AddWithValue("id", PostgresText.CleanNotNull(id));
        return cmd.ExecuteScalar() is byte[] json ? ArticleJson.Deserialize(Encoding.UTF8.GetString(json)) : null;
    });

    public IReadOnlyList<StoredArticle> GetStored(IEnumerable<string> ids) => Guard(() =>
    {
        var wanted = ids.Select(PostgresText.CleanNotNull).ToList();
        var found = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        using (var cmd = Command($"SELECT {StoredColumns}, id FROM articles WHERE id = ANY(@ids)"))
        {
            Array(cmd, "ids", NpgsqlDbType.Text, wanted.Distinct(StringComparer.Ordinal).ToArray());
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                found[reader.GetString(7)] = StoreReads.Stored(reader);
            }
        }

        // In the order asked, as the SQLite store answers.
        return (IReadOnlyList<StoredArticle>)[.. wanted.Where(found.ContainsKey).Select(id => found[id])];
    });

    public (IReadOnlyList<StoryState> Changed, HashSet<long> Stored) StoriesSince(long version) => Guard(() =>
    {
        var changed = ReadStories("SELECT id, title, first, last, size, state FROM stories WHERE version > @version ORDER BY id", [("version", version)]);
        var stored = new HashSet<long>();
        using var cmd = Command("SELECT id FROM stories");
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            stored.Add(reader.GetInt64(0));
        }

        return ((IReadOnlyList<StoryState>)changed, stored);
    });

    public IReadOnlyList<StoryState> LoadStories() => Guard(() => ReadStories("SELECT id, title, first, last, size, state FROM stories ORDER BY id", []));

    public (Dictionary<string, int> DocumentFrequency, int DocumentCount) LoadDocumentFrequencies() => Guard(() =>
    {
        Dictionary<string, int> df;
        using (var cmd = Command("SELECT term, n FROM df"))
        {
            df = StoreReads.DocumentFrequencies(cmd);
        }

        return (df, (int)(Scalar<long?>("SELECT value FROM meta WHERE key = 'documents'") ?? 0));
    });

    public IEnumerable<(string Id, string BodyHash, uint[] Signature, long StoryId)> LoadSignatures() => Guard(() =>
    {
        using var cmd = Command("SELECT id, body_hash, signature, story_id FROM articles WHERE duplicate_of IS NULL ORDER BY seq");
        return (IEnumerable<(string, string, uint[], long)>)StoreReads.Signatures(cmd);
    });

    public IReadOnlyList<StoryState> FindStories(DateOnly? from, DateOnly? to) => Guard(() => ReadStories(
        "SELECT id, title, first, last, size, state FROM stories " +
        "WHERE (@from::text IS NULL OR last >= @from::text) AND (@to::text IS NULL OR first <= @to::text) ORDER BY last DESC NULLS LAST, size DESC, id",
        [("from", StoreReads.Iso(from)), ("to", StoreReads.Iso(to))]));

    public StoryState? GetStory(long id) => Guard(() =>
        ReadStories("SELECT id, title, first, last, size, state FROM stories WHERE id = @id", [("id", id)]).FirstOrDefault());

    public IReadOnlyList<(string Id, string? Outlet, DateOnly? Published, string? DuplicateOf)> StoryMembers(long storyId) => Guard(() =>
    {
        using var cmd = Command("SELECT id, outlet, published, duplicate_of FROM articles WHERE story_id = @s ORDER BY published IS NULL, published, seq");
        cmd.Parameters.AddWithValue("s", storyId);
        return (IReadOnlyList<(string, string?, DateOnly?, string?)>)StoreReads.StoryMembers(cmd);
    });

    public ImmutableArray<EntityMatch> FindEntities(string nameOrId, int limit = 20) => Guard(() =>
    {
        var norm = PostgresText.CleanNotNull(NameKey.Normalize(nameOrId));
        using var cmd = Command(
            "SELECT e.id, e.name, e.type, e.articles, MIN(CASE WHEN e.id = @raw THEN 0 WHEN a.norm = @norm THEN 1 ELSE 2 END) AS rank " +
            "FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id " +
            "WHERE e.id = @raw OR a.norm = @norm OR (@len >= 3 AND a.norm LIKE @like ESCAPE '\\') " +
            "GROUP BY e.id ORDER BY rank, e.articles DESC, e.id LIMIT @limit");
        cmd.Parameters.AddWithValue("raw", PostgresText.CleanNotNull(nameOrId.Trim()));
        cmd.Parameters.AddWithValue("norm", norm);
        cmd.Parameters.AddWithValue("len", norm.Length);
        cmd.Parameters.AddWithValue("like", StoreReads.ContainsPattern(norm));
        cmd.Parameters.AddWithValue("limit", (long)Math.Max(0, limit));
        return StoreReads.EntityMatches(cmd);
    });

    public IReadOnlyDictionary<string, string> EntityNames(IEnumerable<string> ids) => Guard(() =>
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        using var cmd = Command(
            "SELECT w.id, COALESCE((SELECT name FROM entities WHERE id = w.clean), " +
            "(SELECT speaker_name FROM quotes WHERE speaker_key = w.clean ORDER BY article_seq, ordinal LIMIT 1)) " +
            "FROM unnest(@ids, @clean) WITH ORDINALITY AS w(id, clean, n) ORDER BY w.n"); // rows are read back by position
        Array(cmd, "ids", NpgsqlDbType.Text, wanted.Select(PostgresText.CleanNotNull).ToArray());
        Array(cmd, "clean", NpgsqlDbType.Text, wanted.Select(PostgresText.CleanNotNull).ToArray());
        using var reader = cmd.ExecuteReader();
        for (var i = 0; reader.Read(); i++)
        {
            if (!reader.IsDBNull(1))
            {
                names[wanted[i]] = reader.GetString(1);
            }
        }

        return (IReadOnlyDictionary<string, string>)names;
    });

    public IReadOnlyList<TimelineItem> Timeline(string entityId) => Guard(() =>
    {
        using var cmd = Command(
            "SELECT published, kind, article, headline, outlet, text, cue, dateline FROM (" +
            "SELECT a.published AS published, 'quote'::text AS kind, a.id AS article, a.headline AS headline, a.outlet AS outlet, q.text AS text, q.cue AS cue, a.dateline AS dateline, q.ordinal AS ordinal " +
            "FROM quotes q JOIN articles a ON a.seq = q.article_seq WHERE q.speaker_key = @id AND a.duplicate_of IS NULL " +
            "UNION ALL " +
            "SELECT a.published, 'mention'::text, a.id, a.headline, a.outlet, m.context, NULL::text, a.dateline, -1 " +
            "FROM mentions m JOIN articles a ON a.seq = m.article_seq WHERE m.entity_id = @id AND a.duplicate_of IS NULL" +
            ") t ORDER BY published IS NULL, published, article, ordinal");
        cmd.Parameters.AddWithValue("id", PostgresText.CleanNotNull(entityId));
        return (IReadOnlyList<TimelineItem>)StoreReads.Timeline(cmd);
    });

    public IReadOnlyList<string> FindSpeakerKeys(string nameOrId) => Guard(() =>
    {
        using var cmd = Command("SELECT DISTINCT speaker_key FROM quotes WHERE speaker_key = @raw OR speaker_norm = @norm OR entity_id = @raw ORDER BY 1");
        cmd.Parameters.AddWithValue("raw", PostgresText.CleanNotNull(nameOrId.Trim()));
        cmd.Parameters.AddWithValue("norm", PostgresText.CleanNotNull(NameKey.Normalize(nameOrId)));
        return (IReadOnlyList<string>)StoreReads.Strings(cmd);
    });

    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }
}
