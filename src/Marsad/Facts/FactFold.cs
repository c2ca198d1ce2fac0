namespace Marsad.Facts;

/// <summary>
/// The folding used to match words against the facts lexicons: hamza forms of alef to ا, ى to ي, ة to ه,
/// diacritics and tatweel dropped, Arabic-Indic and Persian digits to ASCII. Kept local to the facts stage so the
/// lexicon match does not move when the text layer's normaliser changes.
/// </summary>
internal static class FactFold
{
    public static bool IsIgnorable(char c) => c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';

    public static char Map(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '٫' => '.',
        '٬' => ',',
        _ => c,
    };

    public static string Fold(ReadOnlySpan<char> text)
    {
        // One string per word, no builder: folding only drops or maps characters, so the result fits the input's length.
        const int StackLimit = 256;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!IsIgnorable(c))
            {
                buffer[length++] = Map(c);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Folds each space-separated word of a lexicon phrase.</summary>
    public static string[] FoldPhrase(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => Fold(w)).ToArray();

    /// <summary>The offset in <paramref name="original"/> just after its first <paramref name="foldedCount"/> folded
    /// characters, with the ignorable marks that follow them (so a stripped proclitic takes its vowel along).</summary>
    public static int OriginalOffset(ReadOnlySpan<char> original, int foldedCount)
    {
        var seen = 0;
        var i = 0;
        while (i < original.Length && seen < foldedCount)
        {
            if (!IsIgnorable(original[i]))
            {
                seen++;
            }

            i++;
        }

        while (i < original.Length && IsIgnorable(original[i]))
        {
            i++;
        }

        return i;
    }
}
