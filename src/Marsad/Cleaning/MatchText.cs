using System.Buffers;
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
        // The result is never longer than the text (a space is written only in place of one), so one buffer of the
        // text's length holds it: no builder per line.
        const int StackLimit = 512;
        char[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200F' || c == '\u200E' || c == '\u200B')
            {
                pendingSpace = length > 0;
                continue;
            }

            var mapped = Map(c);
            if (mapped == '\0')
            {
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = mapped;
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
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
