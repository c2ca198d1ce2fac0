using Marsad.Postgres;
using Npgsql;

namespace Marsad.Tests.Corpus;

/// <summary>
/// A schema of its own in the test server named by <c>MARSAD_TEST_POSTGRES</c> (a URI or connection string), dropped
/// after the test; the test is skipped, saying why, when the variable is absent or the server cannot be reached.
/// </summary>
internal sealed class PostgresTestDatabase : IDisposable
{
    private readonly string adminConnection;
    private readonly string schema = "marsad_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<string> folders = [];

    private PostgresTestDatabase(string adminConnection)
    {
        this.adminConnection = adminConnection;
        Execute($"CREATE SCHEMA {schema}");
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnection) { SearchPath = schema, Pooling = false }.ConnectionString;
    }

    /// <summary>The store's connection string (its own schema).</summary>
    public string ConnectionString { get; }

    /// <summary>Connects, or skips the test with the reason.</summary>
    public static PostgresTestDatabase CreateOrSkip()
    {
        var configured = Environment.GetEnvironmentVariable("MARSAD_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(configured), "MARSAD_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)");
        var connection = new NpgsqlConnectionStringBuilder(StoreLocation.ConnectionString(configured!)) { Pooling = false, Timeout = 5 }.ConnectionString;
        try
        {
            return new PostgresTestDatabase(connection);
        }
        catch (NpgsqlException ex)
        {
            Skip.If(true, $"MARSAD_TEST_POSTGRES names a server that cannot be used: {StoreLocation.Reason(ex)}");
            throw;
        }
    }

    /// <summary>A fresh index folder, deleted with the database.</summary>
    public string NewIndexFolder()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-pgindex-").FullName;
        folders.Add(folder);
        return folder;
    }

    /// <summary>Opens the corpus on this database with a search index of its own (or the one given).</summary>
    public Marsad.Corpus.Corpus Open(string? indexFolder = null) => StoreLocation.Open(ConnectionString, indexFolder ?? NewIndexFolder());

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(adminConnection);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    public long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        try
        {
            Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
        catch (NpgsqlException)
        {
            // The server went away: the schema is left behind under its test name.
        }

        foreach (var folder in folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
