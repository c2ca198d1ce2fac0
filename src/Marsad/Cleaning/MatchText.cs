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
    /// <summary>What each character below U+0700 (Latin and Arabic, where nearly all text falls) becomes: its folded form,
    /// '\0' when it is dropped, or <see cref="Space"/> for whitespace. Read once per character instead of a
    /// whitespace test (a Unicode table look-up for Arabic letters) and the folding switch.</summary>
    private static readonly char[] Folded = BuildFolded();

    /// <summary>Never a folded character below U+0700.</summary>
    private const char Space = '\uFFFF';

    public static string Normalize(string text) => Normalize(text.AsSpan());

    public static string Normalize(ReadOnlySpan<char> text)
    {
        // The result is never longer than the text (a space is written only in place of one), so one buffer of the
        // text's length holds it: no builder per line.
        const int StackLimit = 512;
        char[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var result = new string(buffer[..Normalize(text, buffer)]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Writes the matching form of <paramref name="text"/> into <paramref name="buffer"/> (at least as long as
    /// the text) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            char mapped;
            if (c < Folded.Length)
            {
                mapped = Folded[c];
                if (mapped == Space)
                {
                    pendingSpace = length > 0;
                    continue;
                }
            }
            else if (IsSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            else
            {
                mapped = c;
            }

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

        return length;
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

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200F' || c == '\u200E' || c == '\u200B';

    private static char[] BuildFolded()
    {
        var folded = new char[0x700];
        for (var c = 0; c < folded.Length; c++)
        {
            folded[c] = IsSpace((char)c) ? Space : Map((char)c);
        }

        return folded;
    }

    /// <summary>The folding proper; every character it changes lies below U+0700.</summary>
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
