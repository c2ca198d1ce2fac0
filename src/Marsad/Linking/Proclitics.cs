namespace Marsad.Linking;

/// <summary>The proclitics a name can carry (و ف ب ل ك and their pairs: وبروكسل، لبريطانيا، فبغداد) and the
/// article's assimilation after ل (للولايات → الولايات). Each reading gives the key to look up and how many
/// characters of the written word the proclitics take.</summary>
internal static class Proclitics
{
    /// <summary>Readings of a word with its proclitics removed, fewest first; the word as written is not included.</summary>
    public static IEnumerable<(int Skip, string Key)> Strip(string text, int start, int end)
    {
        var pos = start;
        var taken = 0;
        while (pos < end && taken < 2)
        {
            var c = text[pos];
            var allowed = taken == 0 ? c is 'و' or 'ف' or 'ب' or 'ل' or 'ك' : c is 'ب' or 'ل' or 'ك';
            if (!allowed)
            {
                yield break;
            }

            if (c == 'ل' && pos + 1 < end && text[pos + 1] == 'ل')
            {
                // للولايات: ل + (ا)لولايات — the mention keeps the whole word, the key restores the article.
                var rest = LinkKey.Of(text.AsSpan(pos + 1, end - pos - 1));
                if (rest.Length >= 3)
                {
                    yield return (pos - start, "ا" + rest);
                }
            }

            pos++;
            taken++;
            while (pos < end && (text[pos] == 'ـ' || (text[pos] >= '\u064B' && text[pos] <= '\u065F')))
            {
                pos++;
            }

            if (end - pos < 2)
            {
                yield break;
            }

            yield return (pos - start, LinkKey.Of(text.AsSpan(pos, end - pos)));
        }
    }
}
