using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Text;

using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>The quotation rules, one behaviour a test, on sentences written for the tests.</summary>
public sealed class QuoteAnnotatorTests
{
    [Fact]
    public void Indirect_speech_starts_after_inna_and_drops_the_final_full_stop()
    {
        var q = Single("قال وزير المالية الكويتي خالد الفهد إن الميزانية ستسجل فائضا هذا العام.");
        Assert.Equal("الميزانية ستسجل فائضا هذا العام", q.Text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("قال", q.Cue);
        Assert.Equal("خالد الفهد", q.Speaker.Name);
        Assert.Equal("وزير المالية الكويتي خالد الفهد", q.Speaker.Mention);
    }

    [Fact]
    public void A_pronoun_attached_to_anna_is_dropped_with_it()
    {
        var q = Single("وأكد المتحدث باسم الشرطة سالم العلي أنه لا توجد إصابات بين المدنيين.");
        Assert.Equal("لا توجد إصابات بين المدنيين", q.Text);
        Assert.Equal("أكد", q.Cue);
    }

    [Fact]
    public void Content_wholly_in_quote_marks_after_inna_is_direct()
    {
        var q = Single("قالت المديرة سلمى النجار إن \"المدرسة ستفتح أبوابها الأحد المقبل\".");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("المدرسة ستفتح أبوابها الأحد المقبل", q.Text);
    }

    [Fact]
    public void A_quoted_fragment_inside_indirect_speech_makes_it_mixed()
    {
        var q = Single("وقال الوزير هشام عمر إن الاتفاق \"خطوة تاريخية\" نحو الاستقرار.");
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("الاتفاق \"خطوة تاريخية\" نحو الاستقرار", q.Text);
    }

    [Fact]
    public void Quote_marks_around_a_name_do_not_make_a_quote_mixed()
    {
        var q = Single("وقال القائد ماجد سعيد إن مقاتلي «داعش» انسحبوا من القرية.");
        Assert.Equal(QuoteKind.Indirect, q.Kind);
    }

    [Fact]
    public void An_unclosed_quote_runs_to_the_end_of_its_line_without_the_full_stop()
    {
        var quotes = Find("قال رئيس البلدية كريم حداد \"سنعيد بناء الجسر قبل الشتاء.\nوفي سياق آخر افتتح معرض للكتاب.");
        var q = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("سنعيد بناء الجسر قبل الشتاء", q.Text);
    }

    [Fact]
    public void A_stray_closing_mark_ends_a_direct_quote()
    {
        var q = Single("وكان الوزير نادر سليم قد صرح أمس أن الأسعار ستنخفض قريبا\"، مضيفا أن الحكومة تراقب الأسواق.", expected: 2);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("الأسعار ستنخفض قريبا", q.Text);
    }

    [Fact]
    public void Scare_quotes_without_a_cue_are_not_quotes()
    {
        Assert.Empty(Find("وتواجه الحكومة انتقادات \"متزايدة\" بسبب \"الأخطاء الإدارية\" المتكررة."));
    }

    [Fact]
    public void A_headline_with_a_colon_and_no_cue_is_not_a_quote()
    {
        Assert.Empty(Find("وزير الصحة: لا إغلاق جديدا للمدارس"));
    }

    [Fact]
    public void A_continuation_without_subject_inherits_the_last_speaker_with_an_empty_mention()
    {
        var quotes = Find("قال المتحدث العسكري أحمد يونس إن القوات تقدمت شمالا.\nوأضاف أن العمليات ستستمر أسبوعا.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("أحمد يونس", quotes[1].Speaker.Name);
        Assert.Equal(string.Empty, quotes[1].Speaker.Mention);
        Assert.Null(quotes[1].Speaker.MentionStart);
        Assert.Equal("أضاف", quotes[1].Cue);
    }

    [Fact]
    public void A_participle_cue_belongs_to_the_speaker_of_its_sentence()
    {
        var quotes = Find("قالت النائبة ريم خليل إن القانون سيعدل، مشيرة إلى أن اللجنة ستجتمع غدا.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("مشيرة", quotes[1].Cue);
        Assert.Equal("ريم خليل", quotes[1].Speaker.Name);
        Assert.Equal("القانون سيعدل", quotes[0].Text);
        Assert.Equal("اللجنة ستجتمع غدا", quotes[1].Text);
    }

    [Fact]
    public void A_coordinated_non_reporting_verb_after_a_comma_ends_the_reported_clause()
    {
        var q = Single("وأكد المحافظ سامر ناصر أن المياه ستعود خلال يومين، ووعد بتعويض المتضررين.");
        Assert.Equal("المياه ستعود خلال يومين", q.Text);
    }

    [Fact]
    public void The_clause_stops_before_wafq_qawlihi()
    {
        var q = Single("وقال المدرب فادي عيسى إن الفريق جاهز للمباراة وفق قوله.");
        Assert.Equal("الفريق جاهز للمباراة", q.Text);
    }

    [Fact]
    public void A_source_phrase_at_the_end_of_a_sentence_attributes_the_sentence()
    {
        var q = Single("وستصل الشحنة الأولى من القمح الأسبوع المقبل، بحسب مسؤول في الميناء.");
        Assert.Equal("بحسب", q.Cue);
        Assert.Equal("مسؤول في الميناء", q.Speaker.Mention);
        Assert.Equal("ستصل الشحنة الأولى من القمح الأسبوع المقبل", q.Text);
    }

    [Fact]
    public void A_role_only_speaker_is_the_person_last_named_with_that_role()
    {
        var quotes = Find("التقى وزير الزراعة الأردني خالد حنيفات وفدا أوروبيا.\nوقال الوزير الأردني إن الموسم كان جيدا.");
        var q = Assert.Single(quotes);
        Assert.Equal("خالد حنيفات", q.Speaker.Name);
        Assert.Equal("الوزير الأردني", q.Speaker.Mention);
    }

    [Fact]
    public void A_short_name_is_expanded_to_the_full_name_met_earlier()
    {
        var quotes = Find("قالت الكاتبة هدى بركات إن الرواية تكتب ببطء.\nوأوضحت بركات أن الترجمة ستصدر قريبا.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("هدى بركات", quotes[1].Speaker.Name);
        Assert.Equal("بركات", quotes[1].Speaker.Mention);
    }

    [Fact]
    public void A_subject_before_the_verb_is_the_speaker()
    {
        var q = Single("الهيئة العامة للطيران أعلنت أن الرحلات ستستأنف غدا.");
        Assert.Equal("الهيئة العامة للطيران", q.Speaker.Mention);
    }

    [Fact]
    public void Speech_inside_quote_marks_is_not_searched_for_further_cues()
    {
        var q = Single("وقال المفوض جمال رضوان: \"قلنا إن الباب مفتوح، وأكدنا أن الحوار مستمر\".");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.StartsWith("قلنا إن الباب", q.Text);
    }

    [Fact]
    public void A_relayed_quote_belongs_to_the_person_quoted_not_to_the_agency()
    {
        var q = Single("ونقلت وكالة الأنباء الرسمية عن وزيرة الثقافة نور حسين قولها إن المهرجان سيقام في موعده.");
        Assert.Equal("نور حسين", q.Speaker.Name);
        Assert.Equal("نقلت", q.Cue);
        Assert.Equal("المهرجان سيقام في موعده", q.Text);
    }

    [Fact]
    public void Spaces_inside_the_quote_marks_are_not_part_of_the_text()
    {
        var q = Single("وتابع المدير وليد سعد: \" نحن جاهزون للموسم \".");
        Assert.Equal("نحن جاهزون للموسم", q.Text);
    }

    [Fact]
    public void Users_extend_the_cue_lexicon_from_their_own_folder()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-quotes-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "quotes"));
            File.WriteAllText(Path.Combine(folder.FullName, "quotes", "cues.tsv"), "lemma\tforms\tkind\tcontent\tframe\nغرد\tغرد|غردت\tverb\tcomp|quote\t\n");
            var pipeline = new PipelineBuilder { Resources = new ResourceFiles(folder.FullName) }.UseArabicText().UseQuotes().Build();
            var article = pipeline.AnalyzeText("وغردت النائبة منى سالم أن الجلسة أجلت.");
            var q = Assert.Single(article.Quotes);
            Assert.Equal("غردت", q.Cue);
            Assert.Equal("الجلسة أجلت", q.Text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_malformed_cue_file_is_reported_with_its_name_and_reason()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-quotes-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "quotes"));
            File.WriteAllText(Path.Combine(folder.FullName, "quotes", "cues.tsv"), "lemma\tforms\tkind\nغرد\tغرد\tadverb\n");
            var ex = Assert.Throws<InvalidDataException>(() => new QuoteAnnotator(new ResourceFiles(folder.FullName)));
            Assert.Contains("quotes/cues.tsv", ex.Message);
            Assert.Contains("adverb", ex.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_empty_body_gives_no_quotes()
    {
        var annotator = new QuoteAnnotator(ResourceFiles.Default);
        var article = new AnalyzedArticle { Id = "e", Source = new SourceInfo("e", null, null), Body = string.Empty };
        Assert.Empty(annotator.Annotate(article).Quotes);
    }
}
