using Marsad.Model;

using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Error classes found on the ninth set's development half: a transcript that names its host in full once, then by a
/// shorter label; an unnamed source's anonymity clause; the relayed speaker's own report noun after «نقل عن»; someone
/// speaking for the subject («على لسان»، «وفق ما صرح به»); an organisation set off by commas before the object of وصف.
/// Sentences written for these tests.
/// </summary>
public sealed class UnseenNineClassesTests
{
    [Fact]
    public void A_host_named_in_full_then_by_a_shorter_label_still_asks_the_questions()
    {
        var quotes = Find(
            "يستضيف البرنامج وزير الزراعة سعيد المنصوري.\n" +
            "المذيع رامي الحسن: كيف تبدو حالة المحاصيل هذا الموسم؟\n" +
            "سعيد المنصوري: المحاصيل جيدة رغم قلة الأمطار.\n" +
            "المذيع: ومتى تبدأ عمليات الحصاد؟\n" +
            "سعيد المنصوري: نبدأ في الأسبوع الأول من الشهر المقبل.\n");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("المحاصيل جيدة رغم قلة الأمطار", quotes[0].Text);
        Assert.Equal("نبدأ في الأسبوع الأول من الشهر المقبل", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("سعيد المنصوري", q.Speaker.Mention));
    }

    [Fact]
    public void An_anonymity_clause_after_an_unnamed_source_is_neither_cue_nor_reported_words()
    {
        var q = Single("وبحسب مصدر حكومي طلب عدم ذكر اسمه، فإن الوزارة ستعلن خطة جديدة الأسبوع المقبل.");
        Assert.Equal("مصدر حكومي", q.Speaker.Mention);
        Assert.Equal("الوزارة ستعلن خطة جديدة الأسبوع المقبل", q.Text);
    }

    [Fact]
    public void The_relayed_speakers_own_report_noun_is_no_part_of_the_speaker()
    {
        var q = Single("ونقلت الصحيفة عن مدير الميناء الشمالي تأكيده أن الأرصفة جاهزة للعمل.");
        Assert.Equal("مدير الميناء الشمالي", q.Speaker.Mention);
        Assert.Equal("الأرصفة جاهزة للعمل", q.Text);
    }

    [Fact]
    public void The_spokesperson_after_ala_lisan_is_the_speaker()
    {
        var q = Single("أكدت الوزارة على لسان المتحدث باسمها أنها \"تتابع الوضع عن كثب\".");
        Assert.Equal("المتحدث باسمها", q.Speaker.Mention);
        Assert.Equal("تتابع الوضع عن كثب", q.Text);
    }

    [Fact]
    public void The_one_who_stated_it_after_wifq_ma_sarraha_bihi_is_the_speaker()
    {
        var q = Single("وطالبت النقابة الوطنية للصحفيين بـ\"حماية المراسلين\"، وفق ما صرح به رئيسها مراد الحسيني لإذاعة خاصة.");
        Assert.EndsWith("مراد الحسيني", q.Speaker.Mention, StringComparison.Ordinal);
        Assert.DoesNotContain("النقابة", q.Speaker.Mention, StringComparison.Ordinal);
        Assert.Equal("حماية المراسلين", q.Text);
    }

    [Fact]
    public void A_plain_source_phrase_after_the_content_keeps_the_subject_as_speaker()
    {
        var q = Single("وطالبت النقابة الوطنية للصحفيين بـ\"حماية المراسلين\"، وفق البيان.");
        Assert.Equal("النقابة الوطنية للصحفيين", q.Speaker.Mention);
    }

    [Fact]
    public void An_organisation_set_off_by_commas_before_the_object_of_wasafa_is_its_subject()
    {
        var quotes = Find("وأوضح الوزير سامي الهادي أن الخطة جاهزة.\nفي المقابل، وصفت حركة النهضة الجديدة، في بيان، القرار بأنه \"خطوة متسرعة\".");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("خطوة متسرعة", quotes[1].Text);
        Assert.StartsWith("حركة النهضة", quotes[1].Speaker.Mention, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outlets_own_sources_speak()
    {
        var q = Single("وتؤكد مصادرنا أن الاجتماع تأجل إلى الأسبوع المقبل.");
        Assert.Equal("مصادرنا", q.Speaker.Mention);
        Assert.Equal("الاجتماع تأجل إلى الأسبوع المقبل", q.Text);
    }

    [Fact]
    public void Whom_an_unnamed_source_told_is_not_part_of_it()
    {
        var q = Single("وقالت مصادر في قطاع الصيد لموقعنا إن ثلاث سفن ما زالت في البحر.");
        Assert.Equal("مصادر في قطاع الصيد", q.Speaker.Mention);
    }

    [Fact]
    public void An_organisations_own_adjective_stays_in_the_speaker_before_the_governed_preposition()
    {
        var q = Single("وطالب الاتحاد العام للعمال بزيادة الأجور.");
        Assert.Equal("الاتحاد العام للعمال", q.Speaker.Mention);
        Assert.Equal("بزيادة الأجور", q.Text);
    }

    [Fact]
    public void An_object_after_an_organisation_still_opens_the_text()
    {
        var q = Single("وطالبت الحركة الأطراف بالسماح بدخول المساعدات.");
        Assert.Equal("الحركة", q.Speaker.Mention);
        Assert.StartsWith("الأطراف", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relayed_speakers_call_with_no_complementizer_is_a_noun_phrase_quote()
    {
        var q = Single("ونقلت الوكالة عن وزير النقل دعوته المواطنين إلى تجنب السفر.");
        Assert.Equal("وزير النقل", q.Speaker.Mention);
        Assert.Equal("دعوته", q.Cue);
        Assert.Equal("المواطنين إلى تجنب السفر", q.Text);
    }

    [Fact]
    public void A_relayed_call_after_fima_ends_the_earlier_quote()
    {
        var quotes = Find("وأعلن الوسيط أن الجولة \"انتهت دون اتفاق\"، فيما نقل البيان عن الوسيط دعوته الطرفين إلى ضبط النفس.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الجولة \"انتهت دون اتفاق\"", quotes[0].Text);
        Assert.Equal("الطرفين إلى ضبط النفس", quotes[1].Text);
    }

    [Fact]
    public void A_relayed_saying_in_quote_marks_after_an_adverb_is_a_direct_quote()
    {
        var q = Single("ونقلت الإذاعة عن المدرب قوله أيضا \"الفريق جاهز للمباراة\".");
        Assert.Equal("المدرب", q.Speaker.Mention);
        Assert.Equal("الفريق جاهز للمباراة", q.Text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void Kull_min_before_joint_speakers_is_no_speaker()
    {
        var q = Single("وحذر كل من وزير الصحة ووزير الداخلية من أن الوضع \"خطير للغاية\".");
        Assert.Equal("وزير الصحة ووزير الداخلية", q.Speaker.Mention);
    }

    [Fact]
    public void An_unnamed_officials_tahaddatha_clause_is_not_part_of_the_speaker()
    {
        var q = Single("وقال مسؤول أمريكي تحدث شريطة عدم الكشف عن هويته إن الاتفاق بات قريبا.");
        Assert.Equal("مسؤول أمريكي", q.Speaker.Mention);
        Assert.Equal("الاتفاق بات قريبا", q.Text);
    }
}
