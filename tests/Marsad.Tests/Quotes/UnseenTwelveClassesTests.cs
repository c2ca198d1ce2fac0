using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Error classes counted across every development half in session 14 (the twelfth set's half included): a press
/// conference transcript where two people answer under their family names, with a moderator and questioners; a
/// sentence opening with «بدوره،» before a non-reporting verb whose subject then speaks through a participle; a subject
/// with a title in apposition or an unnamed source's own clause between commas before «قد + cue» or the cue; a role
/// whose glued complement («بالجامعة») stands between it and the holder's name; a cue that announced an event before
/// «وقال»; an accusative unnamed subject after لكن; a report of its own after «، إلا أن + subject»; an adverb after a
/// cue; a quoted document name before «الذي + cue». Sentences written for these tests.
/// </summary>
public sealed class UnseenTwelveClassesTests
{
    private static readonly string PressConference = string.Join('\n',
        "عقد وزير الخارجية سامر الحداد والمبعوث الأممي لوكاس برنر مؤتمرا صحفيا مشتركا مساء اليوم. وفيما يلي نص المؤتمر:",
        "المقدم: مساء الخير، نبدأ بكلمة الوزير.",
        "الحداد: نشكر جميع الشركاء على حضورهم. لقد اتفقنا على خطة عمل واضحة للأشهر المقبلة.",
        "برنر: الوضع الإنساني صعب جدا، والمساعدات يجب أن تصل بلا عوائق.",
        "سؤال: معالي الوزير، هل هناك جدول زمني للخطة؟",
        "الحداد: نعم، سنعلن التفاصيل الأسبوع المقبل.",
        "المقدم: شكرا لكم.");

    [Fact]
    public void A_transcript_gives_each_named_speakers_lines_and_not_the_moderators_or_the_questions()
    {
        var quotes = FindLinked(PressConference);
        Assert.Equal(["الحداد", "برنر", "الحداد"], quotes.Select(q => q.Speaker.Mention));
        Assert.Equal(["سامر الحداد", "لوكاس برنر", "سامر الحداد"], quotes.Select(q => q.Speaker.Name));
        Assert.Equal("نشكر جميع الشركاء على حضورهم. لقد اتفقنا على خطة عمل واضحة للأشهر المقبلة", quotes[0].Text);
        Assert.All(quotes, q => Assert.Equal(Marsad.Model.QuoteKind.Direct, q.Kind));
    }

    [Fact]
    public void Labelled_lines_of_one_named_speaker_without_questions_are_no_transcript()
    {
        var quotes = FindLinked(string.Join('\n',
            "زار وزير الخارجية سامر الحداد العاصمة أمس.",
            "المقدم: مساء الخير.",
            "الحداد: نشكر جميع الشركاء على حضورهم.",
            "المقدم: شكرا لكم."));
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_participle_after_a_verb_opened_by_bidawrihi_speaks_for_that_verbs_subject()
    {
        var quotes = FindLinked(string.Join('\n',
            "قال الوزير خالد العمري إن الحكومة ستعرض الموازنة الأسبوع المقبل.",
            "بدوره، أيد النائب مصطفى الشريف المشروع، معتبرًا أنه \"خطوة كبيرة إلى الأمام\"."));
        Assert.Equal(2, quotes.Length);
        Assert.Equal("النائب مصطفى الشريف", quotes[1].Speaker.Mention);
        Assert.Equal("مصطفى الشريف", quotes[1].Speaker.Name);
    }

    [Fact]
    public void A_subject_with_a_title_in_apposition_before_qad_speaks_not_the_last_speaker()
    {
        var quotes = FindLinked(string.Join('\n',
            "قال المنظمون إن المشاركين تعهدوا بتقديم مساعدات كبيرة.",
            "وكان الرئيس سمير العلي، رئيس المجلس، قد أكد في كلمته أن \"البلاد تحتاج إلى المزيد\"."));
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الرئيس سمير العلي", quotes[1].Speaker.Mention);
        Assert.Equal("البلاد تحتاج إلى المزيد", quotes[1].Text);
    }

    [Fact]
    public void An_unnamed_source_with_its_own_clause_between_commas_before_the_cue_speaks()
    {
        var quotes = Find(string.Join('\n',
            "قال مسؤول في الميناء إن الحركة تراجعت.",
            "مسؤول أمني في إحدى دول المنطقة، رفض الكشف عن اسمه، يرى أن الأزمة \"لم تعد مالية فقط\"."));
        Assert.Equal(2, quotes.Length);
        Assert.Equal("مسؤول أمني في إحدى دول المنطقة", quotes[1].Speaker.Mention);
    }

    [Fact]
    public void A_role_with_a_glued_complement_keeps_the_holders_name_after_it()
    {
        var quotes = FindLinked(string.Join('\n',
            "انطلقت القمة العربية في المنامة أمس.",
            "وأوضح الأمين العام المساعد بالجامعة حسام زكي أن القادة اتفقوا على موعد القمة المقبلة."));
        var q = Assert.Single(quotes);
        Assert.Equal("الأمين العام المساعد بالجامعة حسام زكي", q.Speaker.Mention);
        Assert.Equal("حسام زكي", q.Speaker.Name);
    }

    [Fact]
    public void A_role_with_a_complement_but_no_name_after_it_stays_the_role()
    {
        var q = Single("وقال الأمين العام المساعد بالجامعة إن القادة اتفقوا على موعد القمة المقبلة.");
        Assert.Equal("الأمين العام المساعد", q.Speaker.Mention);
    }

    [Fact]
    public void A_definite_statement_with_its_issuer_speaks_a_content_noun_with_a_quotation_inside()
    {
        var q = Single("وأكد البيان الختامي الصادر عن الاجتماع أهمية الحفاظ على مؤسسات الدولة، ودعم حوار \"يقوده الناس أنفسهم\".");
        Assert.Equal("البيان الختامي الصادر عن الاجتماع", q.Speaker.Mention);
        Assert.Equal("أهمية الحفاظ على مؤسسات الدولة، ودعم حوار \"يقوده الناس أنفسهم\"", q.Text);
        Assert.Equal(Marsad.Model.QuoteKind.Mixed, q.Kind);
    }

    [Fact]
    public void A_content_noun_after_a_definite_speaker_is_not_part_of_the_speaker()
    {
        var q = Single("وأكد الوزير ضرورة تسريع الإصلاحات، ودعم برنامج \"يحمي الفئات الضعيفة\".");
        Assert.Equal("الوزير", q.Speaker.Mention);
        Assert.StartsWith("ضرورة تسريع الإصلاحات", q.Text);
    }

    [Fact]
    public void A_quotation_after_a_speaker_with_no_content_noun_stays_the_direct_content()
    {
        var q = Single("وأكد الوزير في ختام الجلسة \"لن نتراجع عن الإصلاحات\".");
        Assert.Equal("لن نتراجع عن الإصلاحات", q.Text);
    }

    [Fact]
    public void A_cue_that_announced_an_event_gives_its_subject_to_the_next_cue_joined_by_waw()
    {
        var quotes = FindLinked(string.Join('\n',
            "وقالت وزيرة البيئة هدى سالم إن الفيضانات \"غير مسبوقة\".",
            "وأعلن رئيس الوزراء سامي العطار حالة الطوارئ في عشر مناطق، وقال في تصريحات متلفزة إن الخسائر \"كبيرة جدا\"."));
        // Since session 17 the announced event is a quote too (docs/gold-conventions.md); the next cue keeps its subject.
        Assert.Equal(3, quotes.Length);
        Assert.Equal("حالة الطوارئ في عشر مناطق", quotes[1].Text);
        Assert.Equal("سامي العطار", quotes[2].Speaker.Name);
        Assert.Equal("الخسائر \"كبيرة جدا\"", quotes[2].Text);
    }

    [Fact]
    public void A_cue_that_reported_keeps_its_speaker_for_the_next_cue_joined_by_waw()
    {
        var quotes = FindLinked(string.Join('\n',
            "وقالت وزيرة البيئة هدى سالم إن الفيضانات \"غير مسبوقة\".",
            "من جهته، أعرب وزير الخارجية سامي العطار عن تقديره لاستضافة الاجتماع، وقال إن بلاده \"تتطلع إلى شراكة حقيقية\"."));
        Assert.Equal(3, quotes.Length);
        Assert.Equal("سامي العطار", quotes[2].Speaker.Name);
    }

    [Theory]
    [InlineData("لكن مسؤولًا أمنيًا في إحدى دول المنطقة يرى أن الأزمة \"لم تعد مالية فقط\".", "مسؤولًا أمنيًا في إحدى دول المنطقة")]
    [InlineData("غير أن مصدرا مطلعا، طلب عدم ذكر اسمه، قال إن الأزمة \"لم تعد مالية فقط\".", "مصدرا مطلعا")]
    public void An_accusative_unnamed_subject_after_a_connector_speaks_not_the_last_speaker(string sentence, string mention)
    {
        var quotes = Find("قال مدير الميناء إن الحركة تراجعت.\n" + sentence);
        Assert.Equal(2, quotes.Length);
        Assert.Equal(mention, quotes[1].Speaker.Mention);
    }

    [Fact]
    public void A_source_speaking_to_an_outlet_after_its_place_leaves_the_outlet_out()
    {
        var q = Single("وقال مصدر دبلوماسي أوروبي في بروكسل لـ\"الموقع\" إن الاتحاد سيطلق مهمة بحرية.");
        Assert.Equal("مصدر دبلوماسي أوروبي في بروكسل", q.Speaker.Mention);
        Assert.Equal("الاتحاد سيطلق مهمة بحرية", q.Text);
    }

    [Theory]
    [InlineData("، إلا أن مصادر وزارية أشارت إلى أن", "أشارت")]
    [InlineData("، لكن مصادر وزارية قالت إن", "قالت")]
    public void A_contrast_connector_with_a_subject_and_a_reporting_verb_ends_the_earlier_clause(string link, string cue)
    {
        var quotes = Find("وقال الموفد إن واشنطن \"لن تفرض جدولا زمنيا\"" + link + " الورقة تتضمن مهلة حتى نهاية العام.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("واشنطن \"لن تفرض جدولا زمنيا\"", quotes[0].Text);
        Assert.Equal(cue, quotes[1].Cue);
        Assert.Equal("مصادر وزارية", quotes[1].Speaker.Mention);
        Assert.Equal("الورقة تتضمن مهلة حتى نهاية العام", quotes[1].Text);
    }

    [Fact]
    public void A_contrast_connector_without_a_reporting_verb_does_not_end_the_clause()
    {
        var q = Single("وقال الموفد إن المحادثات تقدمت، لكن الخلافات ما زالت قائمة.");
        Assert.Equal("المحادثات تقدمت، لكن الخلافات ما زالت قائمة", q.Text);
    }

    [Theory]
    [InlineData("وكانت المنظمة قد دعت مرارا إلى إنهاء الفراغ الرئاسي.")]
    [InlineData("وكانت المنظمة قد دعت مجددا إلى إنهاء الفراغ الرئاسي.")]
    public void An_adverb_between_a_cue_and_its_content_preposition_is_no_part_of_the_content(string sentence)
    {
        var q = Single(sentence);
        Assert.Equal("المنظمة", q.Speaker.Mention);
        Assert.Equal("إلى إنهاء الفراغ الرئاسي", q.Text);
    }

    [Fact]
    public void A_quoted_document_name_before_a_relative_cue_speaks_under_its_own_name()
    {
        var quotes = FindLinked(string.Join('\n',
            "وقال وزير الخارجية سامي العطار إن القمة \"ناجحة\".",
            "واختتمت القمة الإقليمية أعمالها اليوم في المنامة، بإصدار \"إعلان المنامة\" الذي دعا إلى عقد مؤتمر دولي للسلام."));
        Assert.Equal(2, quotes.Length);
        Assert.Equal("إعلان المنامة", quotes[1].Speaker.Mention);
        Assert.Equal("إعلان المنامة", quotes[1].Speaker.Name);
        Assert.Equal("إلى عقد مؤتمر دولي للسلام", quotes[1].Text);
    }
}
