using System.Globalization;

namespace Marsad.Facts;

/// <summary>Parses a folded digit word as an amount: 31, 1,500, 3.5, 3,5. Times (17:39), dates (28/6/2021,
/// 2021.06.28) and codes with a leading zero (0163) are not amounts.</summary>
internal static class DigitAmount
{
    public static bool TryParse(ReadOnlySpan<char> text, out double value, out bool grouped)
    {
        value = 0;
        grouped = false;
        if (text.Length == 0 || text.Length > 18 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        if (text is ['0', var second, ..] && char.IsAsciiDigit(second))
        {
            return false; // «0163», «007»: a code, a serial or a phone number, not an amount
        }

        int dots = 0, commas = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (c == ',')
            {
                commas++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (dots > 1 || (dots == 1 && commas > 0))
        {
            return false;
        }

        if (commas > 0)
        {
            if (IsThousandsGrouping(text))
            {
                grouped = true;
                Span<char> digits = stackalloc char[text.Length];
                var n = 0;
                foreach (var c in text)
                {
                    if (c != ',')
                    {
                        digits[n++] = c;
                    }
                }

                return double.TryParse(digits[..n], NumberStyles.None, CultureInfo.InvariantCulture, out value);
            }

            if (commas > 1)
            {
                return false;
            }

            // A single comma not followed by three digits is a decimal comma (3,5).
            Span<char> decimalText = stackalloc char[text.Length];
            text.CopyTo(decimalText);
            decimalText[text.IndexOf(',')] = '.';
            return double.TryParse(decimalText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsThousandsGrouping(ReadOnlySpan<char> text)
    {
        var first = text.IndexOf(',');
        if (first is < 1 or > 3)
        {
            return false;
        }

        var rest = text[(first + 1)..];
        while (true)
        {
            var next = rest.IndexOf(',');
            var group = next < 0 ? rest : rest[..next];
            if (group.Length != 3)
            {
                return false;
            }

            if (next < 0)
            {
                return true;
            }

            rest = rest[(next + 1)..];
        }
    }
}
