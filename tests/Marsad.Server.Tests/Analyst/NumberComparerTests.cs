using Marsad.Server.Analyst;

namespace Marsad.Server.Tests.Analyst;

/// <summary>An outlet's «latest» figure is its newest dated report, whatever undated reports sort after it.</summary>
public sealed class NumberComparerTests
{
    [Fact]
    public void The_latest_figure_is_the_newest_dated_one_not_an_undated_one_sorted_last()
    {
        ReportedNumber[] oldestFirst =
        [
            Figure("a-1", new DateOnly(2018, 4, 14), 9),
            Figure("a-2", new DateOnly(2018, 4, 15), 14),
            Figure("a-3", null, 3),
        ];

        Assert.Equal(14, NumberComparer.LatestOf([.. oldestFirst]));
    }

    [Fact]
    public void With_no_dated_figure_the_last_one_is_the_latest()
    {
        Assert.Equal(7, NumberComparer.LatestOf([Figure("b-1", null, 5), Figure("b-2", null, 7)]));
    }

    private static ReportedNumber Figure(string article, DateOnly? date, double value) =>
        new(article, null, date, "قتلى", value, "killed", "سقط قتلى في القرية.");
}
