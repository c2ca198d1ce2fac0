using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames met in session 17, on pages written for these tests: rows of buttons and links (cells between
/// bars led by icons, or set apart by runs of spaces), a site's name with its slogan after a bar, the site's name in a
/// «place - name» byline, a dossier label above the headline, a writer's byline closing with the place, an issue number,
/// «place - writer - date», one definite word after a place as the outlet. Each rule is shown beside the headline or
/// story line that merely looks like it, which must stay.</summary>
public sealed class LinkRowAndSloganFrameTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private const string Headline = "البلدية تطلق خطة لإعادة تأهيل شبكة الصرف";

    private const string Story = """
        أعلنت البلدية اليوم عن خطة لإعادة تأهيل شبكة الصرف في الأحياء القديمة خلال العامين المقبلين.
        وقال رئيس البلدية إن الأعمال تبدأ في الربيع وتشمل نحو أربعين شارعا.

        """;

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    [Theory]
    [InlineData("A+ | A- | 🖨 طباعة | 🔊 استمع للخبر")]
    [InlineData("🔴 مباشر | 🗺️ الخريطة حسب المحافظات | 📈 نسبة الإقبال")]
    [InlineData("A- | A+ | 🎧 الاستماع للمقال")]
    [InlineData("🔗 شارك الصفحة | 📋 انسخ الرابط")]
    public void A_row_of_buttons_led_by_icons_above_the_headline_is_chrome(string row)
    {
        var article = Clean(row + "\n" + Headline + "\n" + Story);
        Assert.Equal(Headline, article.Headline);
        Assert.Contains(row, article.Boilerplate);
    }

    [Theory]
    [InlineData("🔴 عاجل | البلدية تغلق السوق القديم حتى إشعار آخر")]
    [InlineData("📢 البلدية | 🚧 إغلاق السوق القديم حتى إشعار آخر")]
    [InlineData("عاجل | 🔴 البلدية تغلق السوق القديم حتى إشعار آخر")]
    [InlineData("فيديو | 🎥 لحظة انهيار جسر المشاة فوق النهر")]
    [InlineData("عاجل | 🔴 انفجار في الميناء")]
    public void A_headline_cut_by_a_bar_with_a_cell_of_prose_stays_the_headline(string headline)
    {
        var article = Clean(headline + "\n" + Story);
        Assert.Equal(headline, article.Headline);
        Assert.DoesNotContain(headline, article.Boilerplate);
    }

    [Theory]
    [InlineData("الرئيسية  محليات  بلديات")]
    [InlineData("شارك الخبر:  فيسبوك  تويتر  لينكدإن")]
    public void A_row_of_links_set_apart_by_runs_of_spaces_is_chrome(string row)
    {
        var article = Clean(Headline + "\n" + row + "\n" + Story);
        Assert.Equal(Headline, article.Headline);
        Assert.Contains(row, article.Boilerplate);
    }

    [Theory]
    [InlineData("البلدية  تغلق  السوق القديم")]
    [InlineData("وزير الخارجية  يصل  إلى عمّان")]
    public void A_headline_with_doubled_spaces_stays_the_headline(string headline)
    {
        var article = Clean(headline + "\n" + Story);
        Assert.Equal(headline, article.Headline);
        Assert.DoesNotContain(headline, article.Boilerplate);
    }

    [Fact]
    public void A_story_line_with_doubled_spaces_stays()
    {
        const string line = "الرئيسية  في رأي السكان  هي السوق القديمة التي يقصدها الجميع كل صباح.";
        var article = Clean(Headline + "\n" + line + "\n" + Story);
        Assert.Contains(line, article.Body);
    }

    [Fact]
    public void A_site_name_with_its_slogan_after_a_bar_is_the_masthead_and_its_name_in_a_byline_credits_the_site()
    {
        var article = Clean("موقع النخيل الإخباري | أخبار الواحات على مدار الساعة\n" + Headline + "\nنواكشوط - النخيل\n" + Story
            + "جميع الحقوق محفوظة لموقع النخيل الإخباري © 2025\n");
        Assert.Equal(Headline, article.Headline);
        Assert.Contains("موقع النخيل الإخباري | أخبار الواحات على مدار الساعة", article.Boilerplate);
        Assert.Equal("نواكشوط", article.Dateline);
        Assert.Equal("النخيل", Assert.Single(article.Agencies));
    }

    [Fact]
    public void A_name_the_site_does_not_bear_in_a_byline_credits_nothing()
    {
        var article = Clean("موقع النخيل الإخباري | أخبار الواحات على مدار الساعة\n" + Headline + "\nنواكشوط - الواحات\n" + Story);
        Assert.Equal(Headline, article.Headline);
        Assert.Equal("نواكشوط", article.Dateline);
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void A_long_headline_opening_with_a_site_word_stays_the_headline()
    {
        const string headline = "موقع أثري جديد يكشف عن مقابر ملكية قرب النهر | صور";
        var article = Clean(headline + "\n" + Story);
        Assert.Equal(headline, article.Headline);
    }

    [Fact]
    public void A_dossier_label_in_the_page_frame_above_the_headline_is_a_section_and_no_dateline()
    {
        var article = Clean("كأس العالم 2030 - المجموعة الثالثة\nالثلاثاء 14 أكتوبر 2025 الساعة 10:40\n" + Headline + "\n" + Story);
        Assert.Equal(Headline, article.Headline);
        Assert.Contains("كأس العالم 2030 - المجموعة الثالثة", article.Boilerplate);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void A_headline_with_a_year_and_a_dash_and_no_headline_below_stays_the_headline()
    {
        const string headline = "انتخابات 2024 - المعارضة تقاطع الاقتراع";
        var article = Clean(headline + "\n" + Story);
        Assert.Equal(headline, article.Headline);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void A_place_and_a_dated_dash_under_the_headline_still_read_as_a_byline()
    {
        var article = Clean(Headline + "\nغزة 5 مايو - سامر حداد\n" + Story);
        Assert.Equal("غزة", article.Dateline);
    }

    [Fact]
    public void A_writers_byline_closing_with_a_known_place_gives_the_dateline()
    {
        var article = Clean(Headline + "\nكتب: فريق التحرير الاقتصادي | جدة\n" + Story);
        Assert.Equal("جدة", article.Dateline);
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void A_writers_byline_closing_with_a_section_gives_no_dateline()
    {
        var article = Clean(Headline + "\nكتب: فريق التحرير | اقتصاد\n" + Story);
        Assert.Null(article.Dateline);
    }

    [Theory]
    [InlineData("العدد 4521 - السنة الخامسة عشرة")]
    [InlineData("السنة 15 | العدد 4521")]
    public void An_issue_number_line_is_chrome_and_names_no_place(string issue)
    {
        var article = Clean("صحيفة الوادي\n" + issue + "\n" + Headline + "\n" + Story);
        Assert.Equal(Headline, article.Headline);
        Assert.Contains(issue, article.Boilerplate);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void A_sentence_about_an_issue_stays()
    {
        const string line = "العدد 12 من مجلة الحي يصدر غدا بعد توقف دام شهرين.";
        var article = Clean(Headline + "\n" + line + "\n" + Story);
        Assert.Contains(line, article.Body);
    }

    [Theory]
    [InlineData("بيروت - سامي يوسف - 14 أكتوبر 2025")]
    [InlineData("بيروت - 14 أكتوبر 2025")]
    public void A_place_and_maybe_a_writer_before_the_date_give_the_dateline(string byline)
    {
        var article = Clean(Headline + "\n" + byline + "\n" + Story);
        Assert.Equal("بيروت", article.Dateline);
        Assert.Contains(byline, article.Boilerplate);
        Assert.Empty(article.Agencies);
    }

    [Fact]
    public void A_topic_and_a_date_give_no_dateline()
    {
        var article = Clean(Headline + "\nموسم الأمطار - 14 أكتوبر 2025\n" + Story);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void One_definite_word_after_a_known_place_is_the_outlet()
    {
        var article = Clean(Headline + "\nصيدا - الميدان\n" + Story);
        Assert.Equal("صيدا", article.Dateline);
        Assert.Equal("الميدان", Assert.Single(article.Agencies));
    }

    [Theory]
    [InlineData("صيدا - الفيضانات")]
    [InlineData("صيدا - سامر حداد")]
    [InlineData("صيدا - خاص")]
    public void A_plural_topic_a_writer_or_a_credit_word_after_a_place_credits_no_outlet(string byline)
    {
        var article = Clean(Headline + "\n" + byline + "\n" + Story);
        Assert.Equal("صيدا", article.Dateline);
        Assert.Empty(article.Agencies);
    }
}
