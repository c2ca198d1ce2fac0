using Marsad.Facts;
using Marsad.Knowledge;

namespace Marsad.Tests.Facts;

public sealed class FactContextTests
{
    private static readonly FactsLexicon Lexicon = FactsLexicon.For(ResourceFiles.Default);

    [Fact]
    public void A_word_without_a_proclitic_is_its_only_stem()
    {
        var context = new FactContext("زار الوزير مدينتين", Lexicon);
        foreach (var index in new[] { 0, 1, 2 })
        {
            var stems = context.Stems(index);
            Assert.Equal(1, stems.Length);
            Assert.Equal((context.Words[index].Folded, context.Words[index].Start), stems[0]);
            Assert.Equal([stems[0]], Readings(stems));
        }
    }

    [Fact]
    public void A_word_under_proclitics_is_read_whole_first_then_without_them()
    {
        const string body = "قال إنه سافر وبالأمس";
        var context = new FactContext(body, Lexicon);
        var stems = Readings(context.Stems(3));
        Assert.Equal(["وبالامس", "بالامس", "الامس"], stems.Select(s => s.Stem));
        Assert.Equal([body.IndexOf('و', 13), body.IndexOf('ب', 13), body.IndexOf('ا', 15)], stems.Select(s => s.Start));
    }

    [Fact]
    public void A_two_letter_word_that_starts_like_a_proclitic_is_not_split()
    {
        var context = new FactContext("بل في لقاء", Lexicon);
        Assert.Equal(1, context.Stems(0).Length);
        Assert.Equal("في", context.Stems(1)[0].Stem);
        Assert.Equal(1, context.Stems(1).Length);
        Assert.Equal(2, context.Stems(2).Length);
    }

    [Fact]
    public void The_same_stems_come_back_when_asked_again()
    {
        var context = new FactContext("وصل وفد ولبنان", Lexicon);
        Assert.Equal(Readings(context.Stems(2)), Readings(context.Stems(2)));
        Assert.Equal(["ولبنان", "لبنان", "بنان"], Readings(context.Stems(2)).Select(s => s.Stem));
    }

    [Fact]
    public void A_phrase_is_found_from_a_span_as_from_a_string()
    {
        var context = new FactContext("عاد إلى المدينة وكانون الثاني يقترب", Lexicon);
        var fromString = Lexicon.Months.TryMatch(context.Words, 3, "كانون", out var month, out var length);
        var fromSpan = Lexicon.Months.TryMatch(context.Words, 3, context.Words[3].Folded.AsSpan(1), out var spanMonth, out var spanLength);
        Assert.True(fromString);
        Assert.True(fromSpan);
        Assert.Equal(1, month.Month);
        Assert.Equal(2, length);
        Assert.Equal(month, spanMonth);
        Assert.Equal(length, spanLength);
        Assert.False(Lexicon.Months.TryMatch(context.Words, 3, context.Words[3].Folded.AsSpan(), out _, out _));
        Assert.False(Lexicon.Months.TryMatch(context.Words, 99, "كانون".AsSpan(), out _, out _));
    }

    private static List<(string Stem, int Start)> Readings(WordStems stems)
    {
        var readings = new List<(string Stem, int Start)>();
        foreach (var reading in stems)
        {
            readings.Add(reading);
        }

        return readings;
    }
}
