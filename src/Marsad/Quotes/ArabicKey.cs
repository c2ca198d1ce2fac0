namespace Marsad.Quotes;

/// <summary>
/// A lookup key for Arabic words: diacritics and tatweel removed, alef forms unified to ا, ى to ي, ة to ه.
/// Lexicon entries and body tokens are compared through it, so واضاف, وأضاف and وأضافَ meet.
/// </summary>
internal static class ArabicKey
{
    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (IsIgnorable(c))
            {
                continue;
            }

            buffer[n++] = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => c,
            };
        }

        return new string(buffer[..n]);
    }

    /// <summary>Harakat, tanween, shadda, sukun, superscript alef and tatweel.</summary>
    public static bool IsIgnorable(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670' or 'ـ';

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || IsIgnorable(c) || c == '\u200C' || c == '\u200D';

    /// <summary>Keys of a phrase, word by word.</summary>
    public static string[] Words(string phrase) =>
        phrase.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(w => Of(w)).ToArray();
}
