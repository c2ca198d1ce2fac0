using Marsad.Text;

namespace Marsad.Linking;

/// <summary>The proclitics a name can carry (و ف ب ل ك and their pairs: وبروكسل، لبريطانيا، فبغداد) and the
/// article's assimilation after ل (للولايات → الولايات). Each reading gives the key to look up and how many
/// characters of the written word the proclitics take.</summary>
internal static class Proclitics
{
    /// <summary>At most two proclitics, each with an optional restored-article reading.</summary>
    public const int MaxReadings = 4;

    /// <summary>Writes the readings of the word text[start..end) with its proclitics removed, fewest first (the word
    /// as written is not included), into <paramref name="readings"/>; returns how many. Allocation-free: the linker
    /// asks this of every word several times.</summary>
    public static int Readings(string text, int start, int end, Span<ProcliticReading> readings)
    {
        var count = 0;
        var pos = start;
        var taken = 0;
        while (pos < end && taken < 2)
        {
            var c = text[pos];
            var allowed = taken == 0 ? ArabicChars.IsProcliticLetter(c) : ArabicChars.IsPrepositionLetter(c);
            if (!allowed)
            {
                break;
            }

            if (c == 'ل' && pos + 1 < end && text[pos + 1] == 'ل' && KeyLength(text, pos + 1, end) >= 3)
            {
                // للولايات: ل + (ا)لولايات — the mention keeps the whole word, the key restores the article.
                readings[count++] = new ProcliticReading(pos - start, pos + 1, RestoresArticle: true);
            }

            pos++;
            taken++;
            while (pos < end && (text[pos] == 'ـ' || (text[pos] >= '\u064B' && text[pos] <= '\u065F')))
            {
                pos++;
            }

            if (end - pos < 2 || ArabicChars.CannotBeginWord(text[pos]))
            {
                break;
            }

            readings[count++] = new ProcliticReading(pos - start, pos, RestoresArticle: false);
        }

        return count;
    }

    /// <summary>The lookup key of a reading of <paramref name="token"/>, written into <paramref name="buffer"/>
    /// (at least the token key's length + 1): the tail of the token's key, after the letters the proclitics took.</summary>
    public static ReadOnlySpan<char> KeyOf(string text, LinkToken token, ProcliticReading reading, Span<char> buffer)
    {
        // LinkKey folds letter by letter, so the key of a word's tail is the tail of the word's key.
        var dropped = KeyLength(text, token.Start, reading.KeyFrom);
        var tail = token.Key.AsSpan(Math.Min(dropped, token.Key.Length));
        if (!reading.RestoresArticle)
        {
            return tail;
        }

        buffer[0] = 'ا';
        tail.CopyTo(buffer[1..]);
        return buffer[..(tail.Length + 1)];
    }

    /// <summary>Readings of a word with its proclitics removed, fewest first, with their keys as strings and whether the article was restored; for callers
    /// off the hot path (look-ups by name, tagged mentions).</summary>
    public static IEnumerable<(int Skip, string Key, bool RestoresArticle)> Strip(string text, int start, int end)
    {
        var readings = new ProcliticReading[MaxReadings];
        var count = Readings(text, start, end, readings);
        for (var r = 0; r < count; r++)
        {
            var key = LinkKey.Of(text.AsSpan(readings[r].KeyFrom, end - readings[r].KeyFrom));
            yield return (readings[r].Skip, readings[r].RestoresArticle ? "ا" + key : key, readings[r].RestoresArticle);
        }
    }

    /// <summary>How many key letters text[start..end) folds to.</summary>
    private static int KeyLength(string text, int start, int end)
    {
        var n = 0;
        for (var k = start; k < end; k++)
        {
            if (!LinkKey.IsSeparator(text[k]) && LinkKey.Fold(text[k]) != '\0')
            {
                n++;
            }
        }

        return n;
    }
}
