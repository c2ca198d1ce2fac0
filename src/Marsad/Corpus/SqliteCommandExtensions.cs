using Microsoft.Data.Sqlite;

namespace Marsad.Corpus;

/// <summary>Runs a command with fresh parameter values (nulls become SQL NULL).</summary>
internal static class SqliteCommandExtensions
{
    public static object? Scalar(this SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        Bind(command, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static void Bind(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }
    }
}
