using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames of outlets new in session 10, on articles written for these tests: the site's name above the
/// headline (a Latin brand, «المجلة ...», «X | بوابة ...», «BRAND - وكالة ...»), one-step breadcrumbs, publication lines
/// with a day-first numeric date, wire datelines with a numeric date before the agency's tag, bare place datelines, and
/// chrome lines (initials signing off, reference lines, share prompts without a network).</summary>
public sealed class SiteMastheadTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    [Fact]
    public void A_latin_brand_line_and_a_one_step_breadcrumb_above_the_headline_are_chrome()
    {
        const string raw = """
            Gulf Morning Radio
            الأخبار > اقتصاد
            حجم الخط  أ+  أ-
            ميناء جديد على البحر الأحمر يستقبل أول سفينة حاويات
            2023-03-14 09:10
            جدة - استقبل الميناء الجديد صباح اليوم أول سفينة حاويات بعد اكتمال أعمال التوسعة.
            وقال مدير الميناء إن الطاقة الاستيعابية ستتضاعف خلال عامين.
            """;
        var article = Clean(raw);
        Assert.Equal("ميناء جديد على البحر الأحمر يستقبل أول سفينة حاويات", article.Headline);
        Assert.Contains("Gulf Morning Radio", article.Boilerplate);
        Assert.Contains("الأخبار > اقتصاد", article.Boilerplate);
        Assert.Contains("حجم الخط  أ+  أ-", article.Boilerplate);
        Assert.Equal("جدة", article.Dateline);
        Assert.Equal(new DateOnly(2023, 3, 14), article.Published);
    }

    [Fact]
    public void A_magazine_name_above_a_topic_label_is_the_masthead_and_a_day_first_date_line_dates_the_page()
    {
        const string raw = """
            الزراعي | أخبار المحاصيل
            المجلة الزراعية الحديثة
            قمح
            موسم حصاد القمح يبدأ مبكرا في السهول الشمالية
            بقلم: قسم التحرير
            نشر في 07/06/2022
            بدأ المزارعون في السهول الشمالية حصاد القمح قبل موعده المعتاد بأسبوعين بسبب ارتفاع درجات الحرارة.
            وقال رئيس التعاونية إن المحصول جيد هذا العام.
            المراجع: تقارير وزارة الزراعة
            """;
        var article = Clean(raw);
        Assert.Equal("موسم حصاد القمح يبدأ مبكرا في السهول الشمالية", article.Headline);
        Assert.Contains("المجلة الزراعية الحديثة", article.Boilerplate);
        Assert.Contains("قمح", article.Boilerplate);
        Assert.Contains("الزراعي | أخبار المحاصيل", article.Boilerplate);
        Assert.Contains("المراجع: تقارير وزارة الزراعة", article.Boilerplate);
        Assert.Null(article.Dateline);
        Assert.Equal(new DateOnly(2022, 6, 7), article.Published);
    }

    [Fact]
    public void A_portal_name_after_a_pipe_is_the_masthead()
    {
        const string raw = """
            سكك | بوابة أخبار القطارات والنقل البري
            أخبار النقل
            قطار سريع يربط العاصمة بالمدن الساحلية خلال عامين
            بدأت أعمال إنشاء خط القطار السريع الذي سيربط العاصمة بالمدن الساحلية.
            وقال وزير النقل إن المشروع سيوفر آلاف الوظائف.
            """;
        var article = Clean(raw);
        Assert.Equal("قطار سريع يربط العاصمة بالمدن الساحلية خلال عامين", article.Headline);
        Assert.Contains("سكك | بوابة أخبار القطارات والنقل البري", article.Boilerplate);
        Assert.Contains("أخبار النقل", article.Boilerplate);
    }

    [Fact]
    public void An_agency_brand_line_a_numeric_wire_dateline_and_initials_signing_off()
    {
        const string raw = """
            WAFA - وكالة الأنباء الفلسطينية الرسمية
            الرئيسية | اقتصاد
            افتتاح مصنع جديد للألبان في نابلس
            نابلس 3-4-2022 وفا- افتتح وزير الاقتصاد اليوم مصنعا جديدا للألبان في المنطقة الصناعية.
            وقال الوزير إن المصنع سيشغل مئة عامل.
            م.ع
            شارك عبر
            """;
        var article = Clean(raw);
        Assert.Equal("افتتاح مصنع جديد للألبان في نابلس", article.Headline);
        Assert.Contains("WAFA - وكالة الأنباء الفلسطينية الرسمية", article.Boilerplate);
        Assert.Equal("نابلس", article.Dateline);
        Assert.Contains("وفا", article.Agencies);
        Assert.Equal(new DateOnly(2022, 4, 3), article.Published);
        Assert.Contains("م.ع", article.Boilerplate);
        Assert.Contains("شارك عبر", article.Boilerplate);
    }

    [Fact]
    public void A_site_name_that_is_the_only_headline_candidate_stays_the_headline()
    {
        const string raw = """
            المجلة الرياضية الأسبوعية
            فاز الفريق المحلي على ضيفه بثلاثة أهداف مقابل هدف في مباراة مثيرة.
            """;
        var article = Clean(raw);
        Assert.Equal("المجلة الرياضية الأسبوعية", article.Headline);
    }

    [Fact]
    public void A_dash_after_a_word_that_is_no_known_place_gives_no_dateline()
    {
        const string raw = """
            مزارعو الزيتون يشكون تراجع الأسعار
            الموسم - يشكو مزارعو الزيتون من تراجع أسعار الزيت إلى أدنى مستوى منذ سنوات.
            """;
        Assert.Null(Clean(raw).Dateline);
    }
}
