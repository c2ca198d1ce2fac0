using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// «جاء في بيان» followed by the issuer as a genitive (بيان للوزارة، بيان نادي الزمالك) names its source: the document
/// phrase is the mention, not the last speaker carried over; «جاء في البيان» still refers back. Read with the tagger and
/// linker. Sentences written for these tests.
/// </summary>
public sealed class DocumentIssuerGenitiveTests
{
    private const string EarlierSpeaker = "وقال وزير النقل سامر حداد إن المشروع سيبدأ قريبا.";

    [Theory]
    [InlineData("وجاء في بيان للوزارة أن التمويل اكتمل بالكامل.", "بيان للوزارة")]
    [InlineData("وجاء في بيان نادي الزمالك أن اللاعب سيغادر الفريق.", "بيان نادي الزمالك")]
    public void An_issuer_genitive_of_the_document_is_the_source(string sentence, string mention)
    {
        var quotes = FindLinked(EarlierSpeaker + "\n" + sentence);
        Assert.Equal(2, quotes.Length);
        Assert.Equal(mention, quotes[1].Speaker.Mention);
        Assert.NotEqual("سامر حداد", quotes[1].Speaker.Name);
    }

    [Fact]
    public void The_definite_document_still_refers_back_to_the_last_speaker()
    {
        var quotes = FindLinked(EarlierSpeaker + "\nوجاء في البيان أن التمويل اكتمل بالكامل.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("سامر حداد", quotes[1].Speaker.Name);
    }
}
