using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Chrome that used to leak into the body, on pages written for these tests: rows of platform names (with
/// commas or dashes, إكس, تيك توك), «join our channel» prompts, a teaser line under the headline above the page's
/// timestamp, and the site's name after the headline («headline | site»). Sentences that mention a platform stay.</summary>
public sealed class WidgetTeaserSuffixTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    private const string Headline = "البلدية تفتتح حديقة عامة على ضفة النهر";

    private const string Story = """
        افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر بعد عامين من الأشغال.
        وقال رئيس البلدية إن الحديقة ستفتح أبوابها مجانا طوال أيام الأسبوع.
        """;

    [Theory]
    [InlineData("فيسبوك، تويتر، واتساب")]
    [InlineData("فيسبوك - إكس - واتساب")]
    [InlineData("فيسبوك إكس واتساب تلغرام")]
    [InlineData("إكس")]
    [InlineData("تيك توك")]
    [InlineData("انضم إلى قناتنا على تلغرام")]
    public void Platform_rows_and_channel_prompts_between_paragraphs_are_chrome(string chrome)
    {
        var raw = $"""
            {Headline}
            {Story}
            {chrome}
            وأضاف أن أعمال الصيانة ستتواصل خلال الصيف المقبل في الحدائق الأخرى.
            """;
        var article = Clean(raw);
        Assert.Contains(chrome, article.Boilerplate);
        Assert.DoesNotContain(chrome, article.Body.Split('\n'));
    }

    [Theory]
    [InlineData("وكتب رئيس البلدية على منصة إكس أن الحديقة ستفتح أبوابها مجانا.")]
    [InlineData("وقال متحدث إن فيسبوك وتويتر وواتساب منصات يستعملها السكان للتبليغ.")]
    public void A_sentence_that_names_platforms_stays_in_the_body(string sentence)
    {
        var raw = $"""
            {Headline}
            {Story}
            {sentence}
            وأضاف أن أعمال الصيانة ستتواصل خلال الصيف المقبل في الحدائق الأخرى.
            """;
        Assert.Contains(sentence, Clean(raw).Body.Split('\n'));
    }

    [Fact]
    public void A_teaser_right_under_the_headline_and_above_the_timestamp_is_chrome()
    {
        const string teaser = "تفتح الحديقة الجديدة أبوابها للزوار بعد عامين من الأشغال وتضم ممرات للدراجات.";
        var raw = $"""
            {Headline}
            {teaser}
            نشر في: 12 مارس 2024 - 10:30
            {Story}
            """;
        var article = Clean(raw);
        Assert.Contains(teaser, article.Boilerplate);
        Assert.StartsWith("افتتحت البلدية صباح اليوم", article.Body.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_paragraph_with_the_timestamp_further_down_stays_in_the_body()
    {
        var raw = $"""
            {Headline}
            {Story}
            نشر في: 12 مارس 2024 - 10:30
            وأضاف أن أعمال الصيانة ستتواصل خلال الصيف المقبل في الحدائق الأخرى.
            """;
        var body = Clean(raw).Body.Split('\n');
        Assert.Contains("افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر بعد عامين من الأشغال.", body);
    }

    [Fact]
    public void A_live_pages_first_entry_under_its_own_time_stays_in_the_body()
    {
        const string entry = "افتتح رئيس البلدية الحديقة أمام عدد من السكان الذين حضروا منذ الصباح.";
        var raw = $"""
            {Headline}
            آخر تحديث: 12 مارس 2024 | 10:30
            10:30
            {entry}
            10:05
            وصل رئيس البلدية إلى ضفة النهر برفقة أعضاء المجلس البلدي.
            """;
        Assert.Contains(entry, Clean(raw).Body.Split('\n'));
    }

    [Theory]
    [InlineData(Headline + " - الجزيرة نت")]
    [InlineData(Headline + " | الجزيرة")]
    public void A_known_outlets_name_after_the_headline_is_no_part_of_it(string line)
    {
        Assert.Equal(Headline, Clean($"{line}\n{Story}").Headline);
    }

    [Fact]
    public void A_site_name_from_the_masthead_after_the_headline_is_no_part_of_it()
    {
        var raw = $"""
            صحيفة الساحل
            {Headline} | صحيفة الساحل
            {Story}
            """;
        Assert.Equal(Headline, Clean(raw).Headline);
    }

    [Fact]
    public void A_part_label_after_a_dash_stays_in_the_headline()
    {
        const string headline = "حوار مع رئيس البلدية - الجزء الثاني";
        Assert.Equal(headline, Clean($"{headline}\n{Story}").Headline);
    }
}
