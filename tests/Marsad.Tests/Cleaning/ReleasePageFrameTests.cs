using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames seen in session 13, on articles written for these tests: Moroccan month names on the timestamp,
/// a caption credited after a dash, a «place: outlet» byline, the site's name above its navigation trail, an
/// organisation's own press release (label, end mark, contact line, no outlet credited), an interviewer's byline, and
/// chrome lines (share and follow rows after a colon, send-and-print rows, font-size widgets with word sizes, cookie
/// consent notices), Hijri dates on timestamps, a national agency's dated line, headlines that ask or exclaim, and
/// opening datelines after a slash or with a quoted outlet, section labels of several words, a «latest news» label above
/// the headline.</summary>
public sealed class ReleasePageFrameTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    private const string Story = """
        افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر بعد عامين من الأشغال.
        وقال رئيس البلدية إن الحديقة ستفتح أبوابها مجانا طوال أيام الأسبوع.
        """;

    [Theory]
    [InlineData("يوليوز", 7)]
    [InlineData("غشت", 8)]
    [InlineData("شتنبر", 9)]
    [InlineData("نونبر", 11)]
    [InlineData("دجنبر", 12)]
    public void A_timestamp_with_a_moroccan_month_dates_the_page(string month, int number)
    {
        var raw = $"""
            حديقة جديدة على ضفة النهر
            الخميس 12 {month} 2024 - 10:30
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(new DateOnly(2024, number, 12), article.Published);
        Assert.Contains($"الخميس 12 {month} 2024 - 10:30", article.Boilerplate);
    }

    [Fact]
    public void A_caption_credited_after_a_dash_under_an_image_is_no_headline()
    {
        var raw = $"""
            river-park-opening.jpg
            أطفال يلعبون في الحديقة الجديدة - أرشيف
            البلدية تفتتح حديقة عامة على ضفة النهر
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("البلدية تفتتح حديقة عامة على ضفة النهر", article.Headline);
        Assert.Contains("أطفال يلعبون في الحديقة الجديدة - أرشيف", article.Boilerplate);
    }

    [Theory]
    [InlineData("القاهرة - خاص", "القاهرة")]
    [InlineData("القاهرة - رويترز", "القاهرة")]
    public void A_place_a_dash_and_a_credit_word_stay_a_byline(string line, string place)
    {
        var raw = $"""
            البلدية تفتتح حديقة عامة على ضفة النهر
            {line}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(place, article.Dateline);
        Assert.Equal("البلدية تفتتح حديقة عامة على ضفة النهر", article.Headline);
    }

    [Fact]
    public void An_agency_after_a_dash_is_a_credit_not_a_photo_caption()
    {
        var raw = $"""
            البلدية تفتتح حديقة عامة على ضفة النهر
            مكتب الأخبار في القاهرة - رويترز
            {Story}
            """;
        Assert.Contains("رويترز", Clean(raw).Agencies);
    }

    [Fact]
    public void A_place_and_the_masthead_parted_by_a_colon_are_the_dateline_and_the_source()
    {
        var raw = $"""
            صدى الوادي
            أخبار | محليات
            البلدية تفتتح حديقة عامة على ضفة النهر
            الزرقاء: صدى الوادي
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("الزرقاء", article.Dateline);
        Assert.Equal("صدى الوادي", Assert.Single(article.Agencies));
        Assert.Contains("الزرقاء: صدى الوادي", article.Boilerplate);
    }

    [Theory]
    [InlineData("المحرر: سامي يوسف")]
    [InlineData("الزرقاء: حديقة جديدة")]
    [InlineData("اللغة: العربية")]
    [InlineData("التايمز: حديقة المدينة مفخرة لسكانها")]
    public void A_colon_line_naming_no_outlet_gives_no_dateline(string line)
    {
        var raw = $"""
            صدى الوادي
            البلدية تفتتح حديقة عامة على ضفة النهر
            {line}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Null(article.Dateline);
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void The_line_above_a_navigation_trail_is_the_sites_name_not_the_headline()
    {
        var raw = $"""
            وزارة السياحة والآثار - المملكة الساحلية الكبرى
            الرئيسية > المركز الإعلامي > الأخبار
            البلدية تفتتح حديقة عامة على ضفة النهر
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("البلدية تفتتح حديقة عامة على ضفة النهر", article.Headline);
        Assert.Contains("وزارة السياحة والآثار - المملكة الساحلية الكبرى", article.Boilerplate);
    }

    [Fact]
    public void A_headline_under_the_trail_with_no_other_headline_below_stays_the_headline()
    {
        var raw = $"""
            الرئيسية > الأخبار
            البلدية تفتتح حديقة عامة على ضفة النهر
            {Story}
            """;
        Assert.Equal("البلدية تفتتح حديقة عامة على ضفة النهر", Clean(raw).Headline);
    }

    [Fact]
    public void A_press_release_keeps_its_label_end_mark_and_contact_line_out_and_credits_no_outlet()
    {
        var raw = $"""
            بلدية المدينة الساحلية
            الأخبار | بيانات
            بيان صحفي
            البلدية تفتتح حديقة عامة على ضفة النهر
            {Story}
            - انتهى -
            للاستفسار: قسم العلاقات العامة
            جميع الحقوق محفوظة لبلدية المدينة الساحلية 2025
            """;
        var article = Clean(raw);
        Assert.Equal("البلدية تفتتح حديقة عامة على ضفة النهر", article.Headline);
        Assert.Contains("بيان صحفي", article.Boilerplate);
        Assert.Contains("- انتهى -", article.Boilerplate);
        Assert.Contains("للاستفسار: قسم العلاقات العامة", article.Boilerplate);
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void A_sentence_that_starts_with_the_end_word_stays_in_the_body()
    {
        var raw = $"""
            البلدية تفتتح حديقة عامة على ضفة النهر
            {Story}
            انتهى الحفل بعد ساعتين بعرض للألعاب النارية.
            """;
        Assert.Contains("انتهى الحفل بعد ساعتين بعرض للألعاب النارية.", Clean(raw).Body.Split('\n'));
    }

    [Fact]
    public void An_interviewers_byline_is_no_headline()
    {
        var raw = $"""
            حوارات
            حاورته: هيئة التحرير
            رئيس البلدية: الحديقة الجديدة ملك لكل السكان
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("رئيس البلدية: الحديقة الجديدة ملك لكل السكان", article.Headline);
        Assert.Contains("حاورته: هيئة التحرير", article.Boilerplate);
    }

    [Theory]
    [InlineData("شارك المقال عبر: فيسبوك | واتساب | إكس")]
    [InlineData("شارك الخبر: واتساب - فيسبوك - تيليغرام")]
    [InlineData("تابعونا على: فيسبوك | إكس | يوتيوب")]
    [InlineData("أرسل الخبر لصديق | اطبع")]
    [InlineData("حجم النص: صغير | متوسط | كبير")]
    [InlineData("بمواصلة تصفح الموقع فإنك توافق على سياسة الكوكيز. موافق")]
    [InlineData("نستخدم ملفات الكوكيز لتحسين خدماتنا. قبول | رفض")]
    [InlineData("أضف تعليقاً")]
    [InlineData("مواضيع قد تهمك")]
    [InlineData("بواسطة: سامي يوسف")]
    [InlineData("الكاتب: ليلى حسن")]
    public void Share_follow_print_font_and_cookie_rows_are_chrome(string chrome)
    {
        var raw = $"""
            البلدية تفتتح حديقة عامة على ضفة النهر
            {Story}
            {chrome}
            """;
        var article = Clean(raw);
        Assert.Contains(chrome, article.Boilerplate);
        Assert.DoesNotContain(chrome, article.Body.Split('\n'));
    }

    [Fact]
    public void A_hijri_date_beside_the_gregorian_one_is_part_of_the_timestamp()
    {
        var raw = $"""
            نادي الساحل
            الخميس 9 ذو الحجة 1446 هـ الموافق 5 يونيو 2025 م
            البلدية تفتتح حديقة عامة على ضفة النهر
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("البلدية تفتتح حديقة عامة على ضفة النهر", article.Headline);
        Assert.Equal(new DateOnly(2025, 6, 5), article.Published);
        Assert.Contains("الخميس 9 ذو الحجة 1446 هـ الموافق 5 يونيو 2025 م", article.Boilerplate);
    }

    [Fact]
    public void A_national_agencys_dated_line_gives_the_dateline_the_agency_and_the_date()
    {
        var raw = $"""
            البلدية تفتتح حديقة عامة على ضفة النهر
            الرياض 02 جمادى الآخرة 1445 هـ الموافق 15 ديسمبر 2023 م واس
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("الرياض", article.Dateline);
        Assert.Equal("واس", Assert.Single(article.Agencies));
        Assert.Equal(new DateOnly(2023, 12, 15), article.Published);
    }

    [Fact]
    public void A_place_before_a_bare_time_is_the_time_zone_not_the_dateline()
    {
        var raw = $"""
            البلدية تفتتح حديقة عامة على ضفة النهر
            دمشق 15 ديسمبر 2023 10:30
            {Story}
            """;
        var article = Clean(raw);
        Assert.Null(article.Dateline);
        Assert.Equal(new DateOnly(2023, 12, 15), article.Published);
    }

    [Theory]
    [InlineData("هل تنقذ الحديقة الجديدة ضفة النهر؟")]
    [InlineData("الحديقة الجديدة تفتح أبوابها أخيرا!")]
    public void A_headline_that_asks_or_exclaims_is_the_headline_not_the_section_label_above_it(string headline)
    {
        var raw = $"""
            أخبار محلية
            {headline}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(headline, article.Headline);
        Assert.Contains("أخبار محلية", article.Boilerplate);
        Assert.Contains(headline, article.Body.Split('\n'));
    }

    [Fact]
    public void A_long_question_opening_the_body_is_no_headline()
    {
        const string raw = """
            هل يمكن لمدينة صغيرة على ضفة نهر بطيء أن تبني حديقة عامة كبيرة في عامين فقط ودون أي قرض من المصارف المحلية أو الأجنبية؟
            افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر بعد عامين من الأشغال.
            """;
        Assert.Null(Clean(raw).Headline);
    }

    [Theory]
    [InlineData("غزة/ افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر.", "غزة", null)]
    [InlineData("بيروت - «الشرق الأوسط»: افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر.", "بيروت", "الشرق الأوسط")]
    public void An_opening_dateline_after_a_slash_or_with_a_quoted_outlet_is_read(string opening, string place, string? outlet)
    {
        var raw = $"""
            البلدية تفتتح حديقة عامة على ضفة النهر
            {opening}
            وقال رئيس البلدية إن الحديقة ستفتح أبوابها مجانا طوال أيام الأسبوع.
            """;
        var article = Clean(raw);
        Assert.Equal(place, article.Dateline);
        string[] expected = outlet is null ? [] : [outlet];
        Assert.Equal(expected, article.Agencies.ToArray());
        Assert.Contains(opening, article.Body.Split('\n'));
    }

    [Fact]
    public void A_place_and_a_colon_opening_the_story_is_no_dateline()
    {
        const string raw = """
            البلدية تفتتح حديقة عامة على ضفة النهر
            طهران: لن نغير موقفنا من الاتفاق مهما طال الانتظار.
            وقال المتحدث إن الحكومة ستدرس العرض الجديد.
            """;
        Assert.Null(Clean(raw).Dateline);
    }

    [Fact]
    public void A_latest_news_label_above_the_headline_does_not_make_it_a_related_link()
    {
        var raw = $"""
            آخر الأخبار
            البلدية تفتتح حديقة عامة على ضفة النهر
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("البلدية تفتتح حديقة عامة على ضفة النهر", article.Headline);
        Assert.DoesNotContain("البلدية تفتتح حديقة عامة على ضفة النهر", article.Boilerplate);
    }

    [Fact]
    public void A_short_line_ending_in_a_full_stop_above_the_timestamp_is_the_headline()
    {
        var raw = $"""
            عاجل
            البلدية تفتتح حديقة عامة على ضفة النهر.
            الخميس 5 يونيو 2025 - 10:30
            {Story}
            """;
        Assert.Equal("البلدية تفتتح حديقة عامة على ضفة النهر.", Clean(raw).Headline);
    }

    [Fact]
    public void A_short_first_sentence_above_an_image_stays_body_and_no_headline()
    {
        var raw = $"""
            افتتحت البلدية اليوم حديقة جديدة.
            park.jpg
            {Story}
            """;
        var article = Clean(raw);
        Assert.Null(article.Headline);
        Assert.Contains("افتتحت البلدية اليوم حديقة جديدة.", article.Body.Split('\n'));
    }

    [Fact]
    public void A_section_label_of_several_words_is_not_the_headline()
    {
        var raw = $"""
            الشرق الأوسط وشمال أفريقيا
            البلدية تفتتح حديقة عامة على ضفة النهر بعد عامين
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("البلدية تفتتح حديقة عامة على ضفة النهر بعد عامين", article.Headline);
        Assert.Contains("الشرق الأوسط وشمال أفريقيا", article.Boilerplate);
    }

    [Fact]
    public void An_outlet_in_quote_marks_on_a_byline_is_credited()
    {
        var raw = $"""
            صدى الوادي
            البلدية تفتتح حديقة عامة على ضفة النهر
            الزرقاء - «صدى الوادي»
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("الزرقاء", article.Dateline);
        Assert.Equal("صدى الوادي", Assert.Single(article.Agencies));
    }

    [Theory]
    [InlineData("الرباط - و م ع", "و م ع")]
    [InlineData("بغداد - نينا", "نينا")]
    public void A_national_agencys_initials_on_a_byline_are_credited(string byline, string agency)
    {
        var raw = $"""
            البلدية تفتتح حديقة عامة على ضفة النهر
            {byline}
            {Story}
            """;
        Assert.Equal(agency, Assert.Single(Clean(raw).Agencies));
    }
}
