using Npgsql;

namespace Marsad.Postgres;

/// <summary>
/// Where the search indexes of <see cref="PostgresCorpusStore"/> live. Every index claims its rows in <c>indexed</c>;
/// a folder deleted or rebuilt under a new id would leave its old claims behind for ever, so each index records its
/// machine and folder, and opening an index forgets the claims of indexes that folder, or any vanished folder of the
/// same machine, held before.
/// </summary>
public sealed partial class PostgresCorpusStore
{
    /// <summary>Records this store's index as living in <paramref name="folder"/> on <paramref name="host"/>, and
    /// forgets what an earlier index in that folder claimed. Returns the claims forgotten.</summary>
    internal long RegisterIndex(string host, string folder) => Guard(() =>
    {
        using var tx = connection.BeginTransaction();
        long forgotten;
        using (var cmd = Command(
            "WITH gone AS (DELETE FROM index_folders WHERE host = @host AND folder = @folder AND index_id <> @index RETURNING index_id), " +
            "claims AS (DELETE FROM indexed WHERE index_id IN (SELECT index_id FROM gone) RETURNING 1) SELECT COUNT(*) FROM claims", tx))
        {
            Bind(cmd, host, folder);
            forgotten = (long)cmd.ExecuteScalar()!;
        }

        using (var cmd = Command(
            "INSERT INTO index_folders(index_id, host, folder) VALUES(@index, @host, @folder) " +
            "ON CONFLICT(index_id) DO UPDATE SET host = excluded.host, folder = excluded.folder, seen = now()", tx))
        {
            Bind(cmd, host, folder);
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
        return forgotten;
    });

    /// <summary>The other indexes recorded on <paramref name="host"/>, with their folders.</summary>
    internal IReadOnlyList<(string IndexId, string Folder)> OtherIndexes(string host) => Guard(() =>
    {
        using var cmd = Command("SELECT index_id, folder FROM index_folders WHERE host = @host AND index_id <> @index ORDER BY folder");
        cmd.Parameters.AddWithValue("host", PostgresText.CleanNotNull(host));
        cmd.Parameters.AddWithValue("index", indexId);
        var result = new List<(string, string)>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetString(1)));
        }

        return (IReadOnlyList<(string, string)>)result;
    });

    /// <summary>Forgets an index whose folder is gone: its claims and its place. Harmless if it still lives
    /// somewhere: its next open or catch-up indexes the rows again (a replace, never a second copy).</summary>
    internal long ForgetIndex(string otherIndexId) => Guard(() =>
    {
        using var cmd = Command(
            "WITH place AS (DELETE FROM index_folders WHERE index_id = @other), " +
            "claims AS (DELETE FROM indexed WHERE index_id = @other RETURNING 1) SELECT COUNT(*) FROM claims");
        cmd.Parameters.AddWithValue("other", otherIndexId);
        return (long)cmd.ExecuteScalar()!;
    });

    private void Bind(NpgsqlCommand cmd, string host, string folder)
    {
        cmd.Parameters.AddWithValue("host", PostgresText.CleanNotNull(host));
        cmd.Parameters.AddWithValue("folder", PostgresText.CleanNotNull(folder));
        cmd.Parameters.AddWithValue("index", indexId);
    }
}
