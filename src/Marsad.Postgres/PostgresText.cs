using System.Text;

namespace Marsad.Postgres;

/// <summary>
/// Strings as PostgreSQL text accepts them: it refuses NUL characters and Npgsql refuses unpaired surrogates, both of
/// which hostile input carries. They become U+FFFD in the row columns; the JSON record (bytea) keeps the exact text.
/// </summary>
internal static class PostgresText
{
    public static string? Clean(string? text) => text is null || IsClean(text) ? text : Replace(text);

    public static string CleanNotNull(string text) => IsClean(text) ? text : Replace(text);

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Replace(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(c == '\0' || char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
