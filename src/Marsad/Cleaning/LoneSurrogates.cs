namespace Marsad.Cleaning;

/// <summary>
/// Unpaired UTF-16 surrogates (a cut emoji in scraped text) cannot travel in JSON, which writes U+FFFD for each: the
/// cleaner replaces them first, one character for one, so the analysed body is the body that is stored and served.
/// </summary>
internal static class LoneSurrogates
{
    public static string? Replace(string? text)
    {
        if (text is null || FirstLone(text) is not (>= 0 and var first))
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (var i = state.first; i < chars.Length; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(chars[i]))
                {
                    chars[i] = '\uFFFD';
                }
            }
        });
    }

    private static int FirstLone(string text)
    {
        var start = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
