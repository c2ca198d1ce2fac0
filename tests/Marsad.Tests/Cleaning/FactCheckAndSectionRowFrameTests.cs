using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames met in session 16, on pages written for these tests: a site's name with its sections in one
/// barred row, a bracketed timestamp with the month written between slashes, a Levantine month in a wire dateline, an
/// image tag with its caption on one line, a fact-check page's frame; and the faults left by session 15's reviews (a
/// short headline after «القسم:», a «place - three words» headline, the source labels, icons). Each rule is shown
/// beside the story line or headline that merely looks like it, which must stay.</summary>
public sealed class FactCheckAndSectionRowFrameTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    private const string Story = """
        أعلنت البلدية اليوم عن خطة لإعادة تأهيل شبكة الصرف في الأحياء القديمة خلال العامين المقبلين.
        وقال رئيس البلدية إن الأعمال تبدأ في الربيع وتشمل نحو أربعين شارعا.

        """;

    [Fact]
    public void A_short_headline_after_a_section_label_stays_the_headline()
    {
        var article = Clean("القسم: البلدية تغلق السوق القديم\n" + Story);
        Assert.Equal("القسم: البلدية تغلق السوق القديم", article.Headline);
        Assert.DoesNotContain("القسم: البلدية تغلق السوق القديم", article.Boilerplate);
    }

    [Theory]
    [InlineData("القسم: أخبار محلية")]
    [InlineData("التصنيف: اقتصاد، أخبار البلديات، الشؤون المحلية")]
    public void A_section_label_with_one_short_item_or_a_list_is_chrome(string label)
    {
        var article = Clean(label + "\nالبلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story);
        Assert.Contains(label, article.Boilerplate);
        Assert.Equal("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف", article.Headline);
    }

    [Fact]
    public void A_place_dash_headline_with_no_headline_below_is_the_headline()
    {
        var article = Clean("صيدا - فيضان يغمر الميناء\n" + Story);
        Assert.Equal("صيدا - فيضان يغمر الميناء", article.Headline);
        Assert.Contains("صيدا - فيضان يغمر الميناء", article.Body);
    }

    [Fact]
    public void A_place_dash_writer_line_under_the_headline_stays_a_byline()
    {
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\nصيدا - سامر حداد\n" + Story);
        Assert.Equal("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف", article.Headline);
        Assert.Equal("صيدا", article.Dateline);
        Assert.Contains("صيدا - سامر حداد", article.Boilerplate);
    }

    [Fact]
    public void Source_labels_come_from_one_list_for_the_patterns_and_the_credit_reader()
    {
        var lexicon = CleanerLexicon.For(Marsad.Knowledge.ResourceFiles.Default);
        Assert.Contains("مصدر الخبر", lexicon.SourceLabels);
        Assert.Contains("نقلا عن", lexicon.SourceLabels);
        Assert.DoesNotContain(lexicon.PatternGroups.SelectMany(g => g.Members), p => p.Regex.ToString().Contains("{source:", StringComparison.Ordinal));

        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story + "مصدر الخبر: رويترز\n");
        Assert.Contains("مصدر الخبر: رويترز", article.Boilerplate);
        Assert.Equal("رويترز", Assert.Single(article.Agencies));
        var quoted = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story + "نقلاً عن الشرق الأوسط\n");
        Assert.Contains("نقلاً عن الشرق الأوسط", quoted.Boilerplate);
        Assert.Equal("الشرق الأوسط", Assert.Single(quoted.Agencies));
    }

    [Fact]
    public void A_source_headline_with_an_indefinite_label_stays()
    {
        var article = Clean("مصادر: البلدية تدرس رفع رسوم النظافة\n" + Story);
        Assert.Equal("مصادر: البلدية تدرس رفع رسوم النظافة", article.Headline);
        Assert.Empty(article.Agencies);
    }

    [Theory]
    [InlineData('°', false)]
    [InlineData('©', false)]
    [InlineData('⏱', true)]
    [InlineData('❌', true)]
    [InlineData('\uFE0F', true)]
    public void Icons_are_pictographs_not_the_signs_that_stand_in_text(char c, bool icon) =>
        Assert.Equal(icon, LineClassifier.IsIcon(c));

    [Theory]
    [InlineData("الميدان | كرة سلة | الدوري المحلي")]
    [InlineData("الميدان / كرة سلة / الدوري المحلي")]
    public void A_site_row_of_three_cells_above_the_headline_is_chrome_and_names_no_place(string row)
    {
        var article = Clean(row + "\nالنادي الأهلي يتعاقد مع مدرب جديد للموسم المقبل\n" + Story);
        Assert.Equal("النادي الأهلي يتعاقد مع مدرب جديد للموسم المقبل", article.Headline);
        Assert.Contains(row, article.Boilerplate);
        Assert.Null(article.Dateline);
    }

    [Theory]
    [InlineData("مصر | السعودية | قمة ثلاثية بالرياض", "")]
    [InlineData("مصر | السعودية | قمة ثلاثية بالرياض", "الثلاثاء 14 أكتوبر 2025\n")]
    [InlineData("الأردن / العراق / خط أنابيب جديد", "")]
    [InlineData("Apple | آيفون | إطلاق الجيل الجديد", "")]
    public void A_headline_of_three_short_cells_above_its_standfirst_stays_the_headline(string headline, string stamp)
    {
        var article = Clean(headline + "\n" + stamp + "يجتمع وزراء البلدين غدا لبحث مشروعات النقل والطاقة المشتركة\n" + Story);
        Assert.Equal(headline, article.Headline);
        Assert.DoesNotContain(headline, article.Boilerplate);
    }

    [Theory]
    [InlineData("الوطن | اقتصاد | أسواق المال العربية")]
    [InlineData("الملعب | كرة القدم | دوري الدرجة الأولى")]
    [InlineData("بوابة الجنوب | محافظات | أخبار مدن الساحل")]
    public void A_site_row_with_a_known_section_or_site_word_above_the_headline_is_chrome(string row)
    {
        var article = Clean(row + "\nالنادي الأهلي يتعاقد مع مدرب جديد للموسم المقبل\n" + Story);
        Assert.Equal("النادي الأهلي يتعاقد مع مدرب جديد للموسم المقبل", article.Headline);
        Assert.Contains(row, article.Boilerplate);
    }

    [Fact]
    public void A_headline_with_spaced_slashes_stays_the_headline()
    {
        var article = Clean("البلدية / خطة لإعادة تأهيل شبكة الصرف / عامان من الأشغال في الأحياء القديمة\n" + Story);
        Assert.Equal("البلدية / خطة لإعادة تأهيل شبكة الصرف / عامان من الأشغال في الأحياء القديمة", article.Headline);
    }

    [Fact]
    public void A_headline_with_one_bar_stays_the_headline()
    {
        var article = Clean("البلدية | خطة لإعادة تأهيل شبكة الصرف\n" + Story);
        Assert.Equal("البلدية | خطة لإعادة تأهيل شبكة الصرف", article.Headline);
        Assert.Contains("البلدية | خطة لإعادة تأهيل شبكة الصرف", article.Body);
    }

    [Fact]
    public void A_bracketed_stamp_with_the_month_between_slashes_dates_the_page()
    {
        var article = Clean("[ 07/مارس/2024 ] - [ 26 شعبان 1445هـ ]\nالبلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story);
        Assert.Contains("[ 07/مارس/2024 ] - [ 26 شعبان 1445هـ ]", article.Boilerplate);
        Assert.Equal(new DateOnly(2024, 3, 7), article.Published);
        Assert.Equal("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف", article.Headline);
    }

    [Fact]
    public void A_stamp_with_the_month_between_dashes_dates_the_page()
    {
        var article = Clean("الأحد 07-مارس-2024 | 10:30\nالبلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story);
        Assert.Contains("الأحد 07-مارس-2024 | 10:30", article.Boilerplate);
        Assert.Equal(new DateOnly(2024, 3, 7), article.Published);
    }

    [Fact]
    public void A_pattern_naming_a_source_label_form_that_has_no_label_is_refused()
    {
        var folder = Path.Combine(Path.GetTempPath(), "marsad-source-labels-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "cleaning"));
        try
        {
            File.WriteAllLines(Path.Combine(folder, "cleaning", "boilerplate-patterns.tsv"), ["kind\tpattern", "source\t^({source:nosuchform})\\s*:"]);
            var error = Assert.Throws<InvalidDataException>(() => CleanerLexicon.For(new Marsad.Knowledge.ResourceFiles(folder)));
            Assert.Contains("nosuchform", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_story_line_with_a_slashed_date_stays()
    {
        const string line = "وفي 07/مارس/2024 أعلنت البلدية عن مناقصة جديدة لتوسيع شبكة الصرف في الأحياء الشرقية.";
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story + line + "\n");
        Assert.Contains(line, article.Body);
    }

    [Fact]
    public void A_wire_dateline_with_a_two_word_levantine_month_gives_place_and_agency()
    {
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\nإربد 3 كانون الثاني (بترا) – أعلنت بلدية إربد اليوم عن خطة لإعادة تأهيل شبكة الصرف.\nوقال رئيس البلدية إن الأعمال تبدأ في الربيع.\n");
        Assert.Equal("إربد", article.Dateline);
        Assert.Equal("بترا", Assert.Single(article.Agencies));
    }

    [Fact]
    public void A_wire_dateline_with_the_country_after_a_comma_gives_the_city_and_the_agency()
    {
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\nصيدا، لبنان (رويترز) - أعلنت البلدية اليوم عن خطة لإعادة تأهيل شبكة الصرف.\nوقال رئيس البلدية إن الأعمال تبدأ في الربيع.\n");
        Assert.Equal("صيدا", article.Dateline);
        Assert.Equal("رويترز", Assert.Single(article.Agencies));
    }

    [Fact]
    public void A_sentence_with_a_comma_and_a_bracketed_day_opens_no_dateline()
    {
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\nوقال الرئيس، أمس (الأحد) - في كلمة أمام المجلس البلدي - إن الخطة جاهزة.\nوأضاف أن الأعمال تبدأ في الربيع.\n");
        Assert.Null(article.Dateline);
        Assert.Empty(article.Agencies);
    }

    [Theory]
    [InlineData("القاهرة، مصر (الأحد) - ناقش البرلمان اليوم مشروع قانون الاستثمار الجديد.")]
    [InlineData("صنعاء، العاصمة اليمنية (الخاضعة للحوثيين) - تشهد المدينة منذ أسابيع أزمة وقود حادة.")]
    public void A_comma_opening_with_a_bracketed_day_or_remark_credits_nothing(string opening)
    {
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + opening + "\nوأضاف أن الأعمال تبدأ في الربيع.\n");
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void An_agency_sign_off_in_brackets_is_credited_without_them()
    {
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story + "(أ.ف.ب)\n");
        Assert.Contains("(أ.ف.ب)", article.Boilerplate);
        Assert.Equal("أ.ف.ب", Assert.Single(article.Agencies));
    }

    [Fact]
    public void A_name_after_a_credit_word_is_no_place_unless_it_is_a_known_place()
    {
        var site = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\nخاص - الميدان\n" + Story);
        Assert.Contains("خاص - الميدان", site.Boilerplate);
        Assert.Null(site.Dateline);

        var place = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\nخاص - صيدا\n" + Story);
        Assert.Equal("صيدا", place.Dateline);
        var first = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\nصيدا - خاص\n" + Story);
        Assert.Equal("صيدا", first.Dateline);
    }

    [Fact]
    public void A_bracketed_remark_after_a_count_opens_no_dateline()
    {
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\nتسلم 14 طالبا الأوائل (جوائز التفوق) – في حفل أقامته البلدية أمس.\nوقال رئيس البلدية إن الحفل يتكرر كل عام.\n");
        Assert.Null(article.Dateline);
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void An_image_tag_with_its_caption_on_one_line_is_chrome_and_a_bracketed_story_line_stays()
    {
        const string tag = "[صورة: sewer-works.jpg] عمال البلدية في أحد الشوارع";
        const string update = "[تحديث] أعلنت البلدية تأجيل الأعمال في شارعين بسبب الأمطار الغزيرة التي هطلت أمس.";
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story + tag + "\n" + update + "\n");
        Assert.Contains(tag, article.Boilerplate);
        Assert.Contains(update, article.Body);
    }

    [Fact]
    public void A_fact_check_frame_is_chrome_and_its_question_headline_is_taken()
    {
        const string raw = """
            منصة فحص | ادعاءات | صحة
            الحكم: ✅ صحيح جزئيا
            🔗 شارك التحقق | 📋 انسخ الرابط

            هل تمنع البلدية تربية الدواجن في الأحياء السكنية؟

            الادعاء
            تداولت صفحات على الإنترنت منشورا يقول إن البلدية قررت منع تربية الدواجن في كل الأحياء.
            كيف تحققنا؟
            راجعنا قرارات المجلس البلدي المنشورة منذ مطلع العام ولم نجد قرارا بهذا المعنى.
            النتيجة: مضلل
            هل صادفت خبرا تشك في صحته؟ راسلنا عبر البريد
            """;
        var article = Clean(raw);
        Assert.Equal("هل تمنع البلدية تربية الدواجن في الأحياء السكنية؟", article.Headline);
        foreach (var chrome in new[] { "الحكم: ✅ صحيح جزئيا", "🔗 شارك التحقق | 📋 انسخ الرابط", "كيف تحققنا؟", "النتيجة: مضلل", "هل صادفت خبرا تشك في صحته؟ راسلنا عبر البريد" })
        {
            Assert.Contains(chrome, article.Boilerplate);
        }
    }

    [Fact]
    public void A_reference_list_of_unknown_bodies_credits_no_outlet_and_a_list_of_agencies_does()
    {
        var references = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story + "المصادر: وزارة الأشغال، المجلس البلدي، البنك الدولي\n");
        Assert.Contains("المصادر: وزارة الأشغال، المجلس البلدي، البنك الدولي", references.Boilerplate);
        Assert.Empty(references.Agencies);

        var wires = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story + "المصادر: رويترز، الأناضول، موقع البلدية\n");
        Assert.Equal(["رويترز", "الأناضول", "موقع البلدية"], wires.Agencies.ToArray());
    }

    [Theory]
    [InlineData("النتيجة: فوز الفريق المحلي بهدفين")]
    [InlineData("هل وجدت الحكومة حلا للأزمة؟ يجيب الوزير بأن الخطة جاهزة.")]
    [InlineData("كيف تحقق الفريق من سلامة المبنى؟")]
    [InlineData("قراءة 3 دقائق يوميا تحسن التركيز لدى الأطفال، بحسب الدراسة.")]
    [InlineData("الكلمات المفاتيح في خطاب الوزير كانت واضحة.")]
    public void Story_lines_that_look_like_the_new_chrome_stay(string line)
    {
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story + line + "\nوأضاف أن التمويل مؤمن من الموازنة العامة.\n");
        Assert.Contains(line, article.Body);
    }

    [Fact]
    public void A_headline_opening_with_a_reading_time_stays_the_headline()
    {
        var article = Clean("قراءة 3 دقائق يوميا تحسن تركيز الأطفال\n" + Story);
        Assert.Equal("قراءة 3 دقائق يوميا تحسن تركيز الأطفال", article.Headline);
    }

    [Theory]
    [InlineData("⏱ قراءة 3 دقائق")]
    [InlineData("الكلمات المفاتيح: الصرف الصحي، البلدية، صيدا")]
    public void Reading_time_and_keyword_rows_in_other_words_are_chrome(string line)
    {
        var article = Clean("البلدية تطلق خطة لإعادة تأهيل شبكة الصرف\n" + Story + line + "\n");
        Assert.Contains(line, article.Boilerplate);
    }
}
