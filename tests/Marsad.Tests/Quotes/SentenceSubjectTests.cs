using Marsad.Model;
using Marsad.Quotes;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Speakers that stand in the sentence's own verb clause rather than after the cue (session 6, generalised on the
/// development halves), on sentences written for these tests and run through the tagger and linker.
/// </summary>
public sealed class SentenceSubjectTests
{
    private const string Opening = "أعلن وزير النقل سامي الحداد أن الطريق الجديد سيفتح الشهر المقبل.\n";

    private static Quote Last(string body) => QuoteSentences.FindLinked(body)[^1];

    [Fact]
    public void A_participle_after_a_side_adverbial_without_comma_belongs_to_the_verbs_subject()
    {
        var q = Last(Opening + "من جهته رحب رئيس الحكومة كريم المنصوري بالقرار، معتبرا أنه \"خطوة مهمة للاقتصاد\".");
        Assert.Equal("رئيس الحكومة كريم المنصوري", q.Speaker.Mention);
        Assert.Equal("خطوة مهمة للاقتصاد", q.Text);
    }

    [Fact]
    public void A_participle_right_after_the_verbs_subject_belongs_to_it_after_a_long_adverbial()
    {
        var q = Last(Opening + "وقال رئيس الحكومة كريم المنصوري إن المشروع مهم.\nوعن الانتقادات التي وجهت إلى المشروع في البرلمان، رد الحداد قائلا: \"نحن نعمل من أجل المواطن\".");
        Assert.Equal("سامي الحداد", q.Speaker.Name);
    }

    [Fact]
    public void A_coordinated_cue_after_a_named_subject_and_its_object_belongs_to_that_subject()
    {
        var q = Last(Opening + "من جهته، رحب رئيس الحكومة كريم المنصوري بإقرار المشروع، وكتب في تغريدة: \"اليوم يوم فرح\".");
        Assert.Equal("كريم المنصوري", q.Speaker.Name);
        Assert.Equal("اليوم يوم فرح", q.Text);
    }

    [Fact]
    public void A_subject_before_kana_qad_speaks_for_an_object_first_cue()
    {
        var q = Last(Opening + "ويذكر أن رئيس الدولة فؤاد العلوي كان قد وصف في الشهر الماضي المشروع بأنه \"إنجاز وطني\".");
        Assert.Equal("رئيس الدولة فؤاد العلوي", q.Speaker.Mention);
        Assert.Equal("إنجاز وطني", q.Text);
    }

    [Fact]
    public void An_acronym_in_brackets_closes_the_organisation_before_the_name()
    {
        var q = Last("وقالت رئيسة بعثة المنظمة الدولية لدعم السلام (منداس) كارين فولر-هانسن في إحاطة إن الانتخابات جرت بهدوء.");
        Assert.Equal("رئيسة بعثة المنظمة الدولية لدعم السلام (منداس) كارين فولر-هانسن", q.Speaker.Mention);
        Assert.Equal("الانتخابات جرت بهدوء", q.Text);
    }

    [Theory]
    [InlineData("وجاء في بيان أصدرته وزارة الخارجية، اليوم الأحد، أن الحدود ستبقى مغلقة.", "وزارة الخارجية", "الحدود ستبقى مغلقة")]
    [InlineData("وأوضح بيان أصدرته وزارة الخارجية أن المعابر \"لن تفتح قريبا\".", "وزارة الخارجية", "المعابر \"لن تفتح قريبا\"")]
    [InlineData("وحسب الأرقام التي نشرتها هيئة الإحصاء، فإن البطالة تراجعت.", "هيئة الإحصاء", "البطالة تراجعت")]
    public void The_issuer_of_a_document_speaks_not_the_document(string sentence, string speaker, string quoted)
    {
        var q = Last(sentence);
        Assert.Equal(speaker, q.Speaker.Mention);
        Assert.Equal(quoted, q.Text);
    }

    [Fact]
    public void An_unnamed_group_of_deputies_keeps_the_party_it_comes_from()
    {
        var q = Last("وقال نواب من حزب العدالة إن القانون \"غير دستوري\".");
        Assert.Equal("نواب من حزب العدالة", q.Speaker.Mention);
    }

    [Theory]
    [InlineData("وأكد الوزيران خلال اللقاء أهمية الحوار بين البلدين.", "أهمية الحوار بين البلدين")]
    [InlineData("وشدد الجانبان، في بيان مشترك صدر عقب الاجتماع، على ضرورة خفض التصعيد.", "ضرورة خفض التصعيد")]
    public void An_occasion_between_the_speaker_and_a_noun_phrase_content_is_skipped(string sentence, string quoted)
    {
        var q = Last("التقى وزير الخارجية العماني بدر البوسعيدي نظيره الإيراني عباس عراقجي في مسقط.\n" + sentence);
        Assert.Equal(quoted, q.Text);
    }

    [Fact]
    public void An_occasion_followed_by_a_word_that_opens_no_content_gives_no_quote()
    {
        Assert.Empty(QuoteSentences.FindLinked("وأكد الوزير في كلمة ألقاها بالمناسبة الجهود المبذولة."));
    }

    [Fact]
    public void Kana_subject_qad_cue_takes_the_subject_before_the_verb_and_a_contrast_with_its_own_report_ends_the_clause()
    {
        var quotes = QuoteSentences.FindLinked("قال رئيس النادي سمير الخطيب إن الفريق جاهز.\nوكان رئيس الاتحاد المحلي قد دعا الجماهير إلى الحضور المبكر، في حين أكدت مصادر من الاتحاد أن الحكام وصلوا أمس.");
        Assert.Equal(3, quotes.Length);
        Assert.Equal("رئيس الاتحاد المحلي", quotes[1].Speaker.Mention);
        Assert.Equal("الجماهير إلى الحضور المبكر", quotes[1].Text);
        Assert.Equal("مصادر من الاتحاد", quotes[2].Speaker.Mention);
        Assert.Equal("الحكام وصلوا أمس", quotes[2].Text);
    }

    [Fact]
    public void The_complementizer_of_an_adjunct_after_a_comma_is_not_the_cues()
    {
        var q = Last("وكان الوزير قد أعلن في الشهر الماضي استقالته من الحكومة، قبل أن يتراجع عنها.");
        Assert.Equal("استقالته من الحكومة", q.Text);
    }

    [Fact]
    public void Everything_between_amma_and_the_fa_of_its_answer_is_the_speaker()
    {
        var q = Last("قال رئيس الوزراء سالم الهاشمي إن الصفقة تمت.\nأما رئيس لجنة شؤون المعتقلين التابعة للمعارضة فارس الجبوري فقال إن الصفقة \"بداية جيدة\".");
        Assert.Equal("رئيس لجنة شؤون المعتقلين التابعة للمعارضة فارس الجبوري", q.Speaker.Mention);
        Assert.Equal("فارس الجبوري", q.Speaker.Name);
    }
}
