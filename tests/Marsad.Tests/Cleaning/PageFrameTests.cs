using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames of outlets new in session 8, on articles written for these tests: a "published on" line
/// above the headline, the site's own name in the byline, a national agency's dateline with the date and the agency
/// between slashes, and a dateline carried by a timestamp line.</summary>
public sealed class PageFrameTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    [Fact]
    public void A_published_on_line_is_the_timestamp_and_the_headline_is_the_line_below_it()
    {
        const string raw = """
            نافذة المتوسط
            شؤون دولية
            نشرت في: 14/05/2020 - 09:10 آخر تحديث: 14/05/2020 - 11:25
            وزيرا الزراعة يتفقان على خطة لمكافحة الجراد في الساحل
            locusts_plan.jpg
            4 دقائق
            باماكو (رويترز) - اتفق وزيرا الزراعة في مالي والنيجر الخميس على خطة مشتركة لمكافحة أسراب الجراد.
            وقال وزير الزراعة المالي إن الخطة تشمل رش المبيدات في المناطق الحدودية.
            """;
        var article = Clean(raw);
        Assert.Equal("وزيرا الزراعة يتفقان على خطة لمكافحة الجراد في الساحل", article.Headline);
        Assert.Equal(new DateOnly(2020, 5, 14), article.Published);
        Assert.Equal("باماكو", article.Dateline);
        Assert.Contains("4 دقائق", article.Boilerplate);
        Assert.Contains("نشرت في: 14/05/2020 - 09:10 آخر تحديث: 14/05/2020 - 11:25", article.Boilerplate);
    }

    [Fact]
    public void The_sites_own_name_in_a_byline_is_the_outlet_and_the_other_segment_the_place()
    {
        const string raw = """
            الشاهد
            الرئيسية / أخبار
            البرلمان يصادق على قانون جديد للاستثمار الزراعي
            الشاهد - تونس
            12 مايو 2021
            صادق البرلمان اليوم على قانون جديد يشجع الاستثمار في الزراعة بعد نقاش استمر يومين.
            وقال رئيس لجنة المالية إن القانون يمنح المستثمرين حوافز ضريبية.
            """;
        var article = Clean(raw);
        Assert.Equal("تونس", article.Dateline);
        Assert.Equal(["الشاهد"], article.Agencies.ToArray());
        Assert.Equal("البرلمان يصادق على قانون جديد للاستثمار الزراعي", article.Headline);
    }

    [Fact]
    public void A_known_masthead_is_credited_in_full_when_the_byline_names_its_last_word()
    {
        const string raw = """
            قناة العالم
            سوريا
            الحكومة تعلن خطة لإعادة تأهيل محطات الكهرباء
            العالم - سوريا
            أعلنت الحكومة السورية اليوم خطة لإعادة تأهيل محطات الكهرباء في ثلاث محافظات.
            وقال وزير الكهرباء إن الخطة تنفذ خلال عامين.
            """;
        var article = Clean(raw);
        Assert.Equal("سوريا", article.Dateline);
        Assert.Equal(["قناة العالم"], article.Agencies.ToArray());
    }

    [Fact]
    public void A_national_agency_dateline_gives_the_place_the_agency_and_the_publication_date()
    {
        const string raw = """
            وكالة أنباء الجزر
            الحكومة توقع اتفاقية لتطوير ميناء الصيد
            الجزيرة الكبرى في 7 أبريل/نيسان 2022 /وكالة أنباء الجزر/ - وقعت الحكومة اليوم الخميس اتفاقية لتطوير ميناء الصيد الرئيسي.
            وقال وزير النقل إن الأعمال تبدأ الشهر المقبل.
            """;
        var article = Clean(raw);
        Assert.Equal("الجزيرة الكبرى", article.Dateline);
        Assert.Equal(new DateOnly(2022, 4, 7), article.Published);
        Assert.Equal(["وكالة أنباء الجزر"], article.Agencies.ToArray());
        Assert.Equal("الحكومة توقع اتفاقية لتطوير ميناء الصيد", article.Headline);
    }

    [Fact]
    public void A_dateline_with_a_date_and_an_agency_on_its_own_line_gives_the_place()
    {
        const string raw = """
            بوابة الشرق
            وزراء الطاقة يبحثون أسعار النفط في اجتماع طارئ
            2022-11-03 18:05:11
            فيينا 3 نوفمبر 2022 (رويترز)
            بحث وزراء الطاقة اليوم أسعار النفط في اجتماع طارئ عقد في العاصمة النمساوية.
            وقال أحد الوزراء إن الاجتماع انتهى دون قرار.
            """;
        var article = Clean(raw);
        Assert.Equal("فيينا", article.Dateline);
        Assert.Contains("رويترز", article.Agencies);
    }

    [Fact]
    public void A_loose_masthead_with_its_section_does_not_beat_a_credited_byline_for_the_dateline()
    {
        const string raw = """
            أصداء الجنوب | الشؤون المحلية
            عدن - خاص
            افتتاح مستشفى جديد للأطفال في المدينة
            افتتح محافظ عدن اليوم مستشفى جديدا للأطفال يضم مئة سرير.
            وقال مدير المستشفى إن العمل يبدأ الأسبوع المقبل.
            شارك على: فيسبوك | تويتر | واتساب
            كلمات دليلية: الصحة - عدن
            """;
        var article = Clean(raw);
        Assert.Equal("عدن", article.Dateline);
        Assert.Contains("شارك على: فيسبوك | تويتر | واتساب", article.Boilerplate);
        Assert.Contains("كلمات دليلية: الصحة - عدن", article.Boilerplate);
    }

    [Fact]
    public void A_writer_after_the_outlet_is_not_the_place()
    {
        const string raw = """
            الشاهد
            البرلمان يصادق على قانون جديد للاستثمار الزراعي
            الشاهد - سامي الحداد
            صادق البرلمان اليوم على قانون جديد يشجع الاستثمار في الزراعة بعد نقاش استمر يومين.
            """;
        Assert.Null(Clean(raw).Dateline);
    }
}
