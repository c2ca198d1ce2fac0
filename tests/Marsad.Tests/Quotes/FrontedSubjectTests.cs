using Marsad.Model;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Session 18, issue 4: speakers of cues that carry no subject of their own — a subject fronted by «أما» and answered
/// by a ف-verb, an unnamed role that acted before it spoke — went to the previous speaker; a given name that is also a
/// rank (رائد) was dropped as a title; «المدرب الإيطالي» after a named speaker stayed a bare role. Sentences written for
/// these tests, run through the tagger and linker.
/// </summary>
public sealed class FrontedSubjectTests
{
    private const string Opening = "أعلن وزير النقل سامي الحداد أن الطريق الجديد سيفتح الشهر المقبل.\n\n";

    private static Quote Last(string body) => QuoteSentences.FindLinked(body)[^1];

    [Fact]
    public void A_coordinated_cue_after_an_unnamed_role_and_its_object_belongs_to_that_role()
    {
        var q = Last(Opening + "ورحب المتحدث باسم الجيش الوطني بالقرار، وقال في بيان إن \"الخطوة تأخرت كثيرا\".");
        Assert.Equal("المتحدث باسم الجيش الوطني", q.Speaker.Mention);
        Assert.Equal("الخطوة تأخرت كثيرا", q.Text);
    }

    [Fact]
    public void A_subject_fronted_by_amma_speaks_for_the_cue_after_its_answering_verb()
    {
        var q = Last(Opening + "أما النائبة سلمى العبيدي فصوتت ضد المشروع، وقالت إن \"الضرائب تثقل كاهل الفقراء\".");
        Assert.Equal("سلمى العبيدي", q.Speaker.Name);
        Assert.Equal("النائبة سلمى العبيدي", q.Speaker.Mention);
    }

    [Fact]
    public void A_description_between_commas_does_not_cut_the_fronted_subject_from_its_fa_cue()
    {
        var q = Last(Opening + "أما ليلى، 23 عاما، فقالت إنها مشت ثلاثة أيام حتى وصلت إلى المخيم.");
        Assert.Equal("ليلى", q.Speaker.Name);
        Assert.Equal("مشت ثلاثة أيام حتى وصلت إلى المخيم", q.Text);
    }

    [Fact]
    public void A_given_name_that_is_also_a_rank_stays_in_the_persons_name()
    {
        var quotes = QuoteSentences.FindLinked(Opening + "وقال وزير الزراعة رائد العمري إن الموسم كان جيدا، وأضاف العمري أن الصادرات سترتفع.");
        var added = quotes.Single(q => q.Cue == "أضاف");
        Assert.Equal("رائد العمري", added.Speaker.Name);
        Assert.Equal("العمري", added.Speaker.Mention);
    }

    [Fact]
    public void A_role_described_by_a_nationality_no_one_was_named_with_refers_back_to_the_person_who_spoke_last()
    {
        var quotes = QuoteSentences.FindLinked("قال المدرب في المؤتمر الصحفي إن الفوز كان مستحقا.\n\nوأضاف ماركو بيتيني أن فريقه لعب \"بعقلية البطل\".\n\n"
            + "وعن اللاعب سامر الخطيب، الذي سجل هدفين، قال المدرب الإيطالي إنه \"لاعب من طراز خاص\".\n\nوأكد أن الفريق سيحصل على راحة لمدة ثلاثة أيام.");
        Assert.Equal("المدرب", quotes[0].Speaker.Name);
        var role = quotes.Single(q => q.Speaker.Mention == "المدرب الإيطالي");
        Assert.Equal("ماركو بيتيني", role.Speaker.Name);
        Assert.Equal("ماركو بيتيني", quotes[^1].Speaker.Name);
    }

    [Fact]
    public void A_role_of_another_nationality_than_the_last_speakers_stays_the_role()
    {
        var quotes = QuoteSentences.FindLinked("أعلن وزير الخارجية المصري كمال الشناوي أن المفاوضات ستستأنف الأسبوع المقبل.\n\n"
            + "وقال الوزير السوداني إن بلاده \"مستعدة للحوار\".");
        Assert.Equal("كمال الشناوي", quotes[0].Speaker.Name);
        Assert.Equal("الوزير السوداني", quotes[^1].Speaker.Name);
    }

    [Fact]
    public void A_role_with_a_nationality_is_not_a_last_speaker_described_only_with_another_role()
    {
        var quotes = QuoteSentences.FindLinked("قال لاعب الوسط ماركو بيتيني إن الفريق جاهز للمباراة المقبلة.\n\n"
            + "وقال المدرب الإيطالي إن التشكيلة \"لن تتغير كثيرا\".");
        Assert.Equal("ماركو بيتيني", quotes[0].Speaker.Name);
        Assert.Equal("المدرب الإيطالي", quotes[^1].Speaker.Name);
    }
}
