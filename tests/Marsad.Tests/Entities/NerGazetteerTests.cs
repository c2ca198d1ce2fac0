using Marsad.Entities;

namespace Marsad.Tests.Entities;

public class NerGazetteerTests
{
    /// <summary>The flags the gazetteer gives each token of a sentence (shared with the typed-list tests).</summary>
    internal static GazetteerFlags[] Flags(NerGazetteer g, params string[] tokens)
    {
        var keys = tokens.Select(t => NerGazetteer.Key(t)).ToArray();
        var flags = new GazetteerFlags[tokens.Length];
        g.Annotate(keys, flags);
        return flags;
    }

    [Fact]
    public void Phrases_match_longest_first_through_clitics_and_spelling_variants()
    {
        var g = new NerGazetteer();
        g.AddPhrase("مجلس الأمن الدولي", GazetteerFlags.OrgBegin);
        g.AddPhrase("مجلس", GazetteerFlags.MiscBegin);
        var flags = Flags(g, "أمام", "ومجلس", "الامن", "الدولي", "اليوم");
        Assert.Equal(GazetteerFlags.None, flags[0]);
        Assert.True(flags[1].HasFlag(GazetteerFlags.OrgBegin));
        Assert.False(flags[1].HasFlag(GazetteerFlags.MiscBegin));
        Assert.True(flags[2].HasFlag(GazetteerFlags.OrgInside));
        Assert.True(flags[3].HasFlag(GazetteerFlags.OrgInside | GazetteerFlags.PhraseEnd));
        Assert.Equal(GazetteerFlags.None, flags[4]);
    }

    [Fact]
    public void Single_words_carry_their_list_flags()
    {
        var g = new NerGazetteer();
        g.AddWord("سامر", GazetteerFlags.FirstName);
        g.AddPhrase("وزير الخارجية", GazetteerFlags.PersonTitle | GazetteerFlags.TitleEnd);
        var flags = Flags(g, "وزير", "الخارجية", "سامر");
        Assert.True(flags[0].HasFlag(GazetteerFlags.PersonTitle));
        Assert.False(flags[0].HasFlag(GazetteerFlags.TitleEnd));
        Assert.True(flags[1].HasFlag(GazetteerFlags.TitleEnd));
        Assert.True(flags[2].HasFlag(GazetteerFlags.FirstName));
    }

    [Fact]
    public void The_shipped_gazetteers_load()
    {
        var g = NerGazetteer.Load(Marsad.Knowledge.ResourceFiles.Default);
        Assert.True(g.Entries > 1000, $"{g.Entries} entries");
    }

    [Fact]
    public void Normalisation_and_proclitic_guesses_work_on_spans()
    {
        Span<char> buffer = stackalloc char[32];
        var n = ArabicForms.Normalize("وَالأُمَّة", buffer);
        Assert.Equal("والامه", buffer[..n].ToString());
        Assert.Equal(3, ArabicForms.ProcliticLength("والامه", 2));
        Assert.Equal(0, ArabicForms.ProcliticLength("بوش", 3));
        Assert.Equal(1, ArabicForms.ConjunctionPrepositionLength("وللامم", 2));
    }
}
