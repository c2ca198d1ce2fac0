using Marsad.Model;

using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Where indirect speech ends (session 5), on sentences written for these tests: an adjunct of the reporting event
/// after a comma, a participle cue whose content opens with a preposition and a quotation, a new cue with an object
/// pronoun after لكنه.
/// </summary>
public sealed class ClauseEndTests
{
    [Theory]
    [InlineData("وأعلن الوسيط أن الطرفين توافقا على تبادل 300 أسير، في ختام محادثات دامت أسبوعا في الدوحة.")]
    [InlineData("وأعلن الوسيط أن الطرفين توافقا على تبادل 300 أسير، بعد أن عقد لقاءات منفصلة مع الوفدين.")]
    [InlineData("وأعلن الوسيط أن الطرفين توافقا على تبادل 300 أسير، عقب جلسة مطولة.")]
    public void An_adjunct_of_the_reporting_event_after_a_comma_ends_the_indirect_clause(string sentence)
    {
        var q = Single(sentence);
        Assert.Equal("الطرفين توافقا على تبادل 300 أسير", q.Text);
    }

    [Fact]
    public void An_explanation_opened_by_idh_after_a_comma_ends_the_indirect_clause()
    {
        var q = Single("وقالت الهيئة إن موسم الحصاد سيتأخر هذا العام، إذ لم تهطل الأمطار في موعدها المعتاد.");
        Assert.Equal("موسم الحصاد سيتأخر هذا العام", q.Text);
        Assert.Equal("الهيئة", q.Speaker.Mention);
    }

    [Fact]
    public void Idh_without_a_comma_stays_inside_the_indirect_clause()
    {
        var q = Single("وقال المدرب إن الفريق تحسن كثيرا إذ صار يلعب بثقة أكبر.");
        Assert.Equal("الفريق تحسن كثيرا إذ صار يلعب بثقة أكبر", q.Text);
    }

    [Fact]
    public void A_participle_cue_with_a_quoted_content_after_its_preposition_ends_the_previous_quote()
    {
        var quotes = Find("وأشار الوسيط إلى أن الجانبين سيعودان إلى الطاولة الشهر المقبل، داعيا إلى \"استثمار هذا التقدم\" لبلوغ حل نهائي.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الجانبين سيعودان إلى الطاولة الشهر المقبل", quotes[0].Text);
        Assert.Equal("داعيا", quotes[1].Cue);
        Assert.Equal(QuoteKind.Mixed, quotes[1].Kind);
        Assert.Contains("\"استثمار هذا التقدم\" لبلوغ حل نهائي", quotes[1].Text, StringComparison.Ordinal);
        Assert.Equal("الوسيط", quotes[0].Speaker.Mention);
        Assert.Equal(quotes[0].Speaker.Name, quotes[1].Speaker.Name);
    }

    [Fact]
    public void An_estimating_participle_starts_a_quote_of_its_own()
    {
        var quotes = Find("وقال المحقق العام إن الشركة أخفت أرباحها لسنوات، مقدرا حجم المبالغ المخفية بنحو مليار درهم.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الشركة أخفت أرباحها لسنوات", quotes[0].Text);
        Assert.Equal("حجم المبالغ المخفية بنحو مليار درهم", quotes[1].Text);
    }

    [Fact]
    public void Describing_with_an_object_pronoun_after_lakinnahu_is_a_new_quote()
    {
        var quotes = Find("وقال رئيس اللجنة إن المراقبين لاحظوا تجاوزات في عدة مراكز، لكنه وصفها بأنها \"معزولة ولا تمس النتيجة\".");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("المراقبين لاحظوا تجاوزات في عدة مراكز", quotes[0].Text);
        Assert.Equal("معزولة ولا تمس النتيجة", quotes[1].Text);
        Assert.Equal(QuoteKind.Direct, quotes[1].Kind);
    }

    [Fact]
    public void A_time_or_adverb_between_the_speaker_and_the_governed_preposition_is_skipped()
    {
        var q = Single("وطالبت النيابة العامة أمس الأربعاء بسجن المدير السابق للشركة عشر سنوات.");
        Assert.Equal("النيابة العامة", q.Speaker.Mention);
        Assert.Equal("بسجن المدير السابق للشركة عشر سنوات", q.Text);
        var again = Single("وطالبت النيابة كذلك بتغريم عدد من الموظفين مبالغ كبيرة.");
        Assert.Equal("النيابة", again.Speaker.Mention);
        Assert.Equal("بتغريم عدد من الموظفين مبالغ كبيرة", again.Text);
    }

    [Fact]
    public void The_subject_of_kana_speaks_for_a_cue_joined_to_its_sentence()
    {
        var quotes = Find("وقال الوزير إن العجز تراجع.\nوكانت شركة التصنيف فيتش قد خفضت في مارس الماضي نظرتها للبنك، وقالت إن الديون ارتفعت بشكل مقلق.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("شركة التصنيف فيتش", quotes[1].Speaker.Mention);
    }

    [Fact]
    public void A_role_after_wasafa_is_its_subject_and_the_object_follows()
    {
        var q = Single("في المقابل، وصف المحامي كريم بن سالم، رئيس فريق الدفاع، طلبات الادعاء بأنها \"تصفية حسابات سياسية\".");
        Assert.StartsWith("المحامي كريم بن سالم", q.Speaker.Mention, StringComparison.Ordinal);
        Assert.DoesNotContain("طلبات", q.Speaker.Mention, StringComparison.Ordinal);
        Assert.Equal("تصفية حسابات سياسية", q.Text);
    }
}
