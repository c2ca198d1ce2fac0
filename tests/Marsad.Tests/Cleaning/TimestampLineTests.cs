using Marsad.Cleaning;
using Marsad.Knowledge;

namespace Marsad.Tests.Cleaning;

/// <summary>What makes a short line a timestamp (<see cref="TextDates.IsTimestampLine"/>), on lines written for these
/// tests.</summary>
public sealed class TimestampLineTests
{
    private static readonly TextDates Dates = new(CleanerLexicon.For(ResourceFiles.Default));

    [Theory]
    [InlineData("الخميس 12 مارس 2026 - 10:45")]
    [InlineData("آخر تحديث 2026/03/12")]
    [InlineData("الأحد ١٥ يونيو ٢٠٢٥")]
    [InlineData("الخميس १२:३०")] // any decimal digit counts, as the patterns' \d does
    public void A_date_or_clock_time_with_a_few_calendar_words_is_a_timestamp(string line) =>
        Assert.True(Dates.IsTimestampLine(MatchText.Normalize(line)));

    [Theory]
    [InlineData("الخميس مارس")]
    [InlineData("اجتماع اللجنة يوم الخميس")]
    [InlineData("الخميس 12 مارس 2026 افتتحت البلدية حديقة جديدة في وسط المدينة القديمة قرب السوق")]
    public void A_line_without_a_digit_or_with_too_many_words_is_no_timestamp(string line) =>
        Assert.False(Dates.IsTimestampLine(MatchText.Normalize(line)));
}
