using System.Net.Sockets;
using Marsad.Corpus;
using Npgsql;

namespace Marsad.Postgres;

/// <summary>
/// What <c>--store</c> / <c>MARSAD_STORE</c> names: a folder (the embedded SQLite store) or a PostgreSQL database
/// (<c>postgres://user:password@host:port/db</c>, <c>postgresql://…</c> or <c>Host=…;Database=…</c>).
/// </summary>
public static class StoreLocation
{
    /// <summary>The index folder of a database store when none is given: <c>$MARSAD_INDEX</c>, else <c>./marsad-index</c>.</summary>
    public static string DefaultIndexFolder =>
        Path.GetFullPath(Environment.GetEnvironmentVariable("MARSAD_INDEX") is { Length: > 0 } env ? env : "marsad-index");

    /// <summary>True when the value names a PostgreSQL database rather than a folder.</summary>
    public static bool IsPostgres(string? store) =>
        store is not null
        && (store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (HasHostKey(store) && !Directory.Exists(store)));

    // A connection string names its server with a Host (or Server) key; a folder name that merely holds "host" and
    // "=" (backup-host=b) is a folder.
    private static bool HasHostKey(string store)
    {
        foreach (var pair in store.Split(';'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair.AsSpan(0, equals).Trim() is var key
                && (key.Equals("host", StringComparison.OrdinalIgnoreCase) || key.Equals("server", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Npgsql connection string of a URI or connection string. Throws <see cref="ArgumentException"/> for a malformed one.</summary>
    public static string ConnectionString(string store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!store.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(store).ConnectionString;
        }

        if (!Uri.TryCreate(store, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException("not a valid postgres:// address (postgres://user:password@host:port/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (Uri.UnescapeDataString(pair), "");
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }

        return builder.ConnectionString;
    }

    /// <summary>How messages name a database: its address without the password.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            var user = string.IsNullOrEmpty(b.Username) ? "" : b.Username + "@";
            return $"postgresql://{user}{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException)
        {
            return "postgresql://(unreadable address)";
        }
    }

    /// <summary>
    /// Opens the corpus the value names: a PostgreSQL database with its search index in <paramref name="indexFolder"/>
    /// (default <see cref="DefaultIndexFolder"/>), else the SQLite store folder. Throws <see cref="IOException"/> with the
    /// store's name and the reason when the database cannot be used.
    /// </summary>
    public static Marsad.Corpus.Corpus Open(string store, string? indexFolder = null, StoryOptions? storyOptions = null)
    {
        if (!IsPostgres(store))
        {
            return Marsad.Corpus.Corpus.Open(store, storyOptions);
        }

        string connectionString;
        try
        {
            connectionString = ConnectionString(store);
        }
        catch (ArgumentException ex)
        {
            throw new IOException($"cannot open the store: {ex.Message}", ex);
        }

        var index = Path.GetFullPath(indexFolder ?? DefaultIndexFolder);
        var pg = PostgresCorpusStore.Open(connectionString, IndexIdentity(index));
        try
        {
            ForgetVanishedIndexes(pg, index);
        }
        catch
        {
            pg.Dispose();
            throw;
        }

        return Marsad.Corpus.Corpus.Open(pg, index, pg.Name, storyOptions);
    }

    /// <summary>
    /// Drops the claims of this machine's indexes whose folders are gone or now hold another index, and records this
    /// index's place. The machine name is the key: machines sharing one name at worst re-index rows they already
    /// hold (a replace), never miss any.
    /// </summary>
    private static void ForgetVanishedIndexes(PostgresCorpusStore store, string folder)
    {
        var host = Environment.MachineName;
        foreach (var (other, otherFolder) in store.OtherIndexes(host))
        {
            if (!string.Equals(otherFolder, folder, StringComparison.Ordinal) && StoredIdentity(otherFolder) is { } held && held != other)
            {
                store.ForgetIndex(other);
            }
        }

        store.RegisterIndex(host, folder);
    }

    /// <summary>The index id a folder holds: "" when the folder or its id file is gone, null when it cannot be read
    /// (then nothing is forgotten).</summary>
    private static string? StoredIdentity(string folder)
    {
        try
        {
            var file = Path.Combine(folder, IndexIdFile);
            return File.Exists(file) ? File.ReadAllText(file).Trim() : "";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when the folder holds a committed Lucene index, or one a live process is writing (whose id stays:
    /// opening the folder fails on its lock anyway).</summary>
    private static bool HoldsIndexOrIsInUse(string folder)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
        return Lucene.Net.Index.IndexWriter.IsLocked(directory) || Lucene.Net.Index.DirectoryReader.IndexExists(directory);
    }

    /// <summary>Why a connection failed, in words (the server's own message for anything else).</summary>
    internal static string Reason(Exception ex) => ex switch
    {
        PostgresException { SqlState: "28P01" or "28000" } => "authentication failed (check the user and password)",
        PostgresException { SqlState: "3D000" } => "the database does not exist",
        PostgresException pg => pg.MessageText,
        NpgsqlException { InnerException: SocketException or TimeoutException } or NpgsqlException { IsTransient: true } =>
            "the server is unreachable (" + (ex.InnerException?.Message ?? ex.Message) + ")",
        _ => ex.Message,
    };

    private const string IndexIdFile = "marsad-index-id";

    /// <summary>
    /// The id under which the store remembers what this index folder holds: kept in a file inside the folder, so a
    /// deleted or new folder gets a new id and is rebuilt from all rows. So does a folder whose index files were
    /// deleted beside a kept id file (its old claims would otherwise hide every row from the rebuild).
    /// </summary>
    private static string IndexIdentity(string folder)
    {
        var file = Path.Combine(folder, IndexIdFile);
        try
        {
            Directory.CreateDirectory(folder);
            if (File.Exists(file) && File.ReadAllText(file).Trim() is { Length: 32 } existing && HoldsIndexOrIsInUse(folder))
            {
                return existing;
            }

            var id = Guid.NewGuid().ToString("N");
            File.WriteAllText(file, id);
            return id;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot use the index folder {folder}: {ex.Message}", ex);
        }
    }
}
