using System.Text;

namespace Marsad.Cleaning;

/// <summary>
/// The matching form of a line: alef, yaa and taa-marbuta variants unified, diacritics and tatweel dropped,
/// Arabic-Indic digits as ASCII, any whitespace (NBSP included) collapsed to one space, trimmed. Used only to compare
/// and match; what the cleaner returns is always the raw text.
/// </summary>
internal static class MatchText
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200F' || c == '\u200E' || c == '\u200B')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            var mapped = Map(c);
            if (mapped == '\0')
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(mapped);
        }

        return sb.ToString();
    }

    /// <summary>The same letter folding for a regex written in ordinary Arabic (metacharacters untouched).</summary>
    public static string NormalizePattern(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        foreach (var c in pattern)
        {
            var mapped = c is >= 'A' and <= 'Z' ? c : Map(c);
            if (mapped != '\0')
            {
                sb.Append(mapped);
            }
        }

        return sb.ToString();
    }

    private static char Map(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ـ' => '\0',
        >= '\u064B' and <= '\u0652' => '\0',
        '\u0670' => '\0',
        >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
        >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c),
        _ => c,
    };
}
