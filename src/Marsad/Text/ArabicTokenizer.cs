using System.Collections.Immutable;

namespace Marsad.Text;

/// <summary>
/// Splits text into Arabic words, numbers (3.5, 1,250, 17:39, 2021.06.28, 45%, Arabic-Indic digits), Latin words,
/// hashtags, URLs, e-mail addresses, punctuation (one mark a token) and symbols. Whitespace and invisible marks
/// separate tokens and are never part of one. Diacritics and tatweel stay inside their word; «الـ83» gives the
/// word «الـ» and the number «83».
/// </summary>
public static class ArabicTokenizer
{
    /// <summary>An allocation-free enumerator over the tokens of <paramref name="text"/>.</summary>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>All tokens of a text.</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ScratchArray<Token>.Rent(Math.Max(4, text.Length / 4));
        foreach (var token in Enumerate(text))
        {
            tokens.Add(token);
        }

        return tokens.ToImmutableAndReturn();
    }
}
