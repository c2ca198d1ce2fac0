namespace Marsad.Entities;

/// <summary>
/// The word forms the tagger's features look at: a light orthographic normalisation (hamzated alefs, alef maqsura,
/// taa marbuta, diacritics and tatweel) and candidate proclitic strippings (و ف, then ب ل ك, then ال). Written on spans
/// into caller buffers so that feature extraction allocates nothing per token.
/// </summary>
public static class ArabicForms
{
    /// <summary>Writes the normalised form of <paramref name="word"/> into <paramref name="destination"/>; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (n >= destination.Length)
            {
                break;
            }

            switch (c)
            {
                case '\u0640': // tatweel
                    continue;
                case >= '\u064B' and <= '\u065F':
                case '\u0670':
                    continue; // harakat, shadda, sukun, superscript alef
                case '\u0623' or '\u0625' or '\u0622' or '\u0671':
                    destination[n++] = '\u0627';
                    break;
                case '\u0649':
                    destination[n++] = '\u064A';
                    break;
                case '\u0629':
                    destination[n++] = '\u0647';
                    break;
                case >= 'A' and <= 'Z':
                    destination[n++] = (char)(c + 32);
                    break;
                default:
                    destination[n++] = c;
                    break;
            }
        }

        return n;
    }

    /// <summary>
    /// The length of the proclitics (و/ف, then ب/ل/ك, then ال, or ل+ال written لل) at the start of a normalised
    /// word, leaving a stem of at least <paramref name="minStem"/> letters. Greedy: a guess, for features only.
    /// </summary>
    public static int ProcliticLength(ReadOnlySpan<char> normalized, int minStem = 2)
    {
        var i = 0;
        if (Remaining(normalized, i) >= minStem + 1 && normalized[i] is '\u0648' or '\u0641')
        {
            i++;
        }

        if (Remaining(normalized, i) >= minStem + 2 && normalized[i] == '\u0644' && normalized[i + 1] == '\u0644')
        {
            return i + 2; // لل = ل + ال
        }

        if (Remaining(normalized, i) >= minStem + 1 && normalized[i] is '\u0628' or '\u0644' or '\u0643')
        {
            i++;
        }

        if (Remaining(normalized, i) >= minStem + 2 && normalized[i] == '\u0627' && normalized[i + 1] == '\u0644')
        {
            i += 2;
        }

        return i;
    }

    /// <summary>The length of only the one- or two-letter conjunction/preposition prefix (و ف ب ل ك), keeping ال.</summary>
    public static int ConjunctionPrepositionLength(ReadOnlySpan<char> normalized, int minStem = 2)
    {
        var i = 0;
        if (Remaining(normalized, i) >= minStem + 1 && normalized[i] is '\u0648' or '\u0641')
        {
            i++;
        }

        if (Remaining(normalized, i) >= minStem + 1 && normalized[i] is '\u0628' or '\u0644' or '\u0643')
        {
            // لل is ل + ال: keep the article's lam so the stem reads ال...
            if (normalized[i] == '\u0644' && i + 1 < normalized.Length && normalized[i + 1] == '\u0644')
            {
                return i;
            }

            i++;
        }

        return i;
    }

    public static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or '\u06A9' or '\u06AF' or '\u06CC';

    private static int Remaining(ReadOnlySpan<char> s, int i) => s.Length - i;
}
