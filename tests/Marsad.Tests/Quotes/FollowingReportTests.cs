using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>Session 8: a speaker's next report after a comma (a participle, a coordinated verb) ends the clause
/// before it and reports on its own; long role chains before a name stay one speaker.</summary>
public sealed class FollowingReportTests
{
    [Fact]
    public void A_denial_participle_after_a_comma_ends_the_clause_and_reports_what_it_denies()
    {
        var quotes = Find("وأضاف الوزير سمير الخطيب أن الحكومة لم تقدم أي مساعدة للمتمردين، نافيا ما نشرته بعض الصحف عن صفقة سرية.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الحكومة لم تقدم أي مساعدة للمتمردين", quotes[0].Text);
        Assert.Equal("ما نشرته بعض الصحف عن صفقة سرية", quotes[1].Text);
        Assert.Equal("نافيا", quotes[1].Cue);
    }

    [Fact]
    public void Lafitan_ila_reports_the_noun_phrase_after_its_preposition()
    {
        var quotes = Find("وأوضح الوزير سمير الخطيب أن الخطة تشمل عشرة آلاف منزل، لافتا إلى تخصيص مئة فريق للمناطق البعيدة.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الخطة تشمل عشرة آلاف منزل", quotes[0].Text);
        Assert.Equal("تخصيص مئة فريق للمناطق البعيدة", quotes[1].Text);
    }

    [Fact]
    public void Ishara_ila_anna_stays_a_complementizer()
    {
        var quotes = Find("وقال الوزير سمير الخطيب إن الخطة جاهزة، مشيرا إلى أن التنفيذ يبدأ في الصيف.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("التنفيذ يبدأ في الصيف", quotes[1].Text);
    }

    [Fact]
    public void A_coordinated_condemnation_opening_with_a_quotation_is_a_quote_of_its_own()
    {
        var quotes = Find("وأكد الوزير سمير الخطيب أن بلاده تدعم الاتفاق، ودان \"الهجمات الوحشية\" على المدنيين.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("بلاده تدعم الاتفاق", quotes[0].Text);
        Assert.Equal("\"الهجمات الوحشية\" على المدنيين", quotes[1].Text);
    }

    [Fact]
    public void A_short_quoted_outlet_after_li_is_a_name_not_a_quotation()
    {
        var quotes = Find("وقال المفتي العام، في تصريح لـ\"صوت المدينة\"، إن الزيارة \"تأتي في وقت مناسب\".");
        var q = Assert.Single(quotes);
        Assert.Equal("الزيارة \"تأتي في وقت مناسب\"", q.Text);
    }

    [Theory]
    [InlineData("وقال كبير الاقتصاديين في بنك الخليج الأول سامر الحداد إن الأسعار سترتفع.", "سامر الحداد")]
    [InlineData("وقال المحلل في شركة «بلومبرغ» للأبحاث خالد العمري إن السوق ستتباطأ.", "خالد العمري")]
    [InlineData("وقال نائب رئيس مجلس إدارة شركة النفط المهندس فهد السالم إن الشبكة جاهزة.", "فهد السالم")]
    [InlineData("وقال رئيس الشركة وكبير مديريها التنفيذيين المهندس فهد السالم إن الأرباح ارتفعت.", "فهد السالم")]
    [InlineData("وقالت الباحثة في جامعة القاهرة للعلوم (كاست) منى الشريف إن النتائج مشجعة.", "منى الشريف")]
    public void A_long_role_chain_before_a_name_gives_the_person(string sentence, string name)
    {
        Assert.Equal(name, Single(sentence).Speaker.Name);
    }

    [Fact]
    public void Two_countries_joined_by_waw_call_together()
    {
        var q = Assert.Single(FindLinked("دعت مصر والأردن الأحد إلى \"هدنة عاجلة\" حول المدينة."));
        Assert.Equal("مصر والأردن", q.Speaker.Mention);
        Assert.Equal("إلى \"هدنة عاجلة\" حول المدينة", q.Text);
    }
}
