using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Marsad.Corpus;

/// <summary>
/// A statement prepared once on the store's connection and run many times with values bound by position. The ingest
/// writer runs about a million of them: <see cref="SqliteCommand"/> re-binds every parameter by name on each
/// execution and converts every string through a fresh UTF-8 copy, which cost more than SQLite's own work.
/// Not thread-safe: used under the store's lock.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private byte[] buffer = new byte[1024];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

    /// <summary>Binds text (null binds SQL NULL), encoded to UTF-8 in a reused buffer.</summary>
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(statement, index));
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, buffer);
        BindUtf8(index, buffer.AsSpan(0, written));
    }

    /// <summary>Binds text already encoded as UTF-8 (SQLite copies it).</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> utf8) =>
        // An empty span has no address and would bind NULL: bind the empty string through the string overload.
        Check(utf8.IsEmpty ? raw.sqlite3_bind_text(statement, index, "") : raw.sqlite3_bind_text(statement, index, utf8));

    public void BindBlob(int index, ReadOnlySpan<byte> bytes) =>
        Check(bytes.IsEmpty ? raw.sqlite3_bind_zeroblob(statement, index, 0) : raw.sqlite3_bind_blob(statement, index, bytes));

    /// <summary>Runs the statement to completion and makes it ready for the next values.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    /// <summary>The rowid of the last row inserted on the connection.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(db);

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
