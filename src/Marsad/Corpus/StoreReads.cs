using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Marsad.Model;
using Marsad.Serialization;

namespace Marsad.Corpus;

/// <summary>
/// Row reading both stores share: the SQL and its parameters stay with each store (the dialects differ), the columns
/// they select and how those become records are the same, so they live here and the stores cannot drift apart.
/// </summary>
internal static class StoreReads
{
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public static uint[] ToSignature(byte[] bytes) => MemoryMarshal.Cast<byte, uint>(bytes).ToArray();

    /// <summary>Binds named values; null binds as SQL NULL.</summary>
    public static void Bind(DbCommand cmd, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(parameter);
        }
    }

    /// <summary>The rows of <c>SELECT raw_key, key, id</c>.</summary>
    public static (HashSet<string> RawKeys, HashSet<string> Keys, HashSet<string> Ids) Keys(DbCommand cmd)
    {
        var raw = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            raw.Add(reader.GetString(0));
            keys.Add(reader.GetString(1));
            ids.Add(reader.GetString(2));
        }

        return (raw, keys, ids);
    }

    /// <summary>
    /// The current row of <c>SELECT json, raw_key, key, body_hash, story_id, duplicate_of, signature</c> (json as text
    /// in SQLite, as UTF-8 bytes in PostgreSQL).
    /// </summary>
    public static StoredArticle Stored(DbDataReader reader) => new(
        ArticleJson.Deserialize(Utf8Text(reader, 0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        reader.GetInt64(4), NullableString(reader, 5), ToSignature((byte[])reader.GetValue(6)));

    /// <summary>The rows of <c>SELECT id, title, first, last, size, state</c> (state as text or as UTF-8 bytes).</summary>
    public static List<StoryState> Stories(DbCommand cmd)
    {
        var result = new List<StoryState>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var state = reader.GetValue(5) as byte[] ?? Encoding.UTF8.GetBytes(reader.GetString(5));
            result.Add(StoryVectors.Read(reader.GetInt64(0), reader.GetString(1), ParseDate(NullableString(reader, 2)), ParseDate(NullableString(reader, 3)), reader.GetInt32(4), state));
        }

        return result;
    }

    /// <summary>The rows of <c>SELECT term, n</c>.</summary>
    public static Dictionary<string, int> DocumentFrequencies(DbCommand cmd)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            df[reader.GetString(0)] = reader.GetInt32(1);
        }

        return df;
    }

    /// <summary>The rows of <c>SELECT id, body_hash, signature, story_id</c>.</summary>
    public static List<(string Id, string BodyHash, uint[] Signature, long StoryId)> Signatures(DbCommand cmd)
    {
        var result = new List<(string, string, uint[], long)>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetString(1), ToSignature((byte[])reader.GetValue(2)), reader.GetInt64(3)));
        }

        return result;
    }

    /// <summary>The rows of <c>SELECT id, outlet, published, duplicate_of</c>.</summary>
    public static List<(string Id, string? Outlet, DateOnly? Published, string? DuplicateOf)> StoryMembers(DbCommand cmd)
    {
        var result = new List<(string, string?, DateOnly?, string?)>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), NullableString(reader, 1), ParseDate(NullableString(reader, 2)), NullableString(reader, 3)));
        }

        return result;
    }

    /// <summary>The rows of <c>SELECT published, kind, article, headline, outlet, text, cue, dateline</c>.</summary>
    public static List<TimelineItem> Timeline(DbCommand cmd)
    {
        var items = new List<TimelineItem>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            items.Add(new TimelineItem(
                ParseDate(NullableString(reader, 0)), reader.GetString(1), reader.GetString(2), NullableString(reader, 3),
                NullableString(reader, 4), NullableString(reader, 5) ?? "", NullableString(reader, 6), NullableString(reader, 7)));
        }

        return items;
    }

    /// <summary>A LIKE pattern (with <c>ESCAPE '\'</c>) finding <paramref name="norm"/> anywhere, its wildcards literal.</summary>
    public static string ContainsPattern(string norm) =>
        "%" + norm.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>The rows of <c>SELECT id, name, type, articles</c>; an unknown type reads as MISC.</summary>
    public static ImmutableArray<EntityMatch> EntityMatches(DbCommand cmd)
    {
        using var reader = cmd.ExecuteReader();
        var result = ImmutableArray.CreateBuilder<EntityMatch>();
        while (reader.Read())
        {
            var type = Enum.TryParse<EntityType>(reader.GetString(2), out var t) ? t : EntityType.MISC;
            result.Add(new EntityMatch(reader.GetString(0), reader.GetString(1), type, reader.GetInt32(3)));
        }

        return result.ToImmutable();
    }

    /// <summary>The first column of every row, as text.</summary>
    public static List<string> Strings(DbCommand cmd)
    {
        var result = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private static string Utf8Text(DbDataReader reader, int i) =>
        reader.GetValue(i) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : reader.GetString(i);
}
