using Marsad.Facts;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Facts;

/// <summary>A page dated at the calendar's ends (a broken or hostile date) must not break the facts stages: relative
/// dates simply stay unresolved there.</summary>
public sealed class CalendarEdgeTests
{
    private const string RelativeDates = "قال المدير اليوم إن المعرض يفتح غدا بعد أن أُجل أمس، ويعاد الأسبوع المقبل والشهر المقبل، كما جرى قبل عشرة قرون وقبل ثلاثة أعوام.";

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("0999-12-31")]
    public void Relative_dates_against_a_page_dated_at_the_calendar_edge_stay_unresolved(string published)
    {
        var date = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var article = new PassThroughCleaner().Clean(Some.Document(RelativeDates), new AnalysisOptions { Published = date });

        var dated = new QuantityAnnotator().Annotate(new DateAnnotator().Annotate(article));

        Assert.NotEmpty(dated.Dates);
        Assert.All(dated.Dates.Where(d => d.Text != published), d => Assert.Null(d.Value));
    }

    [Fact]
    public void An_ordinary_page_date_still_resolves_them()
    {
        var article = new PassThroughCleaner().Clean(Some.Document(RelativeDates), new AnalysisOptions { Published = new DateOnly(2019, 5, 22) });

        var dated = new DateAnnotator().Annotate(article);

        Assert.Contains(dated.Dates, d => d.Text == "أمس" && d.Value == "2019-05-21");
        Assert.DoesNotContain(dated.Dates, d => d.Text.StartsWith("قبل عشرة قرون", StringComparison.Ordinal) && d.Value is not null && d.Value.StartsWith('-'));
    }
}
