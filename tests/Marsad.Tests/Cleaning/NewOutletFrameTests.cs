using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames of outlets new in session 9, on articles written for these tests: a slogan above the section
/// label, a wire dateline without a year, a Spanish-style wire dateline with a date inside it, tag lists under the
/// story, and chrome lines (download prompts, font-size widgets in Arabic letters, related-article headers).</summary>
public sealed class NewOutletFrameTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    [Fact]
    public void A_slogan_above_the_section_label_is_chrome_and_the_longer_line_below_is_the_headline()
    {
        const string raw = """
            أصوات من كل مكان
            الصحة
            حملة لتلقيح المواشي في القرى الجبلية قبل حلول فصل الشتاء
            3 آذار/مارس 2021
            بدأت فرق بيطرية حملة واسعة لتلقيح المواشي في القرى الجبلية النائية.
            وقال مسؤول في الوزارة إن الحملة تستمر ثلاثة أسابيع.
            """;
        var article = Clean(raw);
        Assert.Equal("حملة لتلقيح المواشي في القرى الجبلية قبل حلول فصل الشتاء", article.Headline);
        Assert.Contains("أصوات من كل مكان", article.Boilerplate);
        Assert.Contains("حملة لتلقيح المواشي في القرى الجبلية قبل حلول فصل الشتاء", article.Body);
    }

    [Fact]
    public void Short_name_lines_after_a_section_label_below_the_story_are_tags()
    {
        const string raw = """
            حملة لتلقيح المواشي في القرى الجبلية
            بدأت فرق بيطرية حملة واسعة لتلقيح المواشي في القرى الجبلية النائية.
            وقال مسؤول في الوزارة إن الحملة تستمر ثلاثة أسابيع.
            الصحة
            الثروة الحيوانية
            منظمة الأغذية والزراعة
            تنزيل تطبيق الأخبار الزراعية
            """;
        var article = Clean(raw);
        Assert.Contains("الثروة الحيوانية", article.Boilerplate);
        Assert.Contains("منظمة الأغذية والزراعة", article.Boilerplate);
        Assert.Contains("تنزيل تطبيق الأخبار الزراعية", article.Boilerplate);
        Assert.Contains("وقال مسؤول في الوزارة إن الحملة تستمر ثلاثة أسابيع.", article.Body);
    }

    [Fact]
    public void A_wire_dateline_without_a_year_still_gives_the_place()
    {
        const string raw = """
            الرئيسية
            اقتصاد
            الخميس، 14 مارس 2019 10:20 صباحاً
            الحكومة تقر خطة لدعم صغار المزارعين
            مسقط في 14 مارس /العمانية/ أقرت الحكومة اليوم خطة لدعم صغار المزارعين في المحافظات الداخلية.
            وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.
            /العمانية/ س ع
            """;
        var article = Clean(raw);
        Assert.Equal("مسقط", article.Dateline);
        Assert.Equal("الحكومة تقر خطة لدعم صغار المزارعين", article.Headline);
        Assert.Equal(new DateOnly(2019, 3, 14), article.Published);
    }

    [Fact]
    public void A_spanish_style_wire_dateline_reads_the_place_past_the_date_and_the_agency()
    {
        const string raw = """
            عنوان تجريبي لخبر عن الصيد البحري
            برشلونة، 9 يونيو (إفي).- أعلنت السلطات المحلية اليوم إغلاق الميناء أمام قوارب الصيد ليومين بسبب العاصفة.
            وقال متحدث باسم الميناء إن القرار احترازي.
            """;
        var article = Clean(raw);
        Assert.Equal("برشلونة", article.Dateline);
        Assert.Contains("إفي", article.Agencies);
    }

    [Theory]
    [InlineData("أ+")]
    [InlineData("أ-")]
    [InlineData("شارك عبر:")]
    [InlineData("قم بتنزيل التطبيق")]
    [InlineData("المقالات ذات الصلة")]
    [InlineData("الأخبار ذات الصلة")]
    [InlineData("يتم التحديث تلقائيا")]
    [InlineData("الحلقة 12")]
    [InlineData("نص الحلقة")]
    [InlineData("مدة الاستماع: 41 دقيقة")]
    [InlineData("استمع عبر: منصة أولى | منصة ثانية")]
    public void Chrome_lines_of_new_outlets_are_boilerplate(string chrome)
    {
        var raw = $"""
            الحكومة تقر خطة لدعم صغار المزارعين
            {chrome}
            أقرت الحكومة اليوم خطة لدعم صغار المزارعين في المحافظات الداخلية.
            وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.
            """;
        Assert.Contains(chrome, Clean(raw).Boilerplate);
    }

    [Fact]
    public void A_read_more_header_takes_the_linked_headline_after_it_even_a_question()
    {
        const string raw = """
            الحكومة تقر خطة لدعم صغار المزارعين
            أقرت الحكومة اليوم خطة لدعم صغار المزارعين في المحافظات الداخلية.
            اقرأ المزيد
            لماذا يترك الشباب الزراعة؟
            وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.
            """;
        var article = Clean(raw);
        Assert.Contains("اقرأ المزيد", article.Boilerplate);
        Assert.Contains("لماذا يترك الشباب الزراعة؟", article.Boilerplate);
        Assert.Contains("وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.", article.Body);
    }

    [Fact]
    public void A_known_place_and_a_comma_before_the_date_line_is_the_dateline()
    {
        const string raw = """
            الشركة الوطنية للكهرباء
            الشركة تعلن انتهاء أعمال صيانة المحطة الشمالية
            بنغازي، الأحد 7 أبريل 2024
            أعلنت الشركة الوطنية للكهرباء انتهاء أعمال الصيانة في المحطة الشمالية بعد توقف دام أسبوعين.
            وقال مدير المحطة إن الإنتاج سيعود إلى مستواه خلال يومين.
            """;
        var article = Clean(raw);
        Assert.Equal("بنغازي", article.Dateline);
        Assert.Equal(new DateOnly(2024, 4, 7), article.Published);
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void A_weekday_and_a_comma_before_the_date_gives_no_dateline()
    {
        const string raw = """
            الشركة تعلن انتهاء أعمال صيانة المحطة الشمالية
            الأحد، 7 أبريل 2024
            أعلنت الشركة الوطنية للكهرباء انتهاء أعمال الصيانة في المحطة الشمالية بعد توقف دام أسبوعين.
            """;
        Assert.Null(Clean(raw).Dateline);
    }

    [Fact]
    public void A_wire_dateline_opening_a_later_entry_of_a_live_page_gives_the_place_and_the_agency()
    {
        const string raw = """
            تغطية مباشرة
            مباشر | فيضانات تجتاح الساحل الشمالي وإجلاء آلاف السكان
            10:15
            قال رئيس بلدية المدينة الساحلية إن مياه الفيضان غمرت الأحياء المنخفضة خلال الليل.
            09:40
            أثينا - (وكالة الأخبار الساحلية) - أعلنت الحكومة حالة الطوارئ في ثلاث مقاطعات بعد الأمطار الغزيرة.
            """;
        var article = Clean(raw);
        Assert.Equal("أثينا", article.Dateline);
        Assert.Contains("وكالة الأخبار الساحلية", article.Agencies);
    }

    [Fact]
    public void A_bracket_after_an_unknown_place_in_a_later_paragraph_is_no_dateline()
    {
        const string raw = """
            فيضانات تجتاح الساحل الشمالي وإجلاء آلاف السكان
            قال رئيس البلدية إن مياه الفيضان غمرت الأحياء المنخفضة خلال الليل.
            المتحدث (خاص) - إن الوضع تحت السيطرة حتى الآن.
            """;
        var article = Clean(raw);
        Assert.Null(article.Dateline);
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void An_unlisted_agency_in_brackets_after_a_known_place_opening_the_story_is_credited()
    {
        const string raw = """
            فيضانات تجتاح الساحل الشمالي وإجلاء آلاف السكان
            أثينا (وكالة الأخبار الساحلية) - أعلنت الحكومة حالة الطوارئ في ثلاث مقاطعات بعد الأمطار الغزيرة.
            وقال المتحدث باسم الحكومة إن فرق الإنقاذ أجلت مئات السكان.
            """;
        var article = Clean(raw);
        Assert.Equal("أثينا", article.Dateline);
        Assert.Equal(["وكالة الأخبار الساحلية"], article.Agencies.ToArray());
    }

    [Fact]
    public void A_podcast_page_header_is_chrome_and_the_episode_title_is_the_headline()
    {
        const string raw = """
            بودكاست "حديث المدن"
            الحلقة 8
            مدة الاستماع: 35 دقيقة
            نص الحلقة
            مهندسة معمارية: المدن القديمة تحتاج إلى حدائق لا إلى أبراج
            تستضيف هذه الحلقة مهندسة معمارية تتحدث عن تخطيط المدن القديمة وحماية أحيائها التاريخية.
            وقالت الضيفة إن الحدائق العامة تخفف حرارة الصيف في الأحياء المكتظة.
            """;
        var article = Clean(raw);
        Assert.Equal("مهندسة معمارية: المدن القديمة تحتاج إلى حدائق لا إلى أبراج", article.Headline);
        Assert.Contains("بودكاست \"حديث المدن\"", article.Boilerplate);
    }
}
