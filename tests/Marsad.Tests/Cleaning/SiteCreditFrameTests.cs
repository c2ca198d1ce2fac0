using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames of session 18, on pages written for these tests: an outlet's copyright footer (no credit, but
/// still a name of the site) beside an organisation's own newsroom (its footer credits it), a byline naming the site
/// of a «site | section» first line, an agency's lead tag (a word of its own name or a wire's short name), the desk
/// that signs under the headline beside the timestamp («X ديجيتال»), a writer's name with what the writer is, a
/// summary box above the story, and a site's name and slogan after a dash above a section label. Each rule has lines
/// that merely look like it, which stay.</summary>
public sealed class SiteCreditFrameTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    private const string Headline = "البلدية تفتح سوقا شعبية جديدة على ضفة النهر";

    private const string Story = """
        افتتحت البلدية صباح اليوم سوقا شعبية جديدة على ضفة النهر تضم مئة وعشرين محلا للحرفيين.
        وقال رئيس البلدية إن السوق ستفتح أبوابها كل يوم من الثامنة صباحا حتى العاشرة ليلا.
        """;

    [Fact]
    public void An_outlets_copyright_footer_is_no_credit_but_stays_a_name_of_the_site()
    {
        var raw = $"""
            نبض الساحل
            محليات | اقتصاد
            {Headline}
            {Story}
            جميع الحقوق محفوظة لنبض الساحل © 2025
            """;
        var article = Clean(raw);
        Assert.Empty(article.Agencies);
        Assert.Contains("نبض الساحل", article.SiteNames);
    }

    [Fact]
    public void A_byline_naming_the_site_before_the_bar_of_the_first_line_credits_it()
    {
        var raw = $"""
            نبض الساحل | الرئيسية
            محليات
            {Headline}
            الإسكندرية - نبض الساحل
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("نبض الساحل", Assert.Single(article.Agencies));
        Assert.Equal("الإسكندرية", article.Dateline);
        Assert.Equal(Headline, article.Headline);
    }

    [Fact]
    public void A_byline_naming_the_section_after_the_bar_credits_nobody()
    {
        var raw = $"""
            نبض الساحل | محليات
            {Headline}
            الإسكندرية - محليات
            {Story}
            """;
        Assert.Empty(Clean(raw).Agencies);
    }

    [Theory]
    [InlineData("وكالة الأخبار المركزية", "مركزية - افتتحت البلدية صباح اليوم سوقا شعبية جديدة على ضفة النهر.", "مركزية")]
    [InlineData("أخبار المدن", "واس - افتتحت البلدية صباح اليوم سوقا شعبية جديدة على ضفة النهر.", "واس")]
    public void An_agencys_lead_tag_credits_the_agency_as_written(string masthead, string opening, string credit)
    {
        var raw = $"""
            {masthead}
            {Headline}
            {opening}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(credit, Assert.Single(article.Agencies));
        Assert.Null(article.Dateline);
        Assert.Contains(opening, article.Body.Split('\n'));
    }

    [Theory]
    [InlineData("وكالة الأخبار المركزية", "الأسواق - كما يراها التجار - تحتاج إلى دعم عاجل من البلدية قبل الصيف.")]
    [InlineData("وكالة الأخبار المركزية", "الوكالة - التي تأسست قبل عامين - تدير السوق الجديدة منذ افتتاحها.")]
    [InlineData("أخبار المدن", "مركزية - افتتحت البلدية صباح اليوم سوقا شعبية جديدة على ضفة النهر.")]
    public void A_lead_opening_with_a_word_and_a_dash_that_names_no_agency_credits_nobody(string masthead, string opening)
    {
        var raw = $"""
            {masthead}
            {Headline}
            {opening}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Empty(article.Agencies);
        Assert.Contains(opening, article.Body.Split('\n'));
    }

    [Theory]
    [InlineData("رووداو ديجيتال", "رووداو ديجيتال")]
    [InlineData("الجزيرة نت", "الجزيرة نت")]
    [InlineData("الجزيرة", "الجزيرة")]
    public void An_outlet_or_its_desk_alone_beside_the_timestamp_under_the_headline_signs_the_story(string line, string credit)
    {
        var raw = $"""
            أخبار المدن | محليات | اقتصاد
            {Headline}
            {line}
            12-03-2025 | 10:40
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(credit, Assert.Single(article.Agencies));
        Assert.Contains(line, article.Boilerplate);
        Assert.Equal(Headline, article.Headline);
    }

    [Theory]
    [InlineData("حلول ديجيتال")]
    [InlineData("الجزيرة تفتح مكتبا")]
    public void A_short_line_beside_the_timestamp_that_names_no_outlet_stays(string line)
    {
        // Below the timestamp, so that no teaser rule takes it either.
        var raw = $"""
            أخبار المدن | محليات | اقتصاد
            {Headline}
            12-03-2025 | 10:40
            {line}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Empty(article.Agencies);
        Assert.Contains(line, article.Body.Split('\n'));
    }

    [Theory]
    [InlineData("ملفات خاصة")]
    [InlineData("أخبار المدن")]
    public void The_pages_first_line_coming_back_beside_the_timestamp_credits_nobody(string label)
    {
        var raw = $"""
            {label}
            {Headline}
            {label}
            12 مارس 2025
            {Story}
            """;
        Assert.Empty(Clean(raw).Agencies);
    }

    [Fact]
    public void The_pages_own_outlet_with_its_desks_word_beside_the_timestamp_signs_the_story()
    {
        var raw = $"""
            أخبار المدن | محليات
            {Headline}
            أخبار المدن ديجيتال
            12 مارس 2025
            {Story}
            """;
        Assert.Equal("أخبار المدن ديجيتال", Assert.Single(Clean(raw).Agencies));
    }

    [Fact]
    public void An_outlet_named_alone_away_from_the_timestamp_stays()
    {
        var raw = $"""
            أخبار المدن | محليات | اقتصاد
            {Headline}
            12-03-2025 | 10:40
            sooq.jpg
            الجزيرة
            {Story}
            """;
        Assert.Empty(Clean(raw).Agencies);
    }

    [Fact]
    public void A_writer_and_what_the_writer_is_beside_the_timestamp_is_the_byline_and_the_teaser_above_it_a_standfirst()
    {
        const string teaser = "تجار يأملون أن تعيد السوق الحركة إلى وسط المدينة";
        var raw = $"""
            أخبار المدن
            محليات | اقتصاد
            {Headline}
            {teaser}
            سلمى الحداد صحافية
            السبت 15 مارس 2025 10:12
            {Story}
            """;
        var article = Clean(raw);
        Assert.Contains("سلمى الحداد صحافية", article.Boilerplate);
        Assert.Contains(teaser, article.Boilerplate);
        Assert.Empty(article.Agencies);
        Assert.Equal(Headline, article.Headline);
    }

    [Theory]
    [InlineData("سلمى الحداد")]
    [InlineData("سلمى عبد الرحمن")]
    [InlineData("سلمى الحداد مراسلة")]
    public void A_writers_name_alone_or_with_what_the_writer_is_below_the_timestamp_is_the_byline(string line)
    {
        var raw = $"""
            أخبار المدن
            {Headline}
            السبت 15 مارس 2025 10:12
            {line}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Contains(line, article.Boilerplate);
        Assert.Empty(article.Agencies);
    }

    [Theory]
    [InlineData("البلدية تكرم صحافية")]
    [InlineData("رئيس البلدية يستقبل مراسل")]
    [InlineData("سلمى الحداد تفوز بجائزة المدينة")]
    [InlineData("سلمى الحداد.")]
    public void A_line_that_names_no_writer_alone_stays(string line)
    {
        var raw = $"""
            أخبار المدن
            {Headline}
            السبت 15 مارس 2025 10:12
            {line}
            {Story}
            """;
        Assert.Contains(line, Clean(raw).Body.Split('\n'));
    }

    [Fact]
    public void A_summary_box_above_the_story_is_chrome_and_a_paragraph_so_labelled_below_it_stays()
    {
        const string summary = "ملخص: سوق جديدة بمئة وعشرين محلا على ضفة النهر";
        const string later = "ملخص: السوق تفتح كل يوم والبلدية تعد بسوق ثانية في الحي الشمالي";
        var raw = $"""
            {Headline}
            السبت 15 مارس 2025 10:12
            {summary}
            {Story}
            {later}
            """;
        var article = Clean(raw);
        Assert.Contains(summary, article.Boilerplate);
        Assert.Contains(later, article.Body.Split('\n'));
    }

    [Theory]
    [InlineData("صوت المدينة - أخبار على مدار الساعة")]
    [InlineData("صوت المدينة | الخبر كما هو من قلب الحدث")]
    public void A_sites_name_and_slogan_above_a_section_label_is_no_headline(string masthead)
    {
        var raw = $"""
            {masthead}
            محليات
            {Headline}
            الأحد 16 مارس 2025
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(Headline, article.Headline);
        Assert.Contains(masthead, article.Boilerplate);
    }

    [Theory]
    [InlineData("غزة - هدنة هشة تنهار بعد ساعات من إعلانها", "الأحد 16 مارس 2025", "دعوات دولية إلى تثبيت الهدنة وفتح المعابر أمام شاحنات الإغاثة")]
    [InlineData("صوت المدينة - أخبار على مدار الساعة", "محليات", "البلدية تفتح سوقا")]
    public void A_headline_with_a_dash_above_a_shorter_or_unparted_line_stays_the_headline(string first, string second, string third)
    {
        var raw = $"""
            {first}
            {second}
            {third}
            {Story}
            """;
        Assert.Equal(first, Clean(raw).Headline);
    }
}
