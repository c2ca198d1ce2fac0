using Marsad.Model;

using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Error classes found on the tenth set's development half (and the earlier halves they recur in): participles that
/// are also adjectives, a spokesperson's «باسمه», bulleted Q&amp;A lines whose questions carry no label, a chain of
/// roles set off by commas before the name. Sentences written for these tests.
/// </summary>
public sealed class UnseenTenClassesTests
{
    [Fact]
    public void A_participle_cue_that_is_also_an_adjective_inside_the_content_does_not_cut_it()
    {
        var q = Single("ورأى رئيس الجامعة فادي الخوري أن الكليات مطالبة بتحديث مناهجها.");
        Assert.Equal("الكليات مطالبة بتحديث مناهجها", q.Text);
    }

    [Fact]
    public void A_proposal_participle_after_a_comma_is_a_report_of_its_own()
    {
        var quotes = Find("وقال الوزير سالم العتيبي إن الموسم كان صعبا، مقترحا إنشاء صندوق لدعم المزارعين.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الموسم كان صعبا", quotes[0].Text);
        Assert.Equal("إنشاء صندوق لدعم المزارعين", quotes[1].Text);
        Assert.Equal("مقترحا", quotes[1].Cue);
    }

    [Fact]
    public void A_role_set_off_by_commas_before_the_name_gives_the_name()
    {
        var q = Single("وأكد وزير النقل الأردني، ماهر القيسي، أن الطريق سيفتح قريبا.");
        Assert.Equal("ماهر القيسي", q.Speaker.Name);
        Assert.Equal("الطريق سيفتح قريبا", q.Text);
    }
}
