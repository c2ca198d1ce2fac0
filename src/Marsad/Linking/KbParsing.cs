using System.Globalization;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>Lenient readers for knowledge-base cells: types in any common spelling, ISO dates (day, month or year),
/// '|'-separated lists.</summary>
internal static class KbParsing
{
    public static EntityType? Type(string cell) => cell.Trim().ToUpperInvariant() switch
    {
        "PER" or "PERS" or "PERSON" => EntityType.PERS,
        "ORG" or "ORGANIZATION" or "ORGANISATION" => EntityType.ORG,
        "LOC" or "LOCATION" or "GPE" or "FAC" or "PLACE" or "COUNTRY" or "CITY" => EntityType.LOC,
        "MISC" => EntityType.MISC,
        _ => null,
    };

    public static IEnumerable<string> List(string? cell) =>
        (cell ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A date cell: <c>2021-01-26</c>, <c>2021-01</c> or <c>2021</c>; a partial date is read as its first day,
    /// or its last day when <paramref name="end"/> is set; empty or unreadable gives null (an open end).</summary>
    public static DateOnly? Date(string? cell, bool end)
    {
        var s = (cell ?? string.Empty).Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return end ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10000)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        return null;
    }

    /// <summary>Whether a row is a header row (its first cell names the column) rather than data.</summary>
    public static bool IsHeader(string[] row, string firstColumn) =>
        row.Length > 0 && string.Equals(row[0].Trim(), firstColumn, StringComparison.OrdinalIgnoreCase);
}
