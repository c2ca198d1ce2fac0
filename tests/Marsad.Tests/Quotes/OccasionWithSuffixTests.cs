using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// An occasion noun with a possessive whose final hamza sits on a seat («لقائنا» for «لقاء») is an adjunct, not part
/// of the speaker. Sentences written for these tests.
/// </summary>
public sealed class OccasionWithSuffixTests
{
    [Theory]
    [InlineData("لقائنا", true)]
    [InlineData("اللقاء", true)]
    [InlineData("لقاؤه", true)]
    [InlineData("بقائنا", false)]
    public void An_occasion_noun_with_a_suffix_is_found_through_its_hamza_seat(string word, bool occasion)
    {
        var phrases = new Marsad.Quotes.SpeakerPhrase(new Marsad.Quotes.QuoteText(word), Marsad.Quotes.QuoteLexicon.Load(Marsad.Knowledge.ResourceFiles.Default));
        Assert.Equal(occasion, phrases.IsAdjunctHead(Marsad.Quotes.ArabicKey.Of(word)));
    }

    [Fact]
    public void An_occasion_written_with_a_hamza_seat_before_the_suffix_is_not_part_of_the_speaker()
    {
        var q = Single("وكما قال لي كريم منصور في لقائنا الأخير: \"الاستثمار يحتاج إلى صبر طويل\".");
        Assert.Equal("كريم منصور", q.Speaker.Name);
        Assert.Equal("الاستثمار يحتاج إلى صبر طويل", q.Text);
    }
}
