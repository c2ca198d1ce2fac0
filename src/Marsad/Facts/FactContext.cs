using System.Collections.Immutable;

namespace Marsad.Facts;

/// <summary>One body seen by the facts recognisers: its words, the lexicon, and helpers shared by the quantity
/// and date grammars (proclitic stripping, year reading). Made per article; not shared between threads.</summary>
internal sealed class FactContext
{
    private const string Proclitics = "وفبلك";

    public FactContext(string body, FactsLexicon lexicon, ImmutableArray<Marsad.Text.Token> tokens = default)
    {
        Body = body;
        Lexicon = lexicon;
        Words = tokens.IsDefaultOrEmpty ? FactWordScanner.Scan(body) : FactWordScanner.FromTokens(body, tokens);
        stems = new (string, int)[]?[Words.Length];
    }

    /// <summary>The stems of the words that may carry a proclitic, computed when first asked for.</summary>
    private readonly (string Stem, int Start)[]?[] stems;

    public string Body { get; }

    public FactsLexicon Lexicon { get; }

    public ImmutableArray<FactWord> Words { get; }

    public int Count => Words.Length;

    public bool IsWord(int index) => index >= 0 && index < Words.Length && !Words[index].IsPunctuation;

    public bool IsMark(int index, char mark) =>
        index >= 0 && index < Words.Length && Words[index].IsPunctuation && Words[index].Folded[0] == mark;

    public string FoldedAt(int index) => index >= 0 && index < Words.Length ? Words[index].Folded : string.Empty;

    /// <summary>The index of a range's second bound, when the word before <paramref name="first"/> opens a range
    /// (<c>facts/range-words.tsv</c>) and <paramref name="afterFirst"/> (the word after the first bound) goes on with
    /// it: «بين 18 و27» gives the «و27» word, «من 3 إلى 9» the word after «إلى»; -1 otherwise.</summary>
    public int SecondRangeBound(int first, int afterFirst)
    {
        var opening = FoldedAt(first - 1);
        if (Lexicon.RangeBetweenWords.Contains(opening) && FoldedAt(afterFirst).StartsWith('و'))
        {
            return afterFirst;
        }

        return Lexicon.RangeFromWords.Contains(opening) && Lexicon.RangeToWords.Contains(FoldedAt(afterFirst)) ? afterFirst + 1 : -1;
    }

    /// <summary>The word itself, then the word without a proclitic (و ف ب ل ك, or two of them: وب، فل): each with
    /// the body offset where the stem starts. The whole word comes first so وزير is never read as و + زير.
    /// Computed once per word: every grammar asks for them.</summary>
    public WordStems Stems(int index)
    {
        var readings = stems[index] ??= ComputeStems(index);
        return readings.Length == 0 ? new WordStems(Words[index].Folded, Words[index].Start) : new WordStems(readings);
    }

    /// <summary>The readings of a word with a proclitic; none (a shared empty array) for a word that is only itself.</summary>
    private (string Stem, int Start)[] ComputeStems(int index)
    {
        var word = Words[index];
        var folded = word.Folded;
        if (word.IsPunctuation || folded.Length < 3 || !Proclitics.Contains(folded[0]))
        {
            return [];
        }

        var original = Body.AsSpan(word.Start, word.End - word.Start);
        var one = (folded[1..], word.Start + FactFold.OriginalOffset(original, 1));
        if (folded.Length >= 4 && folded[0] is 'و' or 'ف' && "بلك".Contains(folded[1]))
        {
            return [(folded, word.Start), one, (folded[2..], word.Start + FactFold.OriginalOffset(original, 2))];
        }

        return [(folded, word.Start), one];
    }

    /// <summary>A four-digit year (1000-2999), optionally with the Gregorian mark glued on (2014م).</summary>
    public bool TryYear(int index, out int year)
    {
        year = 0;
        if (!IsWord(index))
        {
            return false;
        }

        var folded = Words[index].Folded.AsSpan();
        if (folded.Length == 5 && folded[4] == 'م')
        {
            folded = folded[..4];
        }

        return folded.Length == 4 && int.TryParse(folded, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && year is >= 1000 and <= 2999;
    }

    /// <summary>A day of the month in digits (1-31).</summary>
    public bool TryDayOfMonth(int index, out int day)
    {
        day = 0;
        if (!IsWord(index))
        {
            return false;
        }

        var folded = Words[index].Folded;
        return folded.Length <= 2 && int.TryParse(folded, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day)
            && day is >= 1 and <= 31;
    }
}
