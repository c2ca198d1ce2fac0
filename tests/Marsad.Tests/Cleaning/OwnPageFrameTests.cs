using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames seen in session 12, on articles written for these tests: an organisation's own news page that
/// names itself in the masthead and the copyright line, a place alone on its line under the headline, a one-word
/// section label that comes back as a tag, and chrome lines (cookie notices, share rows with «نسخ الرابط», a follow
/// prompt naming the site, a bare tags header).</summary>
public sealed class OwnPageFrameTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    [Fact]
    public void A_copyright_line_naming_the_masthead_credits_the_page_as_the_source()
    {
        const string raw = """
            اتحاد المزارعين العرب
            الأخبار | بيانات
            الاتحاد يطلق برنامجا لدعم صغار المزارعين في المناطق الجافة
            أطلق الاتحاد اليوم برنامجا لدعم صغار المزارعين في المناطق الجافة بقروض ميسرة.
            وقال رئيس الاتحاد إن البرنامج يشمل تدريب المزارعين على الري بالتنقيط.
            جميع الحقوق محفوظة لاتحاد المزارعين العرب 2024
            """;
        var article = Clean(raw);
        Assert.Equal("اتحاد المزارعين العرب", Assert.Single(article.Agencies));
        Assert.Equal("الاتحاد يطلق برنامجا لدعم صغار المزارعين في المناطق الجافة", article.Headline);
    }

    [Fact]
    public void A_masthead_that_no_credit_names_is_no_source()
    {
        const string raw = """
            اتحاد المزارعين العرب
            الأخبار | بيانات
            الاتحاد يطلق برنامجا لدعم صغار المزارعين في المناطق الجافة
            أطلق الاتحاد اليوم برنامجا لدعم صغار المزارعين في المناطق الجافة بقروض ميسرة.
            وقال رئيس الاتحاد إن البرنامج يشمل تدريب المزارعين على الري بالتنقيط.
            جميع الحقوق محفوظة 2024
            """;
        Assert.Empty(Clean(raw).Agencies);
    }

    [Theory]
    [InlineData("القاهرة")]
    [InlineData("القاهرة:")]
    public void A_known_place_alone_under_the_headline_is_the_dateline(string placeLine)
    {
        var raw = $"""
            أخبار | مصر
            افتتاح معرض للكتاب المستعمل في وسط المدينة
            {placeLine}
            افتتح محافظ المدينة اليوم معرضا للكتاب المستعمل يستمر أسبوعا في ساحة عامة.
            وقال المنظمون إن المعرض يضم مئات الأجنحة.
            """;
        var article = Clean(raw);
        Assert.Equal("القاهرة", article.Dateline);
        Assert.Contains(placeLine, article.Boilerplate);
        Assert.DoesNotContain(placeLine, article.Body.Split('\n'));
    }

    [Fact]
    public void A_place_that_is_a_section_label_above_the_headline_is_no_dateline()
    {
        const string raw = """
            أخبار
            القاهرة
            افتتاح معرض للكتاب المستعمل في وسط المدينة
            افتتح محافظ المدينة اليوم معرضا للكتاب المستعمل يستمر أسبوعا في ساحة عامة.
            وقال المنظمون إن المعرض يضم مئات الأجنحة.
            """;
        Assert.Null(Clean(raw).Dateline);
    }

    [Fact]
    public void A_one_word_label_repeated_as_a_tag_is_not_the_headline()
    {
        const string raw = """
            رياضة
            كرة السلة
            فريق المدينة يتأهل إلى نهائي الكأس بعد فوز صعب
            تأهل فريق المدينة إلى نهائي الكأس بعد فوزه على ضيفه بفارق نقطتين في مباراة مثيرة.
            وقال مدرب الفريق إن اللاعبين قدموا أداء رائعا.
            الوسوم
            كرة السلة
            فريق المدينة
            تابع موقع الملاعب على تلغرام
            """;
        var article = Clean(raw);
        Assert.Equal("فريق المدينة يتأهل إلى نهائي الكأس بعد فوز صعب", article.Headline);
        Assert.Contains("الوسوم", article.Boilerplate);
        Assert.Contains("فريق المدينة", article.Boilerplate);
        Assert.Contains("تابع موقع الملاعب على تلغرام", article.Boilerplate);
    }

    [Theory]
    [InlineData("نستخدم ملفات تعريف الارتباط لنقدم لك تجربة أفضل. أوافق")]
    [InlineData("فيسبوك تويتر نسخ الرابط")]
    public void Cookie_notices_and_share_rows_are_chrome(string chrome)
    {
        var raw = $"""
            افتتاح معرض للكتاب المستعمل في وسط المدينة
            افتتح محافظ المدينة اليوم معرضا للكتاب المستعمل يستمر أسبوعا في ساحة عامة.
            وقال المنظمون إن المعرض يضم مئات الأجنحة.
            {chrome}
            """;
        Assert.Contains(chrome, Clean(raw).Boilerplate);
    }

    [Fact]
    public void A_paragraph_about_cookies_stays_in_the_body()
    {
        const string raw = """
            هيئة حماية البيانات تحذر المواقع
            حذرت الهيئة المواقع التي تجمع ملفات تعريف الارتباط دون موافقة الزوار من غرامات كبيرة.
            وقال رئيس الهيئة إن المواقع ملزمة بطلب الموافقة أولا.
            """;
        Assert.Contains("حذرت الهيئة المواقع التي تجمع ملفات تعريف الارتباط دون موافقة الزوار من غرامات كبيرة.", Clean(raw).Body);
    }
}
