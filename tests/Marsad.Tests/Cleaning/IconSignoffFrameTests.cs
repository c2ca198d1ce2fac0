using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames seen in session 15, on pages written for these tests: widgets with an icon before or after
/// their words, a share label before a row of platforms, an agency's sign-off with its editors' initials, download
/// links, a newsletter box's email field, a comment counter with its link, and a site's copyright line on a piece
/// signed by a named writer.</summary>
public sealed class IconSignoffFrameTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    private const string Headline = "المدينة تفتتح أول مكتبة رقمية للأطفال في الحي القديم";

    private const string Story = """
        افتتحت بلدية المدينة صباح اليوم أول مكتبة رقمية للأطفال في الحي القديم بعد عام من الأشغال.
        وقالت مديرة المكتبة إن الأطفال سيجدون فيها ألفي كتاب مصور وعشرين جهازا لوحيا.
        """;

    [Theory]
    [InlineData("⏱ وقت القراءة: 4 دقائق")]
    [InlineData("مدة القراءة أقل من دقيقة")]
    [InlineData("زمن القراءة")]
    [InlineData("وقت القراءة ٣ د")]
    [InlineData("📲 حمّل تطبيق أخبار المدينة")]
    [InlineData("هل أعجبك المقال؟ 👍 👎")]
    [InlineData("مشاركة عبر: واتساب | إكس | بريد إلكتروني")]
    [InlineData("/انتهى/ س ل/ ع م")]
    [InlineData("ع ع")]
    [InlineData("تحميل التقرير كاملاً (PDF، 3.1 ميغابايت)")]
    [InlineData("بريدك الإلكتروني [ اشترك ]")]
    [InlineData("التعليقات (7) | أضف تعليقك")]
    public void Chrome_with_icons_initials_and_file_links_is_boilerplate(string chrome)
    {
        var raw = $"""
            {Headline}
            {Story}
            {chrome}
            وأضافت أن المكتبة ستفتح أبوابها كل يوم ما عدا الجمعة.
            """;
        var article = Clean(raw);
        Assert.Contains(chrome, article.Boilerplate);
        Assert.DoesNotContain(chrome, article.Body.Split('\n'));
    }

    [Theory]
    [InlineData("🔴 وقالت مديرة المكتبة إن التسجيل مجاني لكل أطفال الحي.")]
    [InlineData("وشارك في الافتتاح: الوزير، والمحافظ، ومدير التعليم.")]
    [InlineData("وأكدت أن ع م لن يدفعوا أي رسوم.")]
    [InlineData("شارك: الأردن، مصر، السعودية، الإمارات")]
    [InlineData("مصادر: البلدية ستفتح مكتبتين أخريين في الأحياء الشرقية قبل نهاية العام.")]
    [InlineData("مصدر: الافتتاح الرسمي سيكون بحضور المحافظ")]
    [InlineData("وقت القراءة لدى الأطفال تراجع إلى عشر دقائق يوميا بحسب دراسة البلدية.")]
    public void Story_lines_with_icons_colons_or_letters_stay_in_the_body(string sentence)
    {
        var raw = $"""
            {Headline}
            {Story}
            {sentence}
            """;
        Assert.Contains(sentence, Clean(raw).Body.Split('\n'));
    }

    [Fact]
    public void A_reading_time_widget_with_an_icon_above_the_headline_is_not_taken_for_the_headline()
    {
        // The icon hid the widget: it was taken for the headline, and the real headline under it for a teaser, lost.
        var raw = $"""
            ثقافة | مكتبات
            نشر في: الأحد 6 تموز 2025 | آخر تحديث: 10:20
            ⏱ وقت القراءة: 2 دقائق
            {Headline}
            children-library.jpg
            أطفال في قاعة المطالعة الجديدة (أرشيف)
            المدينة - فريق التحرير
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(Headline, article.Headline);
        Assert.Contains(Headline, article.Body.Split('\n'));
    }

    [Fact]
    public void A_share_row_above_the_headline_leaves_the_headline_and_the_agency_dateline_to_be_read()
    {
        const string raw = """
            ونا | وكالة أنباء الوطن
            اقتصاد
            الأربعاء 5 مارس 2025 - 11:20 ص
            مشاركة عبر: واتساب | إكس | بريد إلكتروني
            "مصفاة الشمال" تحقق أرباحا صافية بقيمة 80 مليون دينار في 2024
            الكويت في 5 مارس/ كونا / أعلنت شركة مصفاة الشمال اليوم عن تحقيق أرباح صافية بلغت 80 مليون دينار.
            وقال رئيس مجلس الإدارة إن النتائج تعكس تحسن هوامش التكرير.
            """;
        var article = Clean(raw);
        Assert.Equal("\"مصفاة الشمال\" تحقق أرباحا صافية بقيمة 80 مليون دينار في 2024", article.Headline);
        Assert.Equal("الكويت", article.Dateline);
        Assert.Contains("كونا", article.Agencies);
    }

    [Fact]
    public void A_headline_about_reading_time_is_the_headline()
    {
        // Only a reading-time widget (a label, a duration) is chrome; a headline on the subject is not.
        const string reading = "وقت القراءة لدى الأطفال يتراجع إلى النصف في عشر سنوات";
        var article = Clean($"""
            ثقافة
            {reading}
            {Story}
            """);
        Assert.Equal(reading, article.Headline);
    }

    [Fact]
    public void A_headline_that_opens_with_an_indefinite_source_is_the_headline()
    {
        // «مصادر: …» and «مصدر: …» open headlines; only a short one naming an outlet is a source line.
        const string sourced = "مصادر: البلدية تدرس فتح مكتبة رقمية ثانية في الحي الجديد";
        var article = Clean($"""
            ثقافة
            {sourced}
            {Story}
            مصدر: وكالات
            """);
        Assert.Equal(sourced, article.Headline);
        Assert.Contains("مصدر: وكالات", article.Boilerplate);
    }

    [Fact]
    public void A_download_link_with_a_file_size_is_no_byline_and_gives_no_dateline()
    {
        var raw = $"""
            الرئيسية › تقارير › مكتبات
            تقرير | 06/05/2025
            تحميل الدراسة كاملة (PDF، 1.2 ميغابايت)
            {Headline}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Null(article.Dateline);
        Assert.Contains("تحميل الدراسة كاملة (PDF، 1.2 ميغابايت)", article.Boilerplate);
    }

    [Fact]
    public void A_site_copyright_line_is_no_credit_on_a_piece_signed_by_a_named_writer()
    {
        var raw = $"""
            صدى الملاعب
            رياضة محلية › الدوري
            {Headline}
            المدينة - محمد العلي
            {Story}
            صدى الملاعب © جميع الحقوق محفوظة 2024
            """;
        var article = Clean(raw);
        Assert.Empty(article.Agencies);
        Assert.Equal("المدينة", article.Dateline);
    }

    [Fact]
    public void A_site_copyright_line_is_no_credit_on_a_piece_without_a_writer_either()
    {
        var raw = $"""
            صدى الملاعب
            رياضة محلية › الدوري
            {Headline}
            {Story}
            صدى الملاعب © جميع الحقوق محفوظة 2024
            """;
        var article = Clean(raw);
        Assert.Empty(article.Agencies);
        Assert.Contains("صدى الملاعب", article.SiteNames);
    }

    [Theory]
    [InlineData("آخر تحديث: منذ ساعتين")]
    [InlineData("تصنيفات: ثقافة، أطفال")]
    [InlineData("كلمات البحث: مكتبات، أطفال")]
    [InlineData("مشاهدات: 1.2 ألف")]
    [InlineData("زمن القراءة: 3 دقائق")]
    [InlineData("بلغ عن خطأ")]
    [InlineData("العودة إلى الصفحة الرئيسية")]
    [InlineData("شارك المقال عبر")]
    [InlineData("هل لديك تعليق؟")]
    [InlineData("مواد ذات صلة")]
    [InlineData("للتواصل مع المحرر")]
    public void Furniture_above_the_headline_is_chrome_and_not_the_headline(string chrome)
    {
        var raw = $"""
            {chrome}
            {Headline}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(Headline, article.Headline);
        Assert.Contains(chrome, article.Boilerplate);
    }

    [Fact]
    public void An_organisations_name_above_a_short_label_is_the_site_not_the_headline()
    {
        var raw = $"""
            الاتحاد العربي للشطرنج
            أخبار الاتحاد
            {Headline}
            2024/05/11
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(Headline, article.Headline);
        Assert.Contains("الاتحاد العربي للشطرنج", article.Boilerplate);
    }

    [Fact]
    public void A_short_headline_above_a_label_and_a_paragraph_stays_the_headline()
    {
        const string raw = """
            مكتبة رقمية للأطفال
            تقارير
            افتتحت بلدية المدينة صباح اليوم أول مكتبة رقمية للأطفال في الحي القديم بعد عام من الأشغال.
            وقالت مديرة المكتبة إن الأطفال سيجدون فيها ألفي كتاب مصور.
            """;
        Assert.Equal("مكتبة رقمية للأطفال", Clean(raw).Headline);
    }

    [Theory]
    [InlineData("القاهرة (أ ش أ)", "القاهرة", "أ ش أ")]
    [InlineData("بيروت - «الأخبار»", "بيروت", "الأخبار")]
    public void A_place_with_its_agency_or_quoted_paper_under_the_headline_is_the_dateline(string credit, string place, string agency)
    {
        var raw = $"""
            {Headline}
            {credit}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(place, article.Dateline);
        Assert.Equal(agency, Assert.Single(article.Agencies));
        Assert.Contains(credit, article.Boilerplate);
    }

    [Fact]
    public void A_quoted_phrase_after_a_name_that_is_no_place_credits_nobody()
    {
        const string raw = """
            الوزير - "لن نتراجع"
            قال وزير المالية اليوم إن الحكومة لن تتراجع عن خطة الإصلاح.
            وأضاف أن الخطة تحظى بدعم البرلمان.
            """;
        Assert.Empty(Clean(raw).Agencies);
    }

    [Fact]
    public void A_place_and_the_issuing_body_under_the_headline_is_a_byline()
    {
        var raw = $"""
            {Headline}
            الرياض - الأمانة العامة لمجلس التعاون
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("الرياض", article.Dateline);
        Assert.Contains("الرياض - الأمانة العامة لمجلس التعاون", article.Boilerplate);
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void A_place_and_a_short_clause_opening_the_page_stays_the_headline()
    {
        // The place-and-issuer byline stands under a headline; the page's first line is the headline itself.
        var raw = $"""
            القاهرة - خفض دعم الوقود تدريجيا
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("القاهرة - خفض دعم الوقود تدريجيا", article.Headline);
        Assert.DoesNotContain("القاهرة - خفض دعم الوقود تدريجيا", article.Boilerplate);
    }

    [Theory]
    [InlineData("التصنيف: الجامعة الوطنية تتقدم عشرين مركزا في الترتيب العالمي")]
    [InlineData("القسم: الحكومة تدرس رفع أسعار الكهرباء مطلع العام")]
    public void A_headline_opening_with_a_label_word_and_a_clause_is_no_tag_line(string headline)
    {
        var raw = $"""
            {headline}
            {Story}
            """;
        Assert.Equal(headline, Clean(raw).Headline);
    }

    [Fact]
    public void A_short_tag_list_is_still_boilerplate()
    {
        var raw = $"""
            {Headline}
            {Story}
            التصنيف: ثقافة، أطفال، مكتبات رقمية
            """;
        Assert.Contains("التصنيف: ثقافة، أطفال، مكتبات رقمية", Clean(raw).Boilerplate);
    }

    [Fact]
    public void A_place_and_a_clause_under_the_headline_is_a_standfirst_not_a_byline()
    {
        var raw = $"""
            {Headline}
            القاهرة - خفض دعم الوقود تدريجيا
            {Story}
            """;
        Assert.DoesNotContain("القاهرة - خفض دعم الوقود تدريجيا", Clean(raw).Boilerplate);
    }

    [Fact]
    public void A_place_and_a_sites_name_under_the_headline_is_a_byline()
    {
        var raw = $"""
            {Headline}
            دبي - البوابة العربية للأخبار العلمية
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("دبي", article.Dateline);
        Assert.Contains("دبي - البوابة العربية للأخبار العلمية", article.Boilerplate);
    }

    [Fact]
    public void A_quotation_after_a_place_credits_nobody()
    {
        var raw = $"""
            {Headline}
            طهران - «لن نتفاوض»
            {Story}
            """;
        Assert.Empty(Clean(raw).Agencies);
    }

    [Fact]
    public void A_place_above_an_archive_mark_is_a_caption_not_a_dateline()
    {
        var raw = $"""
            {Headline}
            بيروت (أرشيف)
            {Story}
            """;
        var article = Clean(raw);
        Assert.Null(article.Dateline);
        Assert.Contains("بيروت (أرشيف)", article.Boilerplate);
    }

    [Theory]
    [InlineData("سامر خليل")]
    [InlineData("خاص")]
    [InlineData("بالصور")]
    public void A_short_headline_above_a_short_line_and_a_standfirst_stays_the_headline(string between)
    {
        // The site's name above an unknown label is a body's or an outlet's name; «ارتفاع أسعار الذهب محليا» is a story.
        var raw = $"""
            ارتفاع أسعار الذهب محليا
            {between}
            الغرام يسجل أعلى مستوى له منذ عامين كاملين
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("ارتفاع أسعار الذهب محليا", article.Headline);
        Assert.DoesNotContain("ارتفاع أسعار الذهب محليا", article.Boilerplate);
    }

    [Theory]
    [InlineData("أ ف ب")]
    [InlineData("واس")]
    public void A_news_agencys_name_alone_under_the_story_credits_it(string agency)
    {
        var raw = $"""
            {Headline}
            {Story}
            {agency}
            """;
        var article = Clean(raw);
        Assert.Equal(agency, Assert.Single(article.Agencies));
        Assert.Contains(agency, article.Boilerplate);
    }

    [Fact]
    public void A_newspapers_name_alone_under_the_story_credits_nobody()
    {
        var raw = $"""
            {Headline}
            {Story}
            الجزيرة
            """;
        Assert.Empty(Clean(raw).Agencies);
    }
}
