namespace Marsad.Text;

/// <summary>Recognises the one token that starts at a position (never at whitespace). The rules, in order:
/// URL, e-mail, hashtag, number, Arabic word, other-script word, surrogate pair (emoji), punctuation, symbol.</summary>
internal static class TokenScanner
{
    private const int MaxUrlLength = 2048;

    public static (int Length, TokenKind Kind) Scan(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        var rest = text[start..];

        if ((c is 'h' or 'H' or 'w' or 'W') && UrlLength(rest) is > 0 and var url)
        {
            return (url, TokenKind.Url);
        }

        if (char.IsAsciiLetterOrDigit(c) && EmailLength(rest) is > 0 and var email)
        {
            return (email, TokenKind.Url);
        }

        if (c is '#' or '\uFF03' && rest.Length > 1 && IsHashtagChar(rest[1]))
        {
            var i = 1;
            while (i < rest.Length && IsHashtagChar(rest[i]))
            {
                i++;
            }

            return (i, TokenKind.Hashtag);
        }

        if (ArabicChars.IsDigit(c))
        {
            return (NumberLength(rest), TokenKind.Number);
        }

        if (ArabicChars.IsArabicWordChar(c))
        {
            var i = 1;
            while (i < rest.Length && (ArabicChars.IsArabicWordChar(rest[i]) || IsJoinerInside(rest, i)))
            {
                i++;
            }

            return (i, TokenKind.ArabicWord);
        }

        if (char.IsLetter(c))
        {
            return (LatinLength(rest), TokenKind.Latin);
        }

        if (char.IsHighSurrogate(c) && rest.Length > 1 && char.IsLowSurrogate(rest[1]))
        {
            var i = 2;
            var kind = System.Text.Rune.IsLetter(new System.Text.Rune(c, rest[1])) ? TokenKind.Latin : TokenKind.Symbol;
            while (i < rest.Length && IsEmojiModifier(rest, i, out var width))
            {
                i += width;
            }

            return (i, kind);
        }

        if (char.IsPunctuation(c) || c is '\u060C' or '\u061B' or '\u061F' or '\u066A' or '\u06D4')
        {
            return (1, TokenKind.Punctuation);
        }

        var length = 1;
        while (length < rest.Length && IsEmojiModifier(rest, length, out var modifierWidth))
        {
            length += modifierWidth;
        }

        return (length, TokenKind.Symbol);
    }

    private static bool IsHashtagChar(char c) => c == '_' || char.IsLetterOrDigit(c) || ArabicChars.IsArabicWordChar(c) || c == '\u200C';

    // A zero-width non-joiner or joiner between two Arabic letters stays inside the word.
    private static bool IsJoinerInside(ReadOnlySpan<char> s, int i) =>
        s[i] is '\u200C' or '\u200D' && i + 1 < s.Length && ArabicChars.IsArabicWordChar(s[i + 1]);

    private static bool IsEmojiModifier(ReadOnlySpan<char> s, int i, out int width)
    {
        width = 1;
        var c = s[i];
        if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
        {
            return true;
        }

        // Zero-width joiner sequences and skin-tone modifiers (U+1F3FB–U+1F3FF).
        if (c == '\u200D' && i + 2 < s.Length && char.IsHighSurrogate(s[i + 1]) && char.IsLowSurrogate(s[i + 2]))
        {
            width = 3;
            return true;
        }

        if (c == '\uD83C' && i + 1 < s.Length && s[i + 1] is >= '\uDFFB' and <= '\uDFFF')
        {
            width = 2;
            return true;
        }

        return false;
    }

    /// <summary>Digits, with single separators (. , : / ٫ ٬) between digit groups, and a trailing % or ٪.</summary>
    private static int NumberLength(ReadOnlySpan<char> s)
    {
        var i = 1;
        while (i < s.Length)
        {
            if (ArabicChars.IsDigit(s[i]))
            {
                i++;
            }
            else if (s[i] is '.' or ',' or ':' or '/' or '\u066B' or '\u066C' && i + 1 < s.Length && ArabicChars.IsDigit(s[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        if (i < s.Length && s[i] is '%' or '\u066A')
        {
            i++;
        }

        return i;
    }

    /// <summary>Letters and digits of a non-Arabic script, with an inner apostrophe, hyphen or dot (U.S, O'Neil, e-mail).</summary>
    private static int LatinLength(ReadOnlySpan<char> s)
    {
        var i = 1;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetterOrDigit(c) && !ArabicChars.IsArabicLetter(c) && !ArabicChars.IsEasternDigit(c))
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) && System.Text.Rune.IsLetter(new System.Text.Rune(c, s[i + 1])))
            {
                i += 2;
            }
            else if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
            }
            else if (c is '\'' or '\u2019' or '-' && i + 1 < s.Length && char.IsAsciiLetter(s[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>http(s)://… or www.…, up to whitespace, without trailing punctuation (and without a closing
    /// bracket that was not opened inside the URL).</summary>
    private static int UrlLength(ReadOnlySpan<char> s)
    {
        if (!(s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 && char.IsAsciiLetterOrDigit(s[4]))))
        {
            return 0;
        }

        var i = 0;
        var openParens = 0;
        while (i < s.Length && i < MaxUrlLength && !ArabicChars.IsBlank(s[i]) && s[i] is not ('«' or '»' or '"' or '<' or '>' or '“' or '”' or '\u060C' or '\u061B'))
        {
            openParens += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
            if (openParens < 0)
            {
                break;
            }

            i++;
        }

        while (i > 0 && s[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ')' or '\u061F')
        {
            i--;
        }

        var schemeEnd = s.IndexOf("://".AsSpan()) is var k and >= 0 && k < 6 ? k + 3 : 4;
        return i > schemeEnd ? i : 0;
    }

    /// <summary>local@domain.tld with ASCII local part and a dotted domain.</summary>
    private static int EmailLength(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && i < 256 && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '.' or '_' or '-' or '+' or '%'))
        {
            i++;
        }

        if (i == 0 || i >= s.Length || s[i] != '@')
        {
            return 0;
        }

        var domainStart = ++i;
        var lastDot = -1;
        while (i < s.Length && i < 512 && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '-' || (s[i] == '.' && i + 1 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1]))))
        {
            if (s[i] == '.')
            {
                lastDot = i;
            }

            i++;
        }

        return lastDot > domainStart && i - lastDot > 2 ? i : 0;
    }
}
