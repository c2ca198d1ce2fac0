namespace Marsad.Linking;

/// <summary>
/// The first words of several <see cref="PhraseIndex{T}"/>es in one set: most words of a body start no phrase of
/// any index, and one look-up per reading of the word says so before each index is asked in turn.
/// </summary>
internal sealed class FirstWordFilter
{
    private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);

    // Taken once: GetAlternateLookup checks the comparer with an interface cast on every call (one per word here).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWordSpans;

    public FirstWordFilter(params IEnumerable<string>[] firstWordLists)
    {
        firstWordSpans = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var list in firstWordLists)
        {
            firstWords.UnionWith(list);
        }
    }

    /// <summary>Whether the token, as written or with its proclitics removed, is the first word of some phrase.</summary>
    public bool MayStartAt(string text, LinkToken token)
    {
        if (firstWords.Contains(token.Key))
        {
            return true;
        }

        Span<ProcliticReading> readings = stackalloc ProcliticReading[Proclitics.MaxReadings];
        var count = Proclitics.Readings(text, token.Start, token.End, readings);
        Span<char> buffer = token.Key.Length < 256 ? stackalloc char[token.Key.Length + 1] : new char[token.Key.Length + 1];
        for (var r = 0; r < count; r++)
        {
            if (firstWordSpans.Contains(Proclitics.KeyOf(text, token, readings[r], buffer)))
            {
                return true;
            }
        }

        return false;
    }
}
