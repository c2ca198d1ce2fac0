using System.Text.Json;
using Marsad.Corpus;
using Marsad.Model;
using Marsad.Postgres;
using Marsad.Serialization;
using Marsad.Sources;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Corpus;

/// <summary>
/// The PostgreSQL store against the SQLite one: the same articles give the same observable answers (counts, records,
/// stories, timelines, entity and speaker look-ups, search), plus what only a database store has to get right.
/// </summary>
public sealed class PostgresStoreTests : IDisposable
{
    private readonly List<IDisposable> cleanup = [];

    public void Dispose()
    {
        foreach (var item in cleanup)
        {
            item.Dispose();
        }
    }

    [SkippableFact]
    public void Both_stores_answer_alike_for_the_same_articles()
    {
        var articles = InventedArticles();
        var sqlite = OpenSqlite();
        var postgres = OpenPostgres(out _);

        // Small batches: stories and document frequencies are carried across several transactions.
        var a = sqlite.Add(articles, new IngestOptions { BatchSize = 4 });
        var b = postgres.Add(articles, new IngestOptions { BatchSize = 4 });

        Assert.Equal(articles.Count, a.Added);
        Assert.True(a.Duplicates > 0, "the invented articles include duplicates");
        Assert.True(sqlite.Stories(minArticles: 2).Length >= 3, "the invented articles form stories");
        Assert.Equal((a.Added, a.Duplicates, a.TotalArticles), (b.Added, b.Duplicates, b.TotalArticles));
        Assert.Equal(Snapshot(sqlite, articles), Snapshot(postgres, articles));
    }

    /// <summary>A story's vectors, per-day member counts included (the large-story window reads them), come back alike
    /// from both stores.</summary>
    [SkippableFact]
    public void Story_vectors_and_member_days_round_trip_in_both_stores()
    {
        var database = Database();
        var folder = new TempStore();
        cleanup.Add(folder);
        var story = new StoryState
        {
            Id = 7,
            Title = "عنوان القصة",
            First = new DateOnly(2018, 3, 1),
            Last = new DateOnly(2018, 3, 4),
            Size = 6,
            Centroid = new(StringComparer.Ordinal) { ["مفاوضات"] = 0.5, ["الهدنة"] = 0.25 },
            Entities = new(StringComparer.Ordinal) { ["loc:x"] = 3 },
            MemberDays = new() { [17591] = 2, [17594] = 4 },
        };
        using ICorpusStore sqlite = new SqliteCorpusStore(Path.Combine(folder.Folder, "corpus.db"));
        using ICorpusStore postgres = PostgresCorpusStore.Open(database.ConnectionString, "test-index");
        foreach (var store in new[] { sqlite, postgres })
        {
            store.WriteBatch([], [story], new Dictionary<string, int>(), 0);
            var loaded = Assert.Single(store.LoadStories());
            Assert.Equal(story.MemberDays, loaded.MemberDays);
            Assert.Equal(story.Centroid, loaded.Centroid);
            Assert.Equal(story.Entities, loaded.Entities);
            Assert.Equal((story.Title, story.First, story.Last, story.Size), (loaded.Title, loaded.First, loaded.Last, loaded.Size));
        }
    }

    [SkippableFact]
    public void A_reopened_database_resumes_like_a_reopened_folder()
    {
        var sqlite = new TempStore();
        cleanup.Add(sqlite);
        var database = Database();
        var index = database.NewIndexFolder();
        foreach (var (open, label) in new (Func<Marsad.Corpus.Corpus>, string)[] { (sqlite.Open, "sqlite"), (() => database.Open(index), "postgres") })
        {
            using (var first = open())
            {
                Assert.Equal(20, first.Ingest(Documents(0, 20), new IngestOptions { BatchSize = 6, Stages = "clean+text" }).Added);
            }

            using var second = open();
            var again = second.Ingest(Documents(0, 30), new IngestOptions { BatchSize = 6, Stages = "clean+text" });
            Assert.True((10, 20) == (again.Added, again.Skipped), label);
        }

        using var a = sqlite.Open();
        using var b = database.Open(index);
        Assert.Equal(Snapshot(a, []), Snapshot(b, []));
    }

    [SkippableFact]
    public void A_new_index_folder_is_rebuilt_from_the_database()
    {
        var database = Database();
        using (var writer = database.Open())
        {
            writer.Ingest(Documents(0, 25), new IngestOptions { BatchSize = 10, Stages = "clean+text" });
        }

        using var fresh = database.Open(database.NewIndexFolder());
        var results = fresh.Search(new SearchQuery { Text = "حديقة", Size = 100 });
        Assert.Equal(25, results.Total);
        Assert.Equal(2, database.Scalar("SELECT COUNT(DISTINCT index_id) FROM indexed"));
        Assert.Equal(50, database.Scalar("SELECT COUNT(*) FROM indexed"));
    }

    [SkippableFact]
    public void An_index_folder_deleted_and_made_again_is_rebuilt_whole_and_its_old_claims_go()
    {
        var database = Database();
        var folder = database.NewIndexFolder();
        using (var writer = database.Open(folder))
        {
            writer.Ingest(Documents(0, 25), new IngestOptions { BatchSize = 10, Stages = "clean+text" });
        }

        Directory.Delete(folder, recursive: true);
        using var again = database.Open(folder);

        Assert.Equal(25, again.Search(new SearchQuery { Text = "حديقة", Size = 100 }).Total);
        Assert.Equal(1, database.Scalar("SELECT COUNT(DISTINCT index_id) FROM indexed"));
        Assert.Equal(25, database.Scalar("SELECT COUNT(*) FROM indexed"));
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM index_folders"));
    }

    [SkippableFact]
    public void Index_files_deleted_beside_their_kept_id_file_are_rebuilt_whole()
    {
        var database = Database();
        var folder = database.NewIndexFolder();
        using (var writer = database.Open(folder))
        {
            writer.Ingest(Documents(0, 25), new IngestOptions { BatchSize = 10, Stages = "clean+text" });
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != "marsad-index-id"))
        {
            File.Delete(file);
        }

        using var again = database.Open(folder);

        Assert.Equal(25, again.Search(new SearchQuery { Text = "حديقة", Size = 100 }).Total);
        Assert.Equal(25, database.Scalar("SELECT COUNT(*) FROM indexed"));
    }

    [SkippableFact]
    public void A_vanished_index_folder_of_this_machine_loses_its_claims_when_another_index_opens()
    {
        var database = Database();
        var gone = database.NewIndexFolder();
        var kept = database.NewIndexFolder();
        using (var writer = database.Open(gone))
        {
            writer.Ingest(Documents(0, 25), new IngestOptions { BatchSize = 10, Stages = "clean+text" });
        }

        using (database.Open(kept))
        {
        }

        Assert.Equal(50, database.Scalar("SELECT COUNT(*) FROM indexed"));
        Directory.Delete(gone, recursive: true);

        using (var reader = database.Open(kept))
        {
            Assert.Equal(25, reader.Search(new SearchQuery { Text = "حديقة", Size = 100 }).Total);
        }

        Assert.Equal(25, database.Scalar("SELECT COUNT(*) FROM indexed"));
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM index_folders"));
    }

    [SkippableFact]
    public void A_database_of_schema_1_is_migrated_and_keeps_its_articles()
    {
        var database = Database();
        using (var writer = database.Open())
        {
            writer.Ingest(Documents(0, 10), new IngestOptions { BatchSize = 10, Stages = "clean+text" });
        }

        // Schema 1 as session 11 left it: no index_folders table, no story versions.
        database.Execute("SET search_path TO " + SearchPath(database) + "; DROP TABLE index_folders; " +
            "DROP TRIGGER stories_version ON stories; DROP FUNCTION marsad_story_version(); ALTER TABLE stories DROP COLUMN version; " +
            "UPDATE marsad_schema SET version = 1");
        using var migrated = database.Open();

        Assert.Equal(10, migrated.Count);
        Assert.Equal(PostgresCorpusStore.SchemaVersion, database.Scalar("SELECT MAX(version) FROM marsad_schema"));
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM index_folders")); // the index opened since
        Assert.Equal(1, database.Scalar("SET search_path TO " + SearchPath(database) + "; " +
            "SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'stories_version' AND c.relnamespace = to_regnamespace(current_schema())::oid"));
        // The stories of schema 1 are older than any version a worker re-reads from (it loads them whole first).
        Assert.True(database.Scalar("SET search_path TO " + SearchPath(database) + "; SELECT COUNT(*) FROM stories WHERE version = 0") > 0);
    }

    [SkippableFact]
    public void Stories_a_schema_1_worker_still_running_writes_after_the_migration_are_read_as_changed()
    {
        // A worker started before the upgrade keeps writing with its own statements, which name no story version:
        // a new worker must still re-read what it inserted and updated, or it reuses the new story's id and writes
        // its own story over it.
        var database = Database();
        using (var writer = database.Open())
        {
            writer.Ingest(Documents(0, 10), new IngestOptions { BatchSize = 10, Stages = "clean+text" });
        }

        using var store = PostgresCorpusStore.Open(database.ConnectionString, "migrated-reader");
        var before = store.Version;
        var updated = database.Scalar("SET search_path TO " + SearchPath(database) + "; SELECT MIN(id) FROM stories");
        var inserted = database.Scalar("SET search_path TO " + SearchPath(database) + "; SELECT MAX(id) + 1 FROM stories");

        // Session 11's batch: the stories upserted without a version, then the store version bumped.
        database.Execute("SET search_path TO " + SearchPath(database) + "; " +
            "INSERT INTO stories(id, title, first, last, size, state) " +
            $"SELECT {inserted}, title, first, last, size, state FROM stories WHERE id = {updated} UNION ALL " +
            $"SELECT id, 'عنوان جديد', first, last, size + 1, state FROM stories WHERE id = {updated} " +
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last, size = excluded.size, state = excluded.state; " +
            "INSERT INTO meta(key, value) VALUES('version', 1) ON CONFLICT(key) DO UPDATE SET value = meta.value + 1");

        var (changed, stored) = store.StoriesSince(before);

        Assert.Contains(inserted, stored);
        Assert.Equal([updated, inserted], changed.Select(s => s.Id).Order());
        Assert.Equal("عنوان جديد", changed.Single(s => s.Id == updated).Title);
        Assert.Empty(store.StoriesSince(store.Version).Changed);
    }

    [SkippableFact]
    public void Workers_taking_turns_batch_by_batch_leave_every_story_the_size_of_its_members()
    {
        // Each worker re-reads only the stories the other changed since its last batch: one missed change would be
        // written back stale, and the story's size would no longer count its members.
        var database = Database();
        using var first = database.Open();
        using var second = database.Open();
        var options = new IngestOptions { BatchSize = 3, Stages = "clean+text", DegreeOfParallelism = 1 };

        var reports = new[] { (first, From: 0), (second, From: 1) }.AsParallel().WithDegreeOfParallelism(2)
            .Select(w => w.Item1.Ingest(Interleaved(w.From), options)).ToList();

        Assert.Equal(80, reports.Sum(r => r.Added));
        Assert.Equal(0, database.Scalar(
            "SELECT COUNT(*) FROM stories s WHERE size <> (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id AND a.duplicate_of IS NULL)"));
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)"));
        Assert.True(database.Scalar(
            "SELECT COUNT(*) FROM stories s WHERE EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.id LIKE 'w0-%') " +
            "AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.id LIKE 'w1-%')") > 0, "the workers grew stories together");

        static IEnumerable<SourceResult> Interleaved(int worker) =>
            Enumerable.Range(0, 40).Select(i => SourceResult.Ok(Some.Document(
                $"افتتحت البلدية {i % 4} حديقة عامة في الحي {i % 4} بعد أشهر من العمل.\nوقال المهندس {worker}{i} إن الأشجار زرعت في الصباح رقم {i}.",
                id: $"w{worker}-{i}",
                published: new DateTimeOffset(2018, 3, 1 + (i % 3), 0, 0, 0, TimeSpan.Zero))));
    }

    [SkippableFact]
    public void Hostile_strings_round_trip_and_look_ups_do_not_fail()
    {
        var postgres = OpenPostgres(out _);
        var sqlite = OpenSqlite();
        const string nul = "\0";
        const string lone = "\uD800";
        var body = $"صرح المتحدث{nul} باسم اللجنة{lone} بأن الاجتماع تأجل. وقال إن الموعد الجديد سيعلن لاحقا {nul}% _ \\ ' \" ;-- DROP TABLE articles;";
        var hostile = CorpusArticles.Make(
            $"id{nul}with'quote\"and%_", body, headline: $"عنوان{nul}{lone}", outlet: $"outlet{nul}",
            date: "2018-03-03",
            entities: [($"org:x{nul}y", $"اللجنة{lone}", EntityType.ORG)],
            quotes: [($"المتحدث{nul}", null, "إن الموعد الجديد سيعلن لاحقا")]);
        var plain = CorpusArticles.Make("plain", "خبر عادي عن الطقس في المدينة الساحلية.", date: "2018-03-04");

        Assert.Equal(2, postgres.Add([hostile, plain]).Added);
        sqlite.Add([hostile, plain]);

        // The record keeps what the SQLite store keeps (NUL included); only the look-up columns hold U+FFFD where
        // PostgreSQL cannot hold a character.
        var stored = postgres.GetArticle(hostile.Id)!;
        Assert.Equal(ArticleJson.Serialize(sqlite.GetArticle(hostile.Id)!), ArticleJson.Serialize(stored));
        Assert.Contains('\0', stored.Headline!);
        Assert.Contains('\0', stored.Body);
        Assert.Equal(2, postgres.Count);
        foreach (var query in new[] { nul, lone, "%", "_", "\\", "'", $"org:x{nul}y", "اللجنة", "" })
        {
            Assert.Equal(
                sqlite.FindEntities(query).Select(e => e.Id.Replace(nul, "\uFFFD", StringComparison.Ordinal)),
                postgres.FindEntities(query).Select(e => e.Id));
            _ = postgres.Timeline(query);
            _ = postgres.Search(new SearchQuery { Text = query, Speaker = query, Lenient = true });
        }

        Assert.NotNull(postgres.Timeline($"org:x{nul}y"));
        Assert.Single(postgres.Store.FindSpeakerKeys($"المتحدث{nul}"));
        Assert.Equal(sqlite.Stories(minArticles: 1).Length, postgres.Stories(minArticles: 1).Length);
    }

    [SkippableFact]
    public void Ids_that_differ_only_in_characters_postgres_cannot_hold_are_both_stored()
    {
        var postgres = OpenPostgres(out var database);

        // The id column holds U+FFFD for a NUL or an unpaired surrogate, so these three ids meet there: each article
        // must still get a row of its own (as the SQLite store keeps each), in one batch and across runs.
        var first = CorpusArticles.Make("wire\0", "وصلت الشحنة الأولى من الأسمدة إلى المستودع الشرقي.", date: "2018-04-01");
        var second = CorpusArticles.Make("wire\uFFFD", "تأجل افتتاح المعرض الزراعي بسبب الأمطار الغزيرة.", date: "2018-04-02");
        var third = CorpusArticles.Make("wire\uD800", "فاز فريق المدرسة الثانوية ببطولة الشطرنج الإقليمية.", date: "2018-04-03");

        Assert.Equal(2, postgres.Add([first, second]).Added);
        Assert.Equal(1, postgres.Add([third]).Added);

        Assert.Equal(3, postgres.Count);
        Assert.Equal(3, database.Scalar("SELECT COUNT(*) FROM articles"));
        var bodies = postgres.Store.GetStored(postgres.Store.Keys().Ids).Select(s => s.Article.Body).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { first.Body, second.Body, third.Body }.Order(StringComparer.Ordinal), bodies);
    }

    [SkippableFact]
    public void A_worker_whose_machine_vanishes_is_noticed_by_the_server_within_minutes()
    {
        var database = Database();
        var host = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Host ?? "";
        Skip.If(host.StartsWith('/'), "the test server is reached over a Unix socket, where TCP keepalives do not apply");

        // The ingest lock is a session lock: a worker that dies without closing its socket (power, network) holds it
        // until the server sees the connection dead, by the OS default two hours of every other worker waiting.
        using var store = PostgresCorpusStore.Open(database.ConnectionString, "keepalive-test");
        var idle = int.Parse(store.Setting("tcp_keepalives_idle"), System.Globalization.CultureInfo.InvariantCulture);
        var interval = int.Parse(store.Setting("tcp_keepalives_interval"), System.Globalization.CultureInfo.InvariantCulture);
        var count = int.Parse(store.Setting("tcp_keepalives_count"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(idle, 1, 120);
        Assert.InRange(idle + (interval * count), 1, 300);
    }

    [SkippableFact]
    public void The_ingest_lock_is_held_per_store_not_per_database()
    {
        var first = Database();
        var other = Database();
        using var holder = PostgresCorpusStore.Open(first.ConnectionString, "lock-a");
        using var sameStore = PostgresCorpusStore.Open(first.ConnectionString, "lock-b");
        using var otherStore = PostgresCorpusStore.Open(other.ConnectionString, "lock-c");

        Task waiting;
        using (holder.LockIngest())
        {
            // A store in another schema of the same database has ingests of its own to run meanwhile.
            Assert.True(Task.Run(() => otherStore.LockIngest().Dispose()).Wait(TimeSpan.FromSeconds(30)), "a store in another schema waited");
            waiting = Task.Run(() => sameStore.LockIngest().Dispose());
            Assert.False(waiting.Wait(TimeSpan.FromSeconds(1)), "a second worker on the same store did not wait");
        }

        Assert.True(waiting.Wait(TimeSpan.FromSeconds(30)));
    }

    [SkippableFact]
    public void A_lost_session_gives_store_errors_releases_its_lock_quietly_and_is_replaced_once_unlocked()
    {
        var database = Database();
        using var worker = PostgresCorpusStore.Open(database.ConnectionString, "lost-a");
        using var next = PostgresCorpusStore.Open(database.ConnectionString, "lost-b");
        var held = worker.LockIngest();

        // The server ends the session mid-batch: the batch fails with its own error, and the release on the way out
        // (the lock went with the session) must not replace that error with a second one.
        database.Execute($"SELECT pg_terminate_backend({worker.BackendProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        Assert.Throws<IOException>(() => worker.Count);
        var again = Assert.Throws<IOException>(() => worker.Count);
        Assert.Contains("connection", again.Message, StringComparison.Ordinal);

        held.Dispose();
        Assert.True(Task.Run(() => next.LockIngest().Dispose()).Wait(TimeSpan.FromSeconds(30)), "the lost session's lock was not freed");

        // With no lock held, the next call opens a new session (a server outlives a database restart).
        Assert.Equal(0, worker.Count);
    }

    [SkippableFact]
    public void A_database_of_a_newer_schema_is_refused_naming_it_without_the_password()
    {
        var database = Database();
        using (database.Open())
        {
        }

        database.Execute("SET search_path TO " + SearchPath(database) + "; UPDATE marsad_schema SET version = version + 1");
        var withPassword = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString);
        var error = Assert.Throws<IOException>(() => database.Open());
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Contains(withPassword.Host!, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(":" + withPassword.Password + "@", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public void A_wrong_password_is_reported_as_an_authentication_failure()
    {
        var database = Database();
        var wrong = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "not-the-password-4711" }.ConnectionString;
        IOException? error = null;
        try
        {
            using var corpus = StoreLocation.Open(wrong, database.NewIndexFolder());
        }
        catch (IOException ex)
        {
            error = ex;
        }

        Skip.If(error is null, "the test server trusts its clients without a password: nothing to check");
        Assert.Contains("authentication failed", error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password-4711", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_is_a_clear_error_without_the_password()
    {
        using var index = new TempStore();
        var error = Assert.Throws<IOException>(() => StoreLocation.Open("postgres://someone:s3cret-pw@127.0.0.1:1/nowhere?Timeout=3", index.Folder));
        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
        Assert.Contains("postgresql://someone@127.0.0.1:1/nowhere", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "x")]
    [InlineData("stories")]
    [InlineData("timeline", "x")]
    [InlineData("ingest", "no-such-input")]
    public void Commands_name_an_unreachable_database_without_its_password(params string[] command)
    {
        using var index = new TempStore();
        var (code, output, error) = MarsadCli.Run([.. command, "--store", "postgres://someone:s3cret-pw@127.0.0.1:1/nowhere?Timeout=3", "--index", index.Folder]);
        Assert.NotEqual(0, code);
        Assert.Contains("postgresql://someone@127.0.0.1:1/nowhere", error, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error, "postgresql://someone@"));
        Assert.Contains("unreachable", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", output + error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_commands_read_a_database_through_an_index_folder_of_their_own()
    {
        var database = Database();
        using (var corpus = database.Open())
        {
            corpus.Add(InventedArticles());
        }

        var index = database.NewIndexFolder();
        var search = MarsadCli.Run("search", "سد", "--store", database.ConnectionString, "--index", index);
        var stories = MarsadCli.Run("stories", "--format", "jsonl", "--store", database.ConnectionString, "--index", index);
        var timeline = MarsadCli.Run("timeline", "per:salim", "--format", "jsonl", "--store", database.ConnectionString, "--index", index);

        Assert.True(search.Code == 0, search.Err);
        Assert.StartsWith("8 articles", search.Out, StringComparison.Ordinal);
        Assert.True(stories.Code == 0 && stories.Out.Contains("inv-00", StringComparison.Ordinal), stories.Err);
        Assert.True(timeline.Code == 0 && timeline.Out.Contains("inv-00", StringComparison.Ordinal), timeline.Err);
        Assert.True(File.Exists(Path.Combine(index, "marsad-index-id")));
    }

    [SkippableFact]
    public void A_stale_index_beside_a_database_is_named_in_the_rebuild_advice()
    {
        var database = Database();
        using (var corpus = database.Open())
        {
            corpus.Add(InventedArticles());
        }

        // An index folder left by an older analyzer chain: the advice must rebuild that folder, and must not offer a
        // --store address stripped of its password (it would fail to authenticate).
        var index = database.NewIndexFolder();
        using (var directory = Lucene.Net.Store.FSDirectory.Open(index))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
            Marsad.Search.SearchAnalyzers.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(Marsad.Search.SearchAnalyzers.Version))))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["marsad.analyzer"] = "1" });
            writer.Commit();
        }

        var (code, _, error) = MarsadCli.Run("search", "سد", "--store", database.ConnectionString, "--index", index);

        Assert.True(code == 0, error);
        Assert.Contains("older analyzer", error, StringComparison.Ordinal);
        Assert.Contains($"marsad ingest --reindex --index {index}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("--store postgresql://", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://u:p@db.example:5433/news", true)]
    [InlineData("postgresql://db.example/news", true)]
    [InlineData("Host=db.example;Database=news;Username=u", true)]
    [InlineData("marsad-data", false)]
    [InlineData("/var/lib/marsad", false)]
    [InlineData("/srv/ghosts=2018", false)]
    [InlineData("backup-host=b", false)]
    public void Store_values_name_a_database_or_a_folder(string value, bool isDatabase) =>
        Assert.Equal(isDatabase, StoreLocation.IsPostgres(value));

    [Fact]
    public void A_postgres_uri_becomes_a_connection_string_with_escapes_decoded()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(StoreLocation.ConnectionString("postgres://us%40er:p%3Ass@db.example:5433/news%20room?sslmode=disable"));
        Assert.Equal(("db.example", 5433, "us@er", "p:ss", "news room"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
        Assert.Equal(Npgsql.SslMode.Disable, builder.SslMode);
        Assert.Throws<ArgumentException>(() => StoreLocation.ConnectionString("postgres://"));
    }

    /// <summary>Every answer the corpus gives about these articles, as text to compare.</summary>
    internal static string Snapshot(Marsad.Corpus.Corpus corpus, IReadOnlyList<AnalyzedArticle> articles)
    {
        var entityQueries = articles.SelectMany(a => a.Entities).SelectMany(e => new[] { e.Id, e.Name, e.Name.Length > 4 ? e.Name[2..^1] : e.Name })
            .Append("غير موجود").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var speakers = articles.SelectMany(a => a.Quotes).Select(q => q.Speaker.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var stories = corpus.Stories(minArticles: 1, limit: 100_000);
        var snapshot = new
        {
            corpus.Count,
            Records = articles.Select(a => corpus.GetArticle(a.Id) is { } stored ? ArticleJson.Serialize(stored) : null),
            Stories = stories,
            Members = stories.Select(s => corpus.Store.StoryMembers(long.Parse(s.Id[1..], System.Globalization.CultureInfo.InvariantCulture))
                .Select(m => $"{m.Id}|{m.Outlet}|{m.Published}|{m.DuplicateOf}")),
            StoryOf = articles.Select(a => corpus.StoryOf(a.Id)?.Id),
            Between = corpus.Stories(new DateOnly(2018, 3, 2), new DateOnly(2018, 3, 3), minArticles: 1).Select(s => s.Id),
            Entities = entityQueries.Select(q => corpus.FindEntities(q)),
            Timelines = entityQueries.Select(q => corpus.Timeline(q)),
            Speakers = speakers.Select(s => corpus.Store.FindSpeakerKeys(s)),
            Names = corpus.Store.EntityNames(entityQueries.Concat(speakers)).OrderBy(p => p.Key, StringComparer.Ordinal),
            Signatures = corpus.Store.LoadSignatures().Select(s => $"{s.Id}|{s.BodyHash}|{s.StoryId}|{string.Join(',', s.Signature)}"),
            Frequencies = corpus.Store.LoadDocumentFrequencies() is var (df, n) ? df.OrderBy(p => p.Key, StringComparer.Ordinal).Append(new("", n)) : [],
            Search = new[] { "سد", "قمر OR كأس", "\"نادي الشروق\"", "" }.Select(q => corpus.Search(new SearchQuery { Text = q, Size = 50 }))
                .Select(r => (r.Total, string.Join(',', r.Hits.Select(h => h.Id)))),
        };
        return JsonSerializer.Serialize(snapshot, new JsonSerializerOptions { IncludeFields = true });
    }

    /// <summary>Invented articles on three subjects over a few days, with entities, quotes and repeated bodies.</summary>
    internal static List<AnalyzedArticle> InventedArticles()
    {
        (string Body, (string, string, EntityType)[] Entities, (string, string?, string)[] Quotes)[] subjects =
        [
            ("افتتحت وزارة المياه سدا جديدا على نهر الوادي الأخضر بطاقة تخزين {0} مليون متر مكعب. وقال سليم الناصر إن السد سيروي آلاف الهكتارات.",
                [("org:water", "وزارة المياه", EntityType.ORG), ("per:salim", "سليم الناصر", EntityType.PERS)],
                [("سليم الناصر", "per:salim", "إن السد سيروي آلاف الهكتارات")]),
            ("أطلقت هيئة الفضاء قمرا صناعيا لرصد الطقس من قاعدة الصحراء الشرقية في رحلتها رقم {0}. وأكدت نادية الكرمي أن القمر يعمل بكفاءة.",
                [("org:space", "هيئة الفضاء", EntityType.ORG), ("per:nadia", "نادية الكرمي", EntityType.PERS)],
                [("نادية الكرمي", null, "أن القمر يعمل بكفاءة")]),
            ("فاز نادي الشروق ببطولة الكأس بعد مباراة نهائية أمام نادي الفجر انتهت بنتيجة {0} أهداف. وقال مدرب الفريق إن اللاعبين قدموا أداء رائعا.",
                [("org:shorooq", "نادي الشروق", EntityType.ORG), ("loc:valley", "الوادي", EntityType.LOC)],
                [("مدرب الفريق", null, "إن اللاعبين قدموا أداء رائعا")]),
        ];
        var result = new List<AnalyzedArticle>();
        for (var i = 0; i < 24; i++)
        {
            var (body, entities, quotes) = subjects[i % subjects.Length];

            // Every eighth article repeats an earlier body word for word (a duplicate); one has no date.
            var number = i % 8 == 5 ? i - 3 : i;
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, body, number);
            var date = i == 13 ? null : $"2018-03-{1 + (i % 5):D2}";
            result.Add(CorpusArticles.Make($"inv-{i:D2}", text, headline: $"خبر رقم {i}", outlet: $"Outlet{i % 4}", date: date, entities: entities, quotes: quotes));
        }

        return result;
    }

    internal static IEnumerable<SourceResult> Documents(int from, int count) =>
        Enumerable.Range(from, count).Select(i => SourceResult.Ok(Some.Document(
            $"أعلنت البلدية رقم {i % 7} عن افتتاح حديقة عامة جديدة في الحي {i % 5}.\nوقال رئيس البلدية إن المشروع كلف {i * 10} ألف دينار.",
            id: $"p{i}",
            published: new DateTimeOffset(2018, 3, 1 + (i % 6), 0, 0, 0, TimeSpan.Zero))));

    private static string SearchPath(PostgresTestDatabase database) => new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).SearchPath!;

    private PostgresTestDatabase Database()
    {
        var database = PostgresTestDatabase.CreateOrSkip();
        cleanup.Add(database);
        return database;
    }

    private Marsad.Corpus.Corpus OpenSqlite()
    {
        var store = new TempStore();
        cleanup.Add(store);
        var corpus = store.Open();
        cleanup.Insert(0, corpus);
        return corpus;
    }

    private Marsad.Corpus.Corpus OpenPostgres(out PostgresTestDatabase database)
    {
        database = Database();
        var corpus = database.Open();
        cleanup.Insert(0, corpus);
        return corpus;
    }
}
