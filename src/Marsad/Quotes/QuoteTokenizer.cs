using System.Collections.Immutable;

namespace Marsad.Quotes;

/// <summary>
/// Splits a body into words (letters, digits, diacritics, tatweel; clitics stay attached, as the cue lexicon
/// expects «وأضاف» and «بأنه») and one-character punctuation tokens, each with its paragraph number.
/// </summary>
internal static class QuoteTokenizer
{
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
