using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Error classes met on the seventh unseen development half, on sentences written for these tests: hyphenated names,
/// where a described unnamed source spoke, documents and third parties as the source of a report.
/// </summary>
public sealed class UnseenSevenClassesTests
{
    [Fact]
    public void A_hyphenated_family_name_is_one_name()
    {
        var quotes = Find("وقال وزير الداخلية فرناندو غراندي-مارلاسكا إن الحدود آمنة، مضيفا أن الوضع تحسن.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("وزير الداخلية فرناندو غراندي-مارلاسكا", quotes[0].Speaker.Mention);
        Assert.Equal("فرناندو غراندي-مارلاسكا", quotes[0].Speaker.Name);
        Assert.Equal("فرناندو غراندي-مارلاسكا", quotes[1].Speaker.Name);
    }

    [Fact]
    public void The_part_after_a_joining_hyphen_is_never_a_stop_word()
    {
        var q = Single("وقال المدرب كارلوس دي-لا إن الفريق جاهز.");
        Assert.Equal("المدرب كارلوس دي-لا", q.Speaker.Mention);
        Assert.Equal("الفريق جاهز", q.Text);
    }

    [Fact]
    public void Where_a_described_unnamed_source_spoke_is_not_its_name()
    {
        var q = Single("وقالت مصادر أمنية في العاصمة العراقية إن الهجوم فشل.");
        Assert.Equal("مصادر أمنية", q.Speaker.Name);
        Assert.Equal("مصادر أمنية في العاصمة العراقية", q.Speaker.Mention);
    }

    [Fact]
    public void An_unnamed_source_keeps_the_institution_it_belongs_to()
    {
        var q = Single("وقال مصدر طبي في مستشفى الشفاء إن الجرحى كثيرون.");
        Assert.Equal("مصدر طبي في مستشفى الشفاء", q.Speaker.Name);
    }

    [Fact]
    public void A_statement_referring_back_keeps_the_document_as_the_mention()
    {
        var quotes = Find("وقال الوزير سامي ناصر إن الاجتماع ناجح. وأكد البيان دعم الوزراء للحل السياسي.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("سامي ناصر", quotes[1].Speaker.Name);
        Assert.Equal("البيان", quotes[1].Speaker.Mention);
        Assert.Equal("دعم الوزراء للحل السياسي", quotes[1].Text);
    }

    [Fact]
    public void A_meetings_final_communique_is_its_own_source()
    {
        var quotes = Find("وقال الوزير سامي ناصر إن الاجتماع ناجح. وجاء في البيان الختامي الذي صدر مساء أمس أن الوزراء يرفضون التدخل.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("البيان الختامي", quotes[1].Speaker.Mention);
        Assert.Equal("الوزراء يرفضون التدخل", quotes[1].Text);
    }

    [Fact]
    public void A_relaying_outlet_runs_to_an_across_a_complementizer_lookalike()
    {
        var q = Single("ونقلت شبكة سي إن إن عن مصادر مطلعة أن الرئيس سيزور المنطقة.");
        Assert.Equal("مصادر مطلعة", q.Speaker.Name);
        Assert.Equal("الرئيس سيزور المنطقة", q.Text);
    }

    [Fact]
    public void A_relative_clause_speaker_starts_at_its_role_not_at_what_governs_it()
    {
        var quotes = Find("وجاء الاتفاق رغم تحذيرات الرئيس الفرنسي الذي كتب في تغريدة أنه يأمل أن تبقى الأسواق هادئة.");
        var q = Assert.Single(quotes);
        Assert.Equal("الرئيس الفرنسي", q.Speaker.Mention);
        Assert.Equal("يأمل أن تبقى الأسواق هادئة", q.Text);
    }

    [Fact]
    public void A_verb_opening_a_reported_clause_is_no_report_of_its_own()
    {
        var q = Single("وقال الوزير سامي ناصر إنه يأمل أن ينتهي الخلاف.");
        Assert.Equal("يأمل أن ينتهي الخلاف", q.Text);
    }
}
