using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>
/// Normalisation of Arabic text for matching (not for display): a plain switch over chars, one char in → zero or
/// one char out, so offsets map back simply (see <see cref="NormalizedText"/>). Folds hamza-on-alef forms to ا,
/// ى → ي, ة → ه, drops tatweel, diacritics and zero-width/bidi marks, maps Arabic-Indic and Persian digits to
/// ASCII, all kinds of space to ' ' (line breaks are kept), and lowercases Latin letters.
/// </summary>
public static class ArabicNormalizer
{
    // Latin, Latin-1, Latin Extended and the Arabic block come from a table built once from FoldSlow: one load per
    // char on the hot path instead of a chain of range tests.
    private const int TableSize = 0x0700;
    private const char Dropped = '\uFFFF';
    private static readonly char[][] Tables = BuildTables();

    /// <summary>The folded form of one char; false when the char is dropped (diacritic, tatweel, invisible mark).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFold(char c, NormalizationMode mode, out char folded)
    {
        if (c < TableSize)
        {
            folded = Tables[(int)mode][c];
            return folded != Dropped;
        }

        return FoldSlow(c, mode, out folded);
    }

    private static char[][] BuildTables()
    {
        var modes = Enum.GetValues<NormalizationMode>();
        var tables = new char[modes.Max(m => (int)m) + 1][];
        foreach (var mode in modes)
        {
            var table = new char[TableSize];
            for (var c = 0; c < TableSize; c++)
            {
                table[c] = FoldSlow((char)c, mode, out var folded) ? folded : Dropped;
            }

            tables[(int)mode] = table;
        }

        return tables;
    }

    /// <summary>The fold by range tests, without the table (the table is built from it; the benchmarks compare the two).</summary>
    internal static bool FoldSlow(char c, NormalizationMode mode, out char folded)
    {
        if (c < '\u0080')
        {
            folded = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c is '\t' or '\v' or '\f' ? ' ' : c;
            return true;
        }

        switch (c)
        {
            case '\u0623': // أ
            case '\u0625': // إ
            case '\u0622': // آ
            case '\u0671': // ٱ
            case '\u0672': // ٲ
            case '\u0673': // ٳ
                folded = '\u0627';
                return true;
            case '\u0649': // ى
            case '\u06CC': // Persian yeh
                folded = '\u064A';
                return true;
            case '\u0629': // ة
                folded = mode == NormalizationMode.Light ? c : '\u0647';
                return true;
            case '\u06A9': // Persian keheh
                folded = '\u0643';
                return true;
            case '\u0624': // ؤ
                folded = mode == NormalizationMode.Aggressive ? '\u0648' : c;
                return true;
            case '\u0626': // ئ
                folded = mode == NormalizationMode.Aggressive ? '\u064A' : c;
                return true;
            case ArabicChars.Tatweel:
                folded = default;
                return false;
        }

        if (ArabicChars.IsDiacritic(c) || ArabicChars.IsInvisible(c))
        {
            folded = default;
            return false;
        }

        if (ArabicChars.IsEasternDigit(c))
        {
            folded = (char)('0' + ArabicChars.DigitValue(c));
            return true;
        }

        if (c is '\u2028' or '\u2029' or '\u0085')
        {
            folded = '\n';
            return true;
        }

        if (char.IsWhiteSpace(c))
        {
            folded = ' ';
            return true;
        }

        // Latin-1 and Latin Extended letters; other scripts are left as they are.
        folded = c <= '\u024F' ? char.ToLowerInvariant(c) : c;
        return true;
    }

    /// <summary>Writes the normalised form of <paramref name="source"/> into <paramref name="destination"/> (which
    /// must be at least as long) and returns the number of chars written. No allocation.</summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination, NormalizationMode mode = NormalizationMode.Standard)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("the destination must be at least as long as the source", nameof(destination));
        }

        var written = 0;
        foreach (var c in source)
        {
            if (TryFold(c, mode, out var folded))
            {
                destination[written++] = folded;
            }
        }

        return written;
    }

    /// <summary>Normalises in place and returns the new length (the span may shrink, never grow).</summary>
    public static int NormalizeInPlace(Span<char> text, NormalizationMode mode = NormalizationMode.Standard)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (TryFold(text[i], mode, out var folded))
            {
                text[written++] = folded;
            }
        }

        return written;
    }

    /// <summary>The normalised form of a string, for keys and lookups. Returns the same instance when nothing changes.</summary>
    public static string Normalize(string text, NormalizationMode mode = NormalizationMode.Standard)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsNormalized(text, mode))
        {
            return text;
        }

        return string.Create(CountKept(text, mode), (text, mode), static (dest, state) =>
            WriteKept(state.text.AsSpan(), dest, state.mode));
    }

    /// <summary>Whether normalising would leave the text unchanged.</summary>
    public static bool IsNormalized(ReadOnlySpan<char> text, NormalizationMode mode = NormalizationMode.Standard)
    {
        foreach (var c in text)
        {
            if (!TryFold(c, mode, out var folded) || folded != c)
            {
                return false;
            }
        }

        return true;
    }

    private static int CountKept(ReadOnlySpan<char> text, NormalizationMode mode)
    {
        var kept = 0;
        foreach (var c in text)
        {
            if (TryFold(c, mode, out _))
            {
                kept++;
            }
        }

        return kept;
    }

    private static void WriteKept(ReadOnlySpan<char> source, Span<char> destination, NormalizationMode mode)
    {
        var written = 0;
        foreach (var c in source)
        {
            if (TryFold(c, mode, out var folded))
            {
                destination[written++] = folded;
            }
        }
    }
}
