namespace Marsad.Text;

/// <summary>
/// A normalised copy of a text with a map back to the original: a match found in <see cref="Text"/> at
/// [start, end) is the original text at [<see cref="OriginalStart"/>(start), <see cref="OriginalEnd"/>(end)).
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] originalIndex;

    private NormalizedText(string original, string text, int[] originalIndex)
    {
        Original = original;
        Text = text;
        this.originalIndex = originalIndex;
    }

    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    public int Length => Text.Length;

    public static NormalizedText Create(string original, NormalizationMode mode = NormalizationMode.Standard)
    {
        ArgumentNullException.ThrowIfNull(original);
        // The map keeps the original's length (normalising rarely drops many chars): no second copy to trim it.
        var map = new int[original.Length];
        var text = string.Create(CountKept(original, mode), (original, mode, map), static (destination, state) =>
        {
            var at = 0;
            for (var i = 0; i < state.original.Length; i++)
            {
                if (ArabicNormalizer.TryFold(state.original[i], state.mode, out var folded))
                {
                    destination[at] = folded;
                    state.map[at++] = i;
                }
            }
        });
        return new NormalizedText(original, text, map);
    }

    private static int CountKept(string text, NormalizationMode mode)
    {
        var kept = 0;
        foreach (var c in text)
        {
            kept += ArabicNormalizer.TryFold(c, mode, out _) ? 1 : 0;
        }

        return kept;
    }

    /// <summary>The original offset of the normalised char at <paramref name="normalizedIndex"/>; the original length
    /// for the end of the text.</summary>
    public int OriginalStart(int normalizedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedIndex, Text.Length);
        return normalizedIndex == Text.Length ? Original.Length : originalIndex[normalizedIndex];
    }

    /// <summary>The original end offset (exclusive) of a normalised span ending at <paramref name="normalizedEnd"/>:
    /// just after the last kept char, extended over the diacritics and tatweel that follow it in the same word.</summary>
    public int OriginalEnd(int normalizedEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedEnd);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedEnd, Text.Length);
        if (normalizedEnd == 0)
        {
            return Text.Length == 0 ? Original.Length : originalIndex[0];
        }

        var end = originalIndex[normalizedEnd - 1] + 1;
        var limit = normalizedEnd < Text.Length ? originalIndex[normalizedEnd] : Original.Length;
        while (end < limit && (ArabicChars.IsDiacritic(Original[end]) || Original[end] == ArabicChars.Tatweel))
        {
            end++;
        }

        return end;
    }

    /// <summary>Maps a normalised span [start, end) to the original.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (end < start)
        {
            throw new ArgumentException($"span end {end} is before its start {start}");
        }

        if (start == end)
        {
            var at = OriginalStart(start);
            return (at, at);
        }

        return (OriginalStart(start), OriginalEnd(end));
    }
}
