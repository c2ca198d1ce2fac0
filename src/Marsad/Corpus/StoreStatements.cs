using Microsoft.Data.Sqlite;

namespace Marsad.Corpus;

/// <summary>The write statements of <see cref="SqliteCorpusStore"/>, prepared once per connection (parameters by position).</summary>
internal sealed class StoreStatements : IDisposable
{
    public StoreStatements(SqliteConnection connection)
    {
        InsertArticle = new(connection,
            "INSERT INTO articles(id, raw_key, key, body_hash, published, outlet, headline, dateline, story_id, duplicate_of, signature, indexed, json) " +
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12)");
        UpsertEntity = new(connection,
            "INSERT INTO entities(id, name, type, articles) VALUES(?1, ?2, ?3, ?4) ON CONFLICT(id) DO UPDATE SET articles = articles + excluded.articles");
        InsertAlias = new(connection, "INSERT OR IGNORE INTO aliases(norm, entity_id) VALUES(?1, ?2)");
        InsertMention = new(connection, "INSERT INTO mentions(article_seq, entity_id, count, context) VALUES(?1, ?2, ?3, ?4)");
        InsertQuote = new(connection,
            "INSERT INTO quotes(article_seq, ordinal, speaker_key, speaker_name, speaker_norm, entity_id, cue, kind, text) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        UpsertStory = new(connection,
            "INSERT INTO stories(id, title, first, last, size, state) VALUES(?1, ?2, ?3, ?4, ?5, ?6) " +
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last, size = excluded.size, state = excluded.state");
        UpsertDf = new(connection, "INSERT INTO df(term, n) VALUES(?1, ?2) ON CONFLICT(term) DO UPDATE SET n = n + excluded.n");
        AddDocuments = new(connection,
            "INSERT INTO meta(key, value) VALUES('documents', ?1) ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value");
        MarkIndexed = new(connection, "UPDATE articles SET indexed = 1 WHERE id = ?1");
    }

    public SqliteStatement InsertArticle { get; }

    public SqliteStatement UpsertEntity { get; }

    public SqliteStatement InsertAlias { get; }

    public SqliteStatement InsertMention { get; }

    public SqliteStatement InsertQuote { get; }

    public SqliteStatement UpsertStory { get; }

    public SqliteStatement UpsertDf { get; }

    public SqliteStatement AddDocuments { get; }

    public SqliteStatement MarkIndexed { get; }

    public void Dispose()
    {
        foreach (var statement in new[] { InsertArticle, UpsertEntity, InsertAlias, InsertMention, InsertQuote, UpsertStory, UpsertDf, AddDocuments, MarkIndexed })
        {
            statement.Dispose();
        }
    }
}
