using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>The ranks an honorific of address is given to (معالي → وزير), each a title opening as word keys; and
/// whether the word is the honorific's pronoun (معاليه), which stands alone for the person.</summary>
internal sealed record HonorificRank(ImmutableArray<string[]> Ranks, bool IsPronoun = false)
{
    /// <summary>Whether a word is the head of one of the ranks (الوزير after «معالي»).</summary>
    public bool IsRankHead(ReadOnlySpan<char> wordKey)
    {
        var head = RoleTitleIndex.Head(wordKey);
        foreach (var rank in Ranks)
        {
            if (head.SequenceEqual(RoleTitleIndex.Head(rank[0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a title (its word keys) opens with one of the ranks: the first word compared by its head,
    /// the next ones as written. A rank written with the article (الرئيس) asks for a definite title, so that
    /// «رئيس الوزراء» is no «الرئيس».</summary>
    public bool Titles(string[] titleWords)
    {
        foreach (var rank in Ranks)
        {
            if (titleWords.Length >= rank.Length && RoleTitleIndex.Head(titleWords[0]) == RoleTitleIndex.Head(rank[0])
                && (!rank[0].StartsWith("ال", StringComparison.Ordinal) || titleWords[0].StartsWith("ال", StringComparison.Ordinal))
                && rank.AsSpan(1).SequenceEqual(titleWords.AsSpan(1, rank.Length - 1)))
            {
                return true;
            }
        }

        return false;
    }
}
