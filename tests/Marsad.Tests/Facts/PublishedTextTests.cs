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

    [Fact]
    public void A_gregorian_timestamp_beats_the_hijri_date_before_it()
    {
        var article = Dates.Annotate(Article(new DateOnly(2024, 4, 12), "الجمعة 3 شوال 1445 هـ - 12 أبريل 2024م"));
        Assert.Equal("12 أبريل 2024م", article.PublishedText);
        Assert.Equal<ChromeDate>([new ChromeDate("الجمعة 3 شوال 1445 هـ", "2024-04-12")], article.ChromeDates);
    }

    [Fact]
    public void An_update_stamp_and_a_second_stamp_are_chrome_dates()
    {
        var article = Dates.Annotate(Article(
            new DateOnly(2021, 3, 9), "نشر في: 09/03/2021 - 10:15 آخر تحديث: 10/03/2021 - 08:00", "شارك", "09/03/2021 10:15"));
        Assert.Equal("09/03/2021", article.PublishedText);
        Assert.Equal<ChromeDate>([new ChromeDate("10/03/2021", "2021-03-10"), new ChromeDate("09/03/2021", "2021-03-09")], article.ChromeDates);
    }

    [Fact]
    public void A_related_headline_or_a_bare_year_in_the_chrome_is_no_chrome_date()
    {
        var article = Dates.Annotate(Article(
            new DateOnly(2021, 3, 9), "09/03/2021", "اقرأ أيضا: الحكومة تعلن خطة جديدة للنقل العام بدءا من 1 أبريل 2021", "جميع الحقوق محفوظة 2021"));
        Assert.Empty(article.ChromeDates);
    }

    [Fact]
    public void Without_a_publication_date_a_written_stamp_is_still_a_chrome_date()
    {
        var article = Dates.Annotate(Article(null, "الأحد 1445/9/1 هـ"));
        Assert.Null(article.PublishedText);
        Assert.Equal<ChromeDate>([new ChromeDate("الأحد 1445/9/1 هـ", "2024-03-11")], article.ChromeDates);
    }
}
