using System.Collections.Immutable;

namespace Marsad.Facts;

/// <summary>Folded word sequences (one or more words) mapped to a value, matched longest first over
/// <see cref="FactWord"/>s. Built once per lexicon; read-only and thread-safe afterwards.</summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> singles = new(StringComparer.Ordinal);

    // Taken once: GetAlternateLookup checks the comparer with an interface cast on every call, which cost the date
    // grammar (a look-up per word and table) about a tenth of its time.
    private readonly Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> byFirstWordSpans;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> singleSpans;

    public PhraseTable()
    {
        byFirstWordSpans = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        singleSpans = singles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first entry for a phrase wins, so shipped data is not overridden silently by a
    /// duplicate, while a user file can still add new phrases.</summary>
    public void Add(string phrase, T value)
    {
        var words = FactFold.FoldPhrase(phrase);
        if (words.Length == 0)
        {
            return;
        }

        if (!byFirstWord.TryGetValue(words[0], out var list))
        {
            list = [];
            byFirstWord[words[0]] = list;
        }

        if (list.Any(e => e.Words.AsSpan().SequenceEqual(words)))
        {
            return;
        }

        list.Add((words, value));
        if (words.Length == 1)
        {
            singles.TryAdd(words[0], value);
            LongestSingle = Math.Max(LongestSingle, words[0].Length);
            ShortestSingle = ShortestSingle == 0 ? words[0].Length : Math.Min(ShortestSingle, words[0].Length);
            var initial = words[0][0];
            if ((uint)(initial - ArabicBlock) < (uint)arabicInitials.Length)
            {
                arabicInitials[initial - ArabicBlock] = true;
            }
            else
            {
                otherInitials.Add(initial);
            }
        }

        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    /// <summary>The length of the longest one-word phrase: scans that try every cut of a word stop at it, so a
    /// hostile 100,000-letter token costs no more than an ordinary word.</summary>
    public int LongestSingle { get; private set; }

    /// <summary>The length of the shortest one-word phrase.</summary>
    public int ShortestSingle { get; private set; }

    private const char ArabicBlock = '\u0600';

    /// <summary>The first letters of the one-word phrases: those of the Arabic block by their offset in it, the others
    /// in a set.</summary>
    private readonly bool[] arabicInitials = new bool[0x100];
    private readonly HashSet<char> otherInitials = [];

    /// <summary>Whether a one-word phrase could be this span, by its length and first letter alone: a screen before the
    /// look-up where most words of a body are asked and few are in the table.</summary>
    public bool MayBeSingle(ReadOnlySpan<char> folded)
    {
        if (folded.Length < ShortestSingle || folded.Length > LongestSingle || folded.Length == 0)
        {
            return false;
        }

        var initial = folded[0];
        return (uint)(initial - ArabicBlock) < (uint)arabicInitials.Length ? arabicInitials[initial - ArabicBlock] : otherInitials.Contains(initial);
    }

    public bool ContainsWord(string folded) => TryGetSingle(folded, out _);

    /// <summary>Whether a one-word phrase is this span (a word with its article or proclitic cut off).</summary>
    public bool ContainsWord(ReadOnlySpan<char> folded) => TryGetSingle(folded, out _);

    /// <summary>The value of a one-word phrase.</summary>
    public bool TryGetSingle(string folded, out T value) => singles.TryGetValue(folded, out value!);

    /// <summary>The value of a one-word phrase, looked up without allocating (glued month names).</summary>
    public bool TryGetSingle(ReadOnlySpan<char> folded, out T value) => singleSpans.TryGetValue(folded, out value!);

    /// <summary>The longest phrase starting at word <paramref name="index"/>; <paramref name="firstWord"/> replaces
    /// the folded form of that first word (used after a proclitic is stripped). Punctuation ends a phrase.</summary>
    public bool TryMatch(ImmutableArray<FactWord> words, int index, string firstWord, out T value, out int wordCount)
    {
        byFirstWord.TryGetValue(firstWord, out var candidates);
        return TryMatchAny(words, index, candidates, out value, out wordCount);
    }

    /// <summary>As <see cref="TryMatch(ImmutableArray{FactWord}, int, string, out T, out int)"/> with the first word
    /// given as a span (a word with its proclitic cut off), looked up without allocating.</summary>
    public bool TryMatch(ImmutableArray<FactWord> words, int index, ReadOnlySpan<char> firstWord, out T value, out int wordCount)
    {
        byFirstWordSpans.TryGetValue(firstWord, out var candidates);
        return TryMatchAny(words, index, candidates, out value, out wordCount);
    }

    public bool TryMatch(ImmutableArray<FactWord> words, int index, out T value, out int wordCount)
    {
        if (index < 0 || index >= words.Length)
        {
            value = default!;
            wordCount = 0;
            return false;
        }

        return TryMatch(words, index, words[index].Folded, out value, out wordCount);
    }

    /// <summary>The longest of <paramref name="candidates"/> (the phrases of one first word, longest first) that the
    /// words from <paramref name="index"/> on continue.</summary>
    private static bool TryMatchAny(ImmutableArray<FactWord> words, int index, List<(string[] Words, T Value)>? candidates, out T value, out int wordCount)
    {
        if (candidates is not null && index >= 0 && index < words.Length)
        {
            foreach (var entry in candidates)
            {
                if (Matches(words, index, entry.Words))
                {
                    value = entry.Value;
                    wordCount = entry.Words.Length;
                    return true;
                }
            }
        }

        value = default!;
        wordCount = 0;
        return false;
    }

    private static bool Matches(ImmutableArray<FactWord> words, int index, string[] phrase)
    {
        if (index + phrase.Length > words.Length)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            var word = words[index + k];
            if (word.IsPunctuation && !(phrase[k].Length == 1 && word.Folded == phrase[k]))
            {
                return false;
            }

            if (!string.Equals(word.Folded, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
