using System.Collections.Immutable;

namespace Marsad.Facts;

/// <summary>Splits a body into <see cref="FactWord"/>s: letter/digit runs (with their marks and tatweel), digit
/// groups with their inner separators, and single punctuation marks; a line break is kept as a mark so that no
/// date or quantity runs across paragraphs.</summary>
internal static class FactWordScanner
{
    public static ImmutableArray<FactWord> Scan(string body)
    {
        var words = ImmutableArray.CreateBuilder<FactWord>(body.Length / 5 + 4);
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
                words.Add(new FactWord(i, i + 1, c.ToString(), true));
                i++;
            }
        }

        return words.ToImmutable();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || FactFold.IsIgnorable(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsDigit(char c) => char.IsDigit(c);

    private static bool IsDigitSeparator(char c) => c is '.' or ',' or ':' or '/' or '-' or '٫' or '٬';
}
