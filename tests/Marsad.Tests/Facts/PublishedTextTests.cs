using Marsad.Facts;
using Marsad.Model;

namespace Marsad.Tests.Facts;

/// <summary>The publication date's own text: the date expression of a removed timestamp line.</summary>
public class PublishedTextTests
{
    private static readonly DateAnnotator Dates = new();

    private static AnalyzedArticle Article(DateOnly? published, params string[] boilerplate) => new()
    {
        Id = "t",
        Source = new SourceInfo("t.txt", null, null),
        Body = "افتتح المعرض أبوابه أمس بحضور الزوار.",
        Published = published,
        Boilerplate = [.. boilerplate],
    };

    [Theory]
    [InlineData("نشر في: 2020.01.20 - 11:02 م", "2020-01-20", "2020.01.20")]
    [InlineData("الخميس 07 تشرين الأول 2021 - 14:20", "2021-10-07", "الخميس 07 تشرين الأول 2021")]
    [InlineData("10-07-2021 | 13:40", "2021-07-10", "10-07-2021")]
    [InlineData("الأحد ٢١ شعبان ١٤٤٥هـ - 3 مارس 2024م", "2024-03-03", "3 مارس 2024م")]
    public void The_timestamp_lines_date_is_the_published_text(string line, string published, string expected)
    {
        var article = Dates.Annotate(Article(DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "شارك", line));
        Assert.Equal(expected, article.PublishedText);
    }

    [Fact]
    public void A_chrome_date_that_is_not_the_publication_date_is_not_the_published_text() =>
        Assert.Null(Dates.Annotate(Article(new DateOnly(2022, 3, 1), "أرشيف 2019.05.04")).PublishedText);

    [Fact]
    public void A_written_timestamp_beats_a_site_name_with_today_above_it() =>
        Assert.Equal("الأحد 5 مايو 2024", Dates.Annotate(Article(new DateOnly(2024, 5, 5), "الزراعة اليوم | نشرة أسبوعية", "الأحد 5 مايو 2024")).PublishedText);

    [Fact]
    public void Without_a_written_timestamp_a_weekday_line_is_still_the_published_text() =>
        Assert.Equal("الأحد", Dates.Annotate(Article(new DateOnly(2024, 5, 5), "شارك", "الأحد")).PublishedText);

    [Fact]
    public void Without_a_publication_date_there_is_no_published_text() =>
        Assert.Null(Dates.Annotate(Article(null, "نشر في: 2020.01.20")).PublishedText);
}
