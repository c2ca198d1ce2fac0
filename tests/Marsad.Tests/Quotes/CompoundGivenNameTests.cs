using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// A compound given name whose second part carries the article («نور الدين»، «فتح الله») is part of the speaker's name;
/// the family name after it is not the whole name. Sentences written for these tests.
/// </summary>
public sealed class CompoundGivenNameTests
{
    [Theory]
    [InlineData("وقال المحامي عز الدين ساسي إن القضية ستحال إلى الاستئناف.", "عز الدين ساسي")]
    [InlineData("وأكد رئيس جمعية بلو أوشن نور الدين حمادي أن الشاطئ يحتاج إلى حماية عاجلة.", "نور الدين حمادي")]
    [InlineData("وقال النائب فتح الله قاسمي إن البرلمان سيصوت على القانون الأسبوع المقبل.", "فتح الله قاسمي")]
    public void A_compound_given_name_in_al_stays_in_the_speakers_name(string sentence, string name)
    {
        Assert.Equal(name, Single(sentence).Speaker.Name);
    }

    [Fact]
    public void A_continuation_keeps_the_compound_given_name()
    {
        var quotes = Find("وأكد رئيس جمعية بلو أوشن نور الدين حمادي أن الشاطئ يحتاج إلى حماية عاجلة، ودعا البلدية إلى منع البناء على الرمال.");
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("نور الدين حمادي", q.Speaker.Name));
    }

    [Fact]
    public void A_place_in_al_after_an_indefinite_role_is_its_genitive_not_a_given_name()
    {
        var q = Single("وقال محافظ صلاح الدين أحمد الجبوري إن الطرق أعيد فتحها.");
        Assert.StartsWith("أحمد", q.Speaker.Name, StringComparison.Ordinal);
    }
}
