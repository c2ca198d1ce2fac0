using Marsad.Model;

using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Where a speaker phrase starts and ends, and which frames report speech, on sentences written for these tests:
/// roles across prepositions, occasions that are not part of the speaker, fronted and coordinated subjects.
/// </summary>
public sealed class SpeakerExtentTests
{
    [Fact]
    public void A_role_continues_across_a_preposition_to_the_name()
    {
        var q = Single("قال رئيس لجنة الزراعة في مجلس الشورى العماني النائب سالم الحارثي إن الموسم كان جيدا.");
        Assert.Equal("رئيس لجنة الزراعة في مجلس الشورى العماني النائب سالم الحارثي", q.Speaker.Mention);
        Assert.Equal("سالم الحارثي", q.Speaker.Name);
        Assert.Equal("الموسم كان جيدا", q.Text);
    }

    [Fact]
    public void An_occasion_after_the_speaker_is_not_part_of_it()
    {
        var q = Single("وقال وزير النقل في المؤتمر الصحفي إن الطريق سيفتح قريبا.");
        Assert.Equal("وزير النقل", q.Speaker.Mention);
    }

    [Fact]
    public void An_indefinite_source_keeps_where_it_works()
    {
        var q = Single("وكشف مسؤول في هيئة الموانئ أن الرصيف الجديد سيعمل الشهر المقبل.");
        Assert.Equal("مسؤول في هيئة الموانئ", q.Speaker.Mention);
    }

    [Fact]
    public void A_name_written_with_a_final_ya_is_not_the_preposition_ala()
    {
        var q = Single("الوزير علي حسن أكد في كلمته أن الخطة جاهزة.");
        Assert.Equal("الوزير علي حسن", q.Speaker.Mention);
        Assert.Equal("الخطة جاهزة", q.Text);
    }

    [Fact]
    public void A_quotation_before_its_cue_belongs_to_the_speaker_after_it()
    {
        var q = Single("\"سنعيد فتح المعبر غدا\"، قال المتحدث باسم الهلال الأحمر.");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("سنعيد فتح المعبر غدا", q.Text);
        Assert.Equal("المتحدث باسم الهلال الأحمر", q.Speaker.Mention);
    }

    [Fact]
    public void A_coordinated_call_keeps_the_speaker_and_its_object_is_content()
    {
        var quotes = Find("أكد الوزير سامي ناصر أن الأسعار مستقرة، ودعا التجار إلى الالتزام بالقائمة.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("التجار إلى الالتزام بالقائمة", quotes[1].Text);
        Assert.Equal("سامي ناصر", quotes[1].Speaker.Name);
    }

    [Fact]
    public void A_demand_starts_at_its_preposition_and_needs_it()
    {
        var q = Single("وطالبت نقابة الأطباء بالعاصمة بزيادة عدد المناوبين.");
        Assert.Equal("نقابة الأطباء بالعاصمة", q.Speaker.Mention);
        Assert.Equal("بزيادة عدد المناوبين", q.Text);
        Assert.Empty(Find("وطالب اللاعب الجديد مدربه خلال التدريب."));
    }

    [Fact]
    public void A_cue_inside_reported_words_does_not_start_a_quote_of_its_own()
    {
        var quotes = Find("قالت نقابة المعلمين في بيان إن الإضراب مستمر.\nوجاء في البيان أن المجلس يطالب الحكومة بتوضيح موقفها.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("المجلس يطالب الحكومة بتوضيح موقفها", quotes[1].Text);
        Assert.Equal("نقابة المعلمين", quotes[1].Speaker.Name);
    }

    [Fact]
    public void A_source_phrase_after_ma_names_the_source()
    {
        var q = Single("وتضررت عشرات المنازل في القرية، حسب ما أفادت به مصادر محلية.");
        Assert.Equal("مصادر محلية", q.Speaker.Mention);
        Assert.Equal("تضررت عشرات المنازل في القرية", q.Text);
    }

    [Fact]
    public void A_dateline_is_not_part_of_a_fronted_subject()
    {
        var q = Single("عمان - رئيس الوزراء بشر الخصاونة أكد أن الحكومة ستدعم المزارعين.");
        Assert.Equal("رئيس الوزراء بشر الخصاونة", q.Speaker.Mention);
    }

    [Fact]
    public void A_statement_named_again_speaks_for_the_last_speaker()
    {
        var quotes = Find("قال وزير الزراعة سالم الحارثي إن الموسم كان جيدا.\nوبحسب البيان، فإن الصادرات سترتفع في الربيع.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الصادرات سترتفع في الربيع", quotes[1].Text);
        Assert.Equal(quotes[0].Speaker.Name, quotes[1].Speaker.Name);
    }
}
