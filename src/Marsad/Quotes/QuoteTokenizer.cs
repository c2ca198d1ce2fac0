using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Quotes;

/// <summary>
/// Splits a body into words (letters, digits, diacritics, tatweel; clitics stay attached, as the cue lexicon
/// expects «وأضاف» and «بأنه») and one-character punctuation tokens, each with its paragraph number.
/// </summary>
internal static class QuoteTokenizer
{
    /// <summary>The text stage's tokens (words with their clitics, one mark a token) with lookup keys and paragraph
    /// numbers added; falls back to <see cref="Tokenize(string)"/> when the text stage has not run.</summary>
    public static ImmutableArray<QuoteToken> FromTextLayer(string body, ImmutableArray<Token> tokens)
    {
        if (tokens.IsDefaultOrEmpty)
        {
            return Tokenize(body);
        }

        var result = ImmutableArray.CreateBuilder<QuoteToken>(tokens.Length);
        var paragraph = 0;
        var scanned = 0;
        foreach (var t in tokens)
        {
            if (t.Start < scanned || t.End > body.Length)
            {
                // Tokens that do not fit this body: trust none of them.
                return Tokenize(body);
            }

            for (var i = scanned; i < t.Start; i++)
            {
                paragraph += body[i] == '\n' ? 1 : 0;
            }

            scanned = t.Start;
            var isWord = t.Kind is TokenKind.ArabicWord or TokenKind.Number or TokenKind.Latin or TokenKind.Hashtag;
            if (!isWord && t.Length > 1)
            {
                // A multi-character symbol run: one token a character, as the quote-mark rules expect.
                for (var i = t.Start; i < t.End; i++)
                {
                    result.Add(new QuoteToken(i, i + 1, string.Empty, false, paragraph));
                }

                continue;
            }

            result.Add(new QuoteToken(t.Start, t.End, isWord ? ArabicKey.Of(t.Of(body)) : string.Empty, isWord, paragraph));
        }

        // Sized to the text layer's tokens, the builder's array is usually full and is handed over, not copied.
        return result.DrainToImmutable();
    }

    public static ImmutableArray<QuoteToken> Tokenize(string body)
    {
        var tokens = ImmutableArray.CreateBuilder<QuoteToken>(body.Length / 5 + 4);
        var paragraph = 0;
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c == '\n')
            {
                paragraph++;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u200F' || c == '\u200E')
            {
                i++;
                continue;
            }

            if (ArabicKey.IsWordChar(c))
            {
                var start = i;
                while (i < body.Length && ArabicKey.IsWordChar(body[i]))
                {
                    i++;
                }

                // A word that ends in a tatweel-joined preposition (بـ«) keeps the tatweel: it is part of the word.
                tokens.Add(new QuoteToken(start, i, ArabicKey.Of(body.AsSpan(start, i - start)), true, paragraph));
                continue;
            }

            tokens.Add(new QuoteToken(i, i + 1, string.Empty, false, paragraph));
            i++;
        }

        return tokens.ToImmutable();
    }
}
