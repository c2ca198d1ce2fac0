using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// A source after its clause stops before an occasion («وفق ما أعلنته الوزارة في بيان رسمي»), but the body a role
/// represents is no occasion even when its head is an occasion noun («ممثل عن المؤتمر الوطني»). Sentences written for
/// these tests.
/// </summary>
public sealed class RepresentedBodyTests
{
    [Fact]
    public void The_body_a_role_represents_stays_in_the_source() =>
        Assert.Equal("ممثل عن المؤتمر الوطني",
            Assert.Single(Find("الحزب سيقاطع الانتخابات المقبلة، وفق ما أعلنه ممثل عن المؤتمر الوطني.")).Speaker.Name);

    [Fact]
    public void An_occasion_after_the_source_still_ends_it() =>
        Assert.Equal("الوزارة", Assert.Single(Find("الحزب سيقاطع الانتخابات المقبلة، وفق ما أعلنته الوزارة في بيان رسمي.")).Speaker.Name);

    [Theory]
    [InlineData("الميناء سيغلق أسبوعا للصيانة، وفق ما ذكره المتحدث لدى المؤتمر الصحفي الأسبوعي.")]
    [InlineData("الميناء سيغلق أسبوعا للصيانة، وفق ما قاله المتحدث إلى المؤتمر السنوي للنقابة.")]
    public void A_speaker_at_an_occasion_is_not_its_representative(string sentence) =>
        Assert.Equal("المتحدث", Assert.Single(Find(sentence)).Speaker.Name);
}
