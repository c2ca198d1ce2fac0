using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Facts;

/// <summary>Splits a body into <see cref="FactWord"/>s: letter/digit runs (with their marks and tatweel), digit
/// groups with their inner separators, and single punctuation marks; a line break is kept as a mark so that no
/// date or quantity runs across paragraphs. Built from the text stage's tokens when it ran, else by scanning.</summary>
internal static class FactWordScanner
{
    // One shared string per mark of the Latin and Arabic blocks, made on first sight (a race makes an equal one), rather
    // than a new string for every mark of every body.
    private static readonly string?[] Marks = new string?[0x700];

    /// <summary>Facts words from the text stage's tokens: tokens glued together without a space (الـ + 83، و + 15،
    /// 2014 + م، 15 - 03 - 2019) become one word as in <see cref="Scan"/>, a trailing % becomes its own mark, and a
    /// line break between tokens is kept.</summary>
    public static ImmutableArray<FactWord> FromTokens(string body, ImmutableArray<Token> tokens)
    {
        var words = ScratchArray<FactWord>.Rent(tokens.Length + 8);
        var previousEnd = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            if (token.Start < previousEnd || token.End > body.Length)
            {
                // Tokens that do not fit the body (another body, or overlapping): scan instead.
                words.Return();
                return Scan(body);
            }

            if (body.AsSpan(previousEnd, token.Start - previousEnd).Contains('\n'))
            {
                words.Add(new FactWord(token.Start - 1, token.Start, "\n", true));
            }

            if (!IsWordToken(token.Kind))
            {
                words.Add(new FactWord(token.Start, token.End, Mark(body[token.Start]), true));
                previousEnd = token.End;
                i++;
                continue;
            }

            var start = token.Start;
            var end = token.End;
            var j = i + 1;
            while (j < tokens.Length)
            {
                var next = tokens[j];
                if (next.Start == end && IsWordToken(next.Kind) && !EndsWithPercent(body, end))
                {
                    end = next.End;
                    j++;
                }
                else if (next.Start == end && IsHyphenBetweenDigits(body, tokens, j))
                {
                    end = tokens[j + 1].End;
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            if (EndsWithPercent(body, end) && end - start > 1)
            {
                words.Add(new FactWord(start, end - 1, FactFold.Fold(body.AsSpan(start, end - 1 - start)), false));
                words.Add(new FactWord(end - 1, end, Mark(body[end - 1]), true));
            }
            else
            {
                words.Add(new FactWord(start, end, FactFold.Fold(body.AsSpan(start, end - start)), false));
            }

            previousEnd = end;
            i = j;
        }

        return words.ToImmutableAndReturn();
    }

    private static string Mark(char c) => c < Marks.Length ? Marks[c] ??= c.ToString() : c.ToString();

    private static bool IsWordToken(TokenKind kind) => kind is TokenKind.ArabicWord or TokenKind.Number or TokenKind.Latin;

    private static bool EndsWithPercent(string body, int end) => end > 0 && body[end - 1] is '%' or '٪';

    private static bool IsHyphenBetweenDigits(string body, ImmutableArray<Token> tokens, int j) =>
        j + 1 < tokens.Length && body[tokens[j].Start] == '-' && tokens[j].Length == 1 && tokens[j + 1].Start == tokens[j].End
        && tokens[j + 1].Kind == TokenKind.Number && char.IsDigit(body[tokens[j].Start - 1]);

    public static ImmutableArray<FactWord> Scan(string body)
    {
        var words = ScratchArray<FactWord>.Rent(body.Length / 4 + 4);
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c == '\n')
            {
                words.Add(new FactWord(i, i + 1, "\n", true));
                i++;
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200f' || c == '\u200e' || c == '\u200c' || c == '\u200d')
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < body.Length)
                {
                    if (IsWordChar(body[i]))
                    {
                        i++;
                    }
                    else if (IsDigitSeparator(body[i]) && i > start && IsDigit(body[i - 1]) && i + 1 < body.Length && IsDigit(body[i + 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                words.Add(new FactWord(start, i, FactFold.Fold(body.AsSpan(start, i - start)), false));
            }
            else
            {
                words.Add(new FactWord(i, i + 1, Mark(c), true));
                i++;
            }
        }

        return words.ToImmutableAndReturn();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || FactFold.IsIgnorable(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsDigit(char c) => char.IsDigit(c);

    private static bool IsDigitSeparator(char c) => c is '.' or ',' or ':' or '/' or '-' or '٫' or '٬';
}
