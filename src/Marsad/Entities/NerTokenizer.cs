namespace Marsad.Entities;

/// <summary>
/// A minimal tokenizer in ANERcorp's manner (clitics stay attached; punctuation marks become tokens of their own),
/// used for unlabelled text and as the annotator's fallback when the text stage has left no tokens.
/// </summary>
public static class NerTokenizer
{
    /// <summary>Writes (start, length) of the next tokens of <paramref name="text"/> into <paramref name="output"/>; returns how many, and how far it read.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<(int Start, int Length)> output, out int consumed)
    {
        var n = 0;
        var i = 0;
        while (i < text.Length && n < output.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200c' or '\u200d' or '\u200e' or '\u200f' or '\ufeff')
            {
                i++;
                continue;
            }

            var start = i;
            if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            output[n++] = (start, i - start);
        }

        consumed = i;
        return n;
    }

    /// <summary>Letters, digits, combining marks and tatweel make up words.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>Whether a token ends a sentence (. ! ? ؟ and the Arabic full stop).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> token) => token is "." or "!" or "?" or "؟" or "۔" or "…";

    /// <summary>All tokens of a text as (start, length) pairs.</summary>
    public static List<(int Start, int Length)> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int, int)>();
        Span<(int, int)> buffer = new (int, int)[256];
        var offset = 0;
        while (offset < text.Length)
        {
            var count = Tokenize(text.AsSpan(offset), buffer, out var consumed);
            for (var k = 0; k < count; k++)
            {
                result.Add((buffer[k].Item1 + offset, buffer[k].Item2));
            }

            if (consumed == 0)
            {
                break;
            }

            offset += consumed;
        }

        return result;
    }
}
