using Marsad.Text;

namespace Marsad.Linking;

/// <summary>
/// The matching key of a name: Arabic spelling variants folded (أ إ آ ٱ → ا, ى → ي, ة → ه, ئ → ي, ؤ → و: فائز = فايز), diacritics and
/// tatweel dropped, quote marks and brackets dropped, '_' and '#' of hashtags and '-' of compound names read as spaces,
/// whitespace collapsed.
/// Two spellings that a reader takes for the same word get the same key (أنقرة = انقره).
/// </summary>
public static class LinkKey
{
    /// <summary>The key of a whole phrase: its words' keys joined by single spaces.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        // A key is never longer than its text; short texts (every word of every body) fold on the stack.
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSeparator(c) || c == '-')
            {
                pendingSpace = length > 0;
                continue;
            }

            var folded = Fold(c);
            if (folded == '\0')
            {
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = folded;
        }

        return new string(buffer[..length]);
    }

    /// <summary>The words of a phrase's key.</summary>
    public static string[] Words(ReadOnlySpan<char> text) =>
        Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Folds one letter to its key form with the text layer's <see cref="ArabicNormalizer"/> (so linking,
    /// search and tagging agree); '\0' for characters the key drops (diacritics, tatweel, invisible marks, quote
    /// marks and brackets).</summary>
    public static char Fold(char c) =>
        !IsMark(c) && ArabicNormalizer.TryFold(c, NormalizationMode.Aggressive, out var folded) ? char.ToLowerInvariant(folded) : '\0';

    /// <summary>Whether a character separates words in a key (whitespace, hashtag joiners).</summary>
    public static bool IsSeparator(char c) => ArabicChars.IsSpace(c) || c is '_' or '#';

    /// <summary>Quote marks and brackets: they wrap names («داعش»، (داعش)، "الدولة") without changing them.</summary>
    public static bool IsMark(char c) => c is '"' or '\'' or '«' or '»' or '(' or ')' or '[' or ']' or '“' or '”' or '‘' or '’' or '„' or '‹' or '›';

    /// <summary>Whether a character belongs to a word: letters, digits, diacritics, tatweel.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || ArabicChars.IsArabicWordChar(c);
}
