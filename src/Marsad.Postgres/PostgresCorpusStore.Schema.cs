using System.Globalization;
using Npgsql;

namespace Marsad.Postgres;

/// <summary>Schema, its version and migration of <see cref="PostgresCorpusStore"/>.</summary>
public sealed partial class PostgresCorpusStore
{
    /// <summary>The schema this build writes; a database of a higher version is refused (an older marsad must not write it).</summary>
    public const int SchemaVersion = 2;

    // Advisory lock keys ("MARSAD" + a purpose): schema creation, database-wide.
    private const long SchemaLockKey = 0x4D4152534144_01;

    // The ingest's ordered step locks (class 0x4D415253 "MARS", the store's schema): stores in other schemas of the database do not
    // wait for it.
    private const string IngestLockArguments = "1296126547, hashtext(COALESCE(current_schema(), ''))";

    // Text columns compare in code-point order ("C"), as SQLite's do: the same ORDER BY gives the same answers.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS marsad_schema(version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS articles(
            seq BIGSERIAL PRIMARY KEY,
            id TEXT COLLATE "C" NOT NULL UNIQUE,
            raw_key TEXT COLLATE "C" NOT NULL,
            key TEXT COLLATE "C" NOT NULL UNIQUE,
            body_hash TEXT COLLATE "C" NOT NULL,
            published TEXT COLLATE "C",
            outlet TEXT COLLATE "C",
            headline TEXT COLLATE "C",
            dateline TEXT COLLATE "C",
            story_id BIGINT NOT NULL,
            duplicate_of TEXT COLLATE "C",
            signature BYTEA NOT NULL,
            json BYTEA NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_articles_story ON articles(story_id);
        CREATE TABLE IF NOT EXISTS indexed(index_id TEXT COLLATE "C" NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY(index_id, seq));
        CREATE TABLE IF NOT EXISTS entities(id TEXT COLLATE "C" PRIMARY KEY, name TEXT COLLATE "C" NOT NULL, type TEXT COLLATE "C" NOT NULL, articles INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS aliases(norm TEXT COLLATE "C" NOT NULL, entity_id TEXT COLLATE "C" NOT NULL, PRIMARY KEY(norm, entity_id));
        CREATE INDEX IF NOT EXISTS ix_aliases_entity ON aliases(entity_id);
        CREATE TABLE IF NOT EXISTS mentions(article_seq BIGINT NOT NULL, entity_id TEXT COLLATE "C" NOT NULL, count INTEGER NOT NULL, context TEXT COLLATE "C");
        CREATE INDEX IF NOT EXISTS ix_mentions_entity ON mentions(entity_id);
        CREATE TABLE IF NOT EXISTS quotes(article_seq BIGINT NOT NULL, ordinal INTEGER NOT NULL, speaker_key TEXT COLLATE "C" NOT NULL, speaker_name TEXT COLLATE "C" NOT NULL,
            speaker_norm TEXT COLLATE "C" NOT NULL, entity_id TEXT COLLATE "C", cue TEXT COLLATE "C", kind TEXT COLLATE "C", text TEXT COLLATE "C" NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_quotes_speaker ON quotes(speaker_key);
        CREATE INDEX IF NOT EXISTS ix_quotes_norm ON quotes(speaker_norm);
        CREATE INDEX IF NOT EXISTS ix_quotes_entity ON quotes(entity_id);
        CREATE TABLE IF NOT EXISTS stories(id BIGINT PRIMARY KEY, title TEXT COLLATE "C" NOT NULL, first TEXT COLLATE "C", last TEXT COLLATE "C", size INTEGER NOT NULL, state BYTEA NOT NULL);
        CREATE TABLE IF NOT EXISTS df(term TEXT COLLATE "C" PRIMARY KEY, n INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS meta(key TEXT COLLATE "C" PRIMARY KEY, value BIGINT NOT NULL);
        """ + IndexFoldersSchema;

    // Version 2: where each index lives (machine and folder), so the rows of a folder since deleted or rebuilt can go;
    // the store version that last wrote each story, so a worker re-reads only the stories others changed. A worker of
    // schema 1 still running after the upgrade writes stories without a version (and bumps the store's at the end of
    // its batch): the trigger stamps them with that coming version, so they are read as changed too.
    private const string IndexFoldersSchema = """
        CREATE TABLE IF NOT EXISTS index_folders(index_id TEXT COLLATE "C" PRIMARY KEY, host TEXT COLLATE "C" NOT NULL, folder TEXT COLLATE "C" NOT NULL,
            seen TIMESTAMPTZ NOT NULL DEFAULT now());
        CREATE INDEX IF NOT EXISTS ix_index_folders_place ON index_folders(host, folder);
        ALTER TABLE stories ADD COLUMN IF NOT EXISTS version BIGINT NOT NULL DEFAULT 0;
        CREATE INDEX IF NOT EXISTS ix_stories_version ON stories(version);
        CREATE OR REPLACE FUNCTION marsad_story_version() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF (TG_OP = 'INSERT' AND NEW.version = 0) OR (TG_OP = 'UPDATE' AND NEW.version = OLD.version) THEN
                NEW.version := COALESCE((SELECT value FROM meta WHERE key = 'version'), 0) + 1;
            END IF;
            RETURN NEW;
        END $body$;
        DROP TRIGGER IF EXISTS stories_version ON stories;
        CREATE TRIGGER stories_version BEFORE INSERT OR UPDATE ON stories FOR EACH ROW EXECUTE FUNCTION marsad_story_version();
        """;

    /// <summary>
    /// Creates or migrates the schema in one transaction under an advisory lock (workers starting together must not
    /// race on CREATE), and refuses a database a newer marsad has written.
    /// </summary>
    private static void Migrate(NpgsqlConnection connection, string name)
    {
        using var tx = connection.BeginTransaction();
        Execute(connection, tx, $"SELECT pg_advisory_xact_lock({SchemaLockKey.ToString(CultureInfo.InvariantCulture)})");
        Execute(connection, tx, "CREATE TABLE IF NOT EXISTS marsad_schema(version INTEGER NOT NULL)");
        int? version;
        using (var read = new NpgsqlCommand("SELECT MAX(version) FROM marsad_schema", connection, tx))
        {
            version = read.ExecuteScalar() as int?;
            if (version is { } found)
            {
                if (found > SchemaVersion)
                {
                    throw new IOException(
                        $"the store {name} has schema version {found.ToString(CultureInfo.InvariantCulture)}, newer than this marsad reads " +
                        $"({SchemaVersion.ToString(CultureInfo.InvariantCulture)}): upgrade marsad");
                }

                if (found == SchemaVersion)
                {
                    tx.Commit();
                    return;
                }
            }
        }

        // A new database gets the whole schema; an older one the steps from its version on, each guarded by the
        // version it upgrades from.
        if (version is null)
        {
            Execute(connection, tx, Schema);
        }
        else if (version < 2)
        {
            Execute(connection, tx, IndexFoldersSchema);
        }

        Execute(connection, tx, "DELETE FROM marsad_schema");
        Execute(connection, tx, $"INSERT INTO marsad_schema(version) VALUES({SchemaVersion.ToString(CultureInfo.InvariantCulture)})");
        tx.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, connection, tx);
        cmd.ExecuteNonQuery();
    }
}
