using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// The word forms the tagger's features look at: a light orthographic normalisation (hamzated alefs, alef maqsura,
/// taa marbuta, diacritics and tatweel) and candidate proclitic strippings (و ف, then ب ل ك, then ال). Written on spans
/// into caller buffers so that feature extraction allocates nothing per token.
/// </summary>
public static class ArabicForms
{
    /// <summary>Writes the normalised form of <paramref name="word"/> (the text layer's <see cref="ArabicNormalizer"/>,
    /// standard mode) into <paramref name="destination"/>, as much as fits; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (n >= destination.Length)
            {
                break;
            }

            if (ArabicNormalizer.TryFold(c, NormalizationMode.Standard, out var folded))
            {
                destination[n++] = folded;
            }
        }

        return n;
    }

    /// <summary>The index in <paramref name="word"/> just after its first <paramref name="normalizedChars"/> kept
    /// (normalised) characters: maps a cut in the normalised form back onto the original text.</summary>
    public static int OriginalIndex(ReadOnlySpan<char> word, int normalizedChars)
    {
        var kept = 0;
        var i = 0;
        while (i < word.Length && kept < normalizedChars)
        {
            if (ArabicNormalizer.TryFold(word[i], NormalizationMode.Standard, out _))
            {
                kept++;
            }

            i++;
        }

        // Diacritics written on the cut-off letter belong to it.
        while (i < word.Length && !ArabicNormalizer.TryFold(word[i], NormalizationMode.Standard, out _))
        {
            i++;
        }

        return i;
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

    public static bool IsArabicLetter(char c) => ArabicChars.IsArabicLetter(c);

    private static int Remaining(ReadOnlySpan<char> s, int i) => s.Length - i;
}
