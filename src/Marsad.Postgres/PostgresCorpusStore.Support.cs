using System.Data;
using System.Runtime.InteropServices;
using System.Text.Json;
using Marsad.Corpus;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Postgres;

/// <summary>The batch statements and small helpers of <see cref="PostgresCorpusStore"/>.</summary>
public sealed partial class PostgresCorpusStore
{
    /// <summary>
    /// Inserts the batch's articles in order with one statement; an article whose id or key is already stored is left
    /// out (its slot stays null), which keeps a replayed batch idempotent.
    /// </summary>
    private long?[] InsertArticles(IReadOnlyList<StoredArticle> articles, ArticleRows[] rows, NpgsqlTransaction tx)
    {
        using var cmd = Command(
            "INSERT INTO articles(id, raw_key, key, body_hash, published, outlet, headline, dateline, story_id, duplicate_of, signature, json) " +
            "SELECT id, raw_key, key, body_hash, published, outlet, headline, dateline, story_id, duplicate_of, signature, json " +
            "FROM unnest(@id, @raw, @key, @hash, @published, @outlet, @headline, @dateline, @story, @duplicate, @signature, @json) WITH ORDINALITY " +
            "AS t(id, raw_key, key, body_hash, published, outlet, headline, dateline, story_id, duplicate_of, signature, json, ordinal) ORDER BY ordinal " +
            "ON CONFLICT DO NOTHING RETURNING seq, id", tx);
        Array(cmd, "id", NpgsqlDbType.Text, articles.Select(s => PostgresText.CleanNotNull(s.Article.Id)).ToArray());
        Array(cmd, "raw", NpgsqlDbType.Text, articles.Select(s => s.RawKey).ToArray());
        Array(cmd, "key", NpgsqlDbType.Text, articles.Select(s => s.Key).ToArray());
        Array(cmd, "hash", NpgsqlDbType.Text, articles.Select(s => s.BodyHash).ToArray());
        Array(cmd, "published", NpgsqlDbType.Text, articles.Select(s => StoreReads.Iso(s.Article.Published)).ToArray());
        Array(cmd, "outlet", NpgsqlDbType.Text, articles.Select(s => PostgresText.Clean(s.Article.Source.Outlet)).ToArray());
        Array(cmd, "headline", NpgsqlDbType.Text, articles.Select(s => PostgresText.Clean(s.Article.Headline)).ToArray());
        Array(cmd, "dateline", NpgsqlDbType.Text, articles.Select(s => PostgresText.Clean(s.Article.Dateline)).ToArray());
        Array(cmd, "story", NpgsqlDbType.Bigint, articles.Select(s => s.StoryId).ToArray());
        Array(cmd, "duplicate", NpgsqlDbType.Text, articles.Select(s => PostgresText.Clean(s.DuplicateOf)).ToArray());
        Array(cmd, "signature", NpgsqlDbType.Bytea, articles.Select(s => MemoryMarshal.AsBytes(s.Signature.AsSpan()).ToArray()).ToArray());
        Array(cmd, "json", NpgsqlDbType.Bytea, rows.Select(r => r.Json).ToArray());

        var seqById = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                seqById[reader.GetString(1)] = reader.GetInt64(0);
            }
        }

        var seqs = new long?[articles.Count];
        for (var i = 0; i < seqs.Length; i++)
        {
            // An id twice in one batch is inserted once: the first takes the row.
            if (seqById.Remove(PostgresText.CleanNotNull(articles[i].Article.Id), out var seq))
            {
                seqs[i] = seq;
            }
        }

        return seqs;
    }

    /// <summary>Entity, alias, mention and quote rows of the inserted articles: one array statement per table.</summary>
    private void InsertRows(IReadOnlyList<StoredArticle> articles, ArticleRows[] rows, long?[] seqs, NpgsqlTransaction tx)
    {
        var entityCounts = new Dictionary<string, (ArticleRows.EntityRow Row, int Articles)>(StringComparer.Ordinal);
        var aliases = new HashSet<(string Norm, string EntityId)>();
        List<long> mentionSeq = [], quoteSeq = [];
        List<string> mentionEntity = [];
        List<int> mentionCount = [], quoteOrdinal = [];
        List<string?> mentionContext = [], quoteKey = [], quoteName = [], quoteNorm = [], quoteEntity = [], quoteCue = [], quoteKind = [], quoteText = [];
        for (var i = 0; i < articles.Count; i++)
        {
            if (seqs[i] is not { } seq)
            {
                continue;
            }

            foreach (var entity in rows[i].Entities)
            {
                var id = PostgresText.CleanNotNull(entity.Id);
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(entityCounts, id, out var known);
                count = known ? (count.Row, count.Articles + 1) : (entity, 1);
                foreach (var alias in entity.Aliases)
                {
                    aliases.Add((PostgresText.CleanNotNull(alias), id));
                }

                mentionSeq.Add(seq);
                mentionEntity.Add(id);
                mentionCount.Add(entity.Mentions);
                mentionContext.Add(PostgresText.Clean(entity.Context));
            }

            var quotes = rows[i].Quotes;
            for (var q = 0; q < quotes.Length; q++)
            {
                quoteSeq.Add(seq);
                quoteOrdinal.Add(q);
                quoteKey.Add(PostgresText.CleanNotNull(quotes[q].SpeakerKey));
                quoteName.Add(PostgresText.CleanNotNull(quotes[q].SpeakerName));
                quoteNorm.Add(PostgresText.CleanNotNull(quotes[q].SpeakerNorm));
                quoteEntity.Add(PostgresText.Clean(quotes[q].EntityId));
                quoteCue.Add(PostgresText.Clean(quotes[q].Cue));
                quoteKind.Add(quotes[q].Kind);
                quoteText.Add(PostgresText.CleanNotNull(quotes[q].Text));
            }
        }

        using (var cmd = Command(
            "INSERT INTO entities(id, name, type, articles) SELECT * FROM unnest(@id, @name, @type, @articles) " +
            "ON CONFLICT(id) DO UPDATE SET articles = entities.articles + excluded.articles", tx))
        {
            Array(cmd, "id", NpgsqlDbType.Text, entityCounts.Keys.ToArray());
            Array(cmd, "name", NpgsqlDbType.Text, entityCounts.Values.Select(e => PostgresText.CleanNotNull(e.Row.Name)).ToArray());
            Array(cmd, "type", NpgsqlDbType.Text, entityCounts.Values.Select(e => e.Row.Type).ToArray());
            Array(cmd, "articles", NpgsqlDbType.Integer, entityCounts.Values.Select(e => e.Articles).ToArray());
            cmd.ExecuteNonQuery();
        }

        using (var cmd = Command("INSERT INTO aliases(norm, entity_id) SELECT * FROM unnest(@norm, @entity) ON CONFLICT DO NOTHING", tx))
        {
            Array(cmd, "norm", NpgsqlDbType.Text, aliases.Select(a => a.Norm).ToArray());
            Array(cmd, "entity", NpgsqlDbType.Text, aliases.Select(a => a.EntityId).ToArray());
            cmd.ExecuteNonQuery();
        }

        using (var cmd = Command("INSERT INTO mentions(article_seq, entity_id, count, context) SELECT * FROM unnest(@seq, @entity, @count, @context)", tx))
        {
            Array(cmd, "seq", NpgsqlDbType.Bigint, mentionSeq.ToArray());
            Array(cmd, "entity", NpgsqlDbType.Text, mentionEntity.ToArray());
            Array(cmd, "count", NpgsqlDbType.Integer, mentionCount.ToArray());
            Array(cmd, "context", NpgsqlDbType.Text, mentionContext.ToArray());
            cmd.ExecuteNonQuery();
        }

        using (var cmd = Command(
            "INSERT INTO quotes(article_seq, ordinal, speaker_key, speaker_name, speaker_norm, entity_id, cue, kind, text) " +
            "SELECT * FROM unnest(@seq, @ordinal, @key, @name, @norm, @entity, @cue, @kind, @text)", tx))
        {
            Array(cmd, "seq", NpgsqlDbType.Bigint, quoteSeq.ToArray());
            Array(cmd, "ordinal", NpgsqlDbType.Integer, quoteOrdinal.ToArray());
            Array(cmd, "key", NpgsqlDbType.Text, quoteKey.ToArray());
            Array(cmd, "name", NpgsqlDbType.Text, quoteName.ToArray());
            Array(cmd, "norm", NpgsqlDbType.Text, quoteNorm.ToArray());
            Array(cmd, "entity", NpgsqlDbType.Text, quoteEntity.ToArray());
            Array(cmd, "cue", NpgsqlDbType.Text, quoteCue.ToArray());
            Array(cmd, "kind", NpgsqlDbType.Text, quoteKind.ToArray());
            Array(cmd, "text", NpgsqlDbType.Text, quoteText.ToArray());
            cmd.ExecuteNonQuery();
        }
    }

    private static void Array<T>(NpgsqlCommand cmd, string name, NpgsqlDbType type, T[] values) =>
        cmd.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values });

    /// <summary>Runs a call under the connection's lock; a database error becomes an <see cref="IOException"/> naming the store.</summary>
    private T Guard<T>(Func<T> call)
    {
        lock (gate)
        {
            try
            {
                // A session lost earlier (a server restart, a network cut) is replaced on the next call, so a long-running
                // server recovers by itself; not while an ingest lock is held, which went with the old session.
                if (locksHeld == 0 && connection.State is ConnectionState.Closed or ConnectionState.Broken)
                {
                    connection.Close();
                    Connect(connection);
                }

                return call();
            }
            catch (NpgsqlException ex)
            {
                throw new IOException($"the store {Name}: {StoreLocation.Reason(ex)}", ex);
            }
            catch (InvalidOperationException ex) when (connection.State is ConnectionState.Closed or ConnectionState.Broken)
            {
                // Npgsql's answer to any call after the session was lost: a store error too, not a crash.
                throw new IOException($"the store {Name}: the connection was lost (run the command again)", ex);
            }
        }
    }

    private void Guard(Action call) => Guard(() =>
    {
        call();
        return 0;
    });

    private T Scalar<T>(string sql)
    {
        using var cmd = Command(sql);
        var value = cmd.ExecuteScalar();
        return value is null or DBNull ? default! : (T)value;
    }

    private NpgsqlCommand Command(string sql, NpgsqlTransaction? tx = null) => new(sql, connection, tx);

    private List<StoryState> ReadStories(string sql, (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql);
        StoreReads.Bind(cmd, parameters);
        return StoreReads.Stories(cmd);
    }

    /// <summary>The held ingest lock; disposing releases it (once).</summary>
    private sealed class IngestLock(PostgresCorpusStore store) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            // A lost session took its locks with it: there is nothing to release, and failing here would hide the
            // error that lost it.
            if (Interlocked.Exchange(ref released, 1) != 0)
            {
                return;
            }

            lock (store.gate)
            {
                try
                {
                    if (store.connection.State is ConnectionState.Open)
                    {
                        store.Guard(() =>
                        {
                            using var cmd = store.Command($"SELECT pg_advisory_unlock({IngestLockArguments})");
                            cmd.ExecuteNonQuery();
                        });
                    }
                }
                finally
                {
                    store.locksHeld--;
                }
            }
        }
    }
}
