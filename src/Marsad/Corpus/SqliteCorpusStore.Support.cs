using System.Text.Json;
using Marsad.Model;
using Microsoft.Data.Sqlite;

namespace Marsad.Corpus;

/// <summary>Schema and small helpers of <see cref="SqliteCorpusStore"/>.</summary>
public sealed partial class SqliteCorpusStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS articles(
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            raw_key TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            body_hash TEXT NOT NULL,
            published TEXT,
            outlet TEXT,
            headline TEXT,
            dateline TEXT,
            story_id INTEGER NOT NULL,
            duplicate_of TEXT,
            signature BLOB NOT NULL,
            indexed INTEGER NOT NULL DEFAULT 0,
            json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_articles_story ON articles(story_id);
        CREATE INDEX IF NOT EXISTS ix_articles_unindexed ON articles(indexed) WHERE indexed = 0;
        CREATE TABLE IF NOT EXISTS entities(id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, articles INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS aliases(norm TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY(norm, entity_id));
        CREATE TABLE IF NOT EXISTS mentions(article_seq INTEGER NOT NULL, entity_id TEXT NOT NULL, count INTEGER NOT NULL, context TEXT);
        CREATE INDEX IF NOT EXISTS ix_mentions_entity ON mentions(entity_id);
        CREATE TABLE IF NOT EXISTS quotes(article_seq INTEGER NOT NULL, ordinal INTEGER NOT NULL, speaker_key TEXT NOT NULL, speaker_name TEXT NOT NULL,
            speaker_norm TEXT NOT NULL, entity_id TEXT, cue TEXT, kind TEXT, text TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_quotes_speaker ON quotes(speaker_key);
        CREATE INDEX IF NOT EXISTS ix_quotes_norm ON quotes(speaker_norm);
        CREATE TABLE IF NOT EXISTS stories(id INTEGER PRIMARY KEY, title TEXT NOT NULL, first TEXT, last TEXT, size INTEGER NOT NULL, state TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS df(term TEXT PRIMARY KEY, n INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
        """;

    /// <summary>The sentence holding the entity's first mention (the timeline's text for a mention).</summary>
    internal static string MentionContext(AnalyzedArticle article, Entity entity)
    {
        if (entity.Mentions.IsDefaultOrEmpty)
        {
            return entity.Name;
        }

        var first = entity.Mentions.MinBy(m => m.Start)!;
        foreach (var sentence in article.Sentences)
        {
            if (sentence.Start <= first.Start && first.End <= sentence.End && sentence.End <= article.Body.Length)
            {
                return article.Body[sentence.Start..sentence.End].Trim();
            }
        }

        // Without sentences: the line around the mention, bounded.
        var start = Math.Max(0, article.Body.LastIndexOf('\n', Math.Min(first.Start, article.Body.Length - 1)) + 1);
        var end = article.Body.IndexOf('\n', Math.Min(first.End, article.Body.Length));
        end = end < 0 ? article.Body.Length : end;
        var line = article.Body[start..end].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    private void Execute(string sql)
    {
        using var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql)
    {
        using var cmd = Command(sql);
        var value = cmd.ExecuteScalar();
        return value is null or DBNull ? default! : (T)value;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private List<StoredArticle> ReadStored(string sql, (string Name, object? Value)[] parameters)
    {
        var result = new List<StoredArticle>();
        using var cmd = Command(sql);
        StoreReads.Bind(cmd, parameters);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add(StoreReads.Stored(reader));
        }

        return result;
    }

    private List<StoryState> ReadStories(string sql, (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql);
        StoreReads.Bind(cmd, parameters);
        return StoreReads.Stories(cmd);
    }
}
