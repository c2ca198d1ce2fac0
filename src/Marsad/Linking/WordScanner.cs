using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>Splits a body into <see cref="LinkToken"/>s. A phrase may run over spaces, quote marks, brackets and
/// hashtag joiners (تنظيم "الدولة"، #تيريزا_ماي) and a compound name's hyphen (هينيس-بلاسخارت), but not over other
/// punctuation or line breaks.</summary>
internal static class WordScanner
{
    // One builder per thread, kept between bodies: the tokens are copied out at their exact count, so a body costs
    // one array of tokens rather than a builder's over-sized array and the copy from it.
    [ThreadStatic]
    private static ImmutableArray<LinkToken>.Builder? reusedTokens;

    private const int MaxKeptCapacity = 1 << 16;

    public static ImmutableArray<LinkToken> Scan(string text)
    {
        var tokens = reusedTokens ??= ImmutableArray.CreateBuilder<LinkToken>(1024);
        tokens.Clear();
        var joins = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (LinkKey.IsWordChar(c) && c != 'ـ')
            {
                var start = i;
                while (i < text.Length && LinkKey.IsWordChar(text[i]))
                {
                    i++;
                }

                tokens.Add(new LinkToken(start, i, LinkKey.Of(text.AsSpan(start, i - start)), joins && tokens.Count > 0));
                joins = true;
                continue;
            }

            // A hyphen inside a compound name (هينيس-بلاسخارت، كوفيد-19) joins its parts; a spaced dash does not.
            var compound = c == '-' && i > 0 && i + 1 < text.Length && LinkKey.IsWordChar(text[i - 1]) && LinkKey.IsWordChar(text[i + 1]);
            if (c is '\n' or '\r' || !(compound || c == ' ' || c == '\u00A0' || c == '\t' || c == 'ـ' || LinkKey.IsSeparator(c) || LinkKey.IsMark(c)))
            {
                joins = false;
            }

            i++;
        }

        var scanned = tokens.ToImmutable();
        tokens.Clear(); // lets the keys go
        if (tokens.Capacity > MaxKeptCapacity)
        {
            reusedTokens = null; // one huge body must not pin its token array to the thread for good
        }

        return scanned;
    }
}
