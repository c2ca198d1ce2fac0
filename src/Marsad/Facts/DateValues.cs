using System.Globalization;

namespace Marsad.Facts;

/// <summary>Resolution of date expressions against the publication date, and their ISO forms
/// (YYYY-MM-DD, YYYY-MM, YYYY, or an interval a/b).</summary>
internal static class DateValues
{
    /// <summary>The publication date to resolve relative dates against, or null when it lies so near the calendar's ends
    /// (a hostile or broken page date such as 0001-01-01) that «أمس» or «قبل عشرة قرون» would fall off it.</summary>
    public static DateOnly? Resolvable(DateOnly? published) =>
        published is { Year: >= 1000 and <= 8999 } ? published : null;

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Interval(DateOnly from, DateOnly to) => Day(from) + "/" + Day(to);

    /// <summary>The day of a value that names one (YYYY-MM-DD); false for a month, a year, an interval or null.</summary>
    public static bool TryParseDay(string? value, out DateOnly day)
    {
        day = default;
        return value is { Length: 10 }
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private static readonly UmAlQuraCalendar HijriCalendar = new();
    private static readonly int FirstHijriYear = HijriCalendar.GetYear(HijriCalendar.MinSupportedDateTime);
    private static readonly int LastHijriYear = HijriCalendar.GetYear(HijriCalendar.MaxSupportedDateTime);

    /// <summary>The Gregorian day of a Hijri date by the Umm al-Qura calendar (the official one of the Gulf wires), or
    /// null outside that calendar's years or for a day the month does not have.</summary>
    public static string? Hijri(int year, int month, int day)
    {
        if (year < FirstHijriYear || year > LastHijriYear || month is < 1 or > 12 || day < 1 || day > HijriCalendar.GetDaysInMonth(year, month))
        {
            return null;
        }

        return Day(DateOnly.FromDateTime(HijriCalendar.ToDateTime(year, month, day, 0, 0, 0, 0)));
    }

    /// <summary>A full date when the day exists in that month, else the month.</summary>
    public static string DayOrMonth(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? Day(new DateOnly(year, month, day)) : Month(year, month);

    /// <summary>The weekday nearest the publication date: on or before it (bare «الثلاثاء»), strictly before
    /// (الثلاثاء الماضي, direction -1, strict), strictly after (المقبل, direction +1, strict), or on or after it (a
    /// future context, direction +1, not strict).</summary>
    public static DateOnly Weekday(DateOnly published, DayOfWeek day, int direction, bool strict)
    {
        if (direction > 0)
        {
            // «المقبل» is strictly after; a future verb alone («تجري مساء الثلاثاء» on a Tuesday) may mean the same day.
            var ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
            return published.AddDays(ahead == 0 && strict ? 7 : ahead);
        }

        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        return published.AddDays(-(back == 0 && strict ? 7 : back));
    }

    /// <summary>How far ahead of publication a day and month without a year or direction is still read as the coming
    /// date: news names a date a few days ahead for what is announced, while last year's date would carry its year.</summary>
    private const int ComingDateHorizonDays = 31;

    /// <summary>A day and month without a year: the next one when the text looks ahead (direction +1); the most recent
    /// one not after publication when it looks back (-1); without a direction (0), the most recent one unless this
    /// year's falls within <see cref="ComingDateHorizonDays"/> after publication.</summary>
    public static string DayMonth(DateOnly published, int month, int day, int direction)
    {
        var future = direction > 0;
        var year = published.Year;
        if (day > DateTime.DaysInMonth(year, month) && !(month == 2 && day == 29))
        {
            return Month(year, month);
        }

        var candidate = Clamp(year, month, day);
        if (future && candidate < published)
        {
            candidate = Clamp(year + 1, month, day);
        }
        else if (!future && candidate > published && (direction < 0 || candidate.DayNumber - published.DayNumber > ComingDateHorizonDays))
        {
            candidate = Clamp(year - 1, month, day);
        }

        return Day(candidate);
    }

    /// <summary>A month without a year: the next one when the text looks ahead (direction +1); the most recent one up to
    /// the publication month when it looks back (-1); without a direction (0), the most recent one unless it is the
    /// month right after publication's.</summary>
    public static string MonthOnly(DateOnly published, int month, int direction)
    {
        var future = direction > 0;
        var year = published.Year;
        if (direction == 0 && month == published.Month % 12 + 1)
        {
            // «أكتوبر» in late September is the coming month, as a day and month within the horizon is; last year's
            // would carry its year or الماضي.
            return Month(month == 1 ? year + 1 : year, month);
        }

        if (future && month < published.Month)
        {
            year++;
        }
        else if (!future && month > published.Month)
        {
            year--;
        }

        return Month(year, month);
    }

    public static string Relative(DateOnly published, RelativeUnit unit, int offset)
    {
        switch (unit)
        {
            case RelativeUnit.Day:
                return Day(published.AddDays(offset));
            case RelativeUnit.Week:
                var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7)).AddDays(7 * offset);
                return Interval(monday, monday.AddDays(6));
            case RelativeUnit.Month:
                var month = published.AddMonths(offset);
                return Month(month.Year, month.Month);
            default:
                return Year(published.Year + offset);
        }
    }

    /// <summary>«قبل عامين»: a duration back from publication, at the duration's own granularity.</summary>
    public static string? Ago(DateOnly published, string unit, double amount, int direction)
    {
        if (amount != Math.Floor(amount) || amount > 10000)
        {
            return null;
        }

        var n = (int)amount * direction;
        var years = unit switch { "years" => n, "decades" => 10 * n, _ => 0 };
        if (published.Year + years is < 1 or > 9999)
        {
            return null;
        }

        return unit switch
        {
            "days" => Day(published.AddDays(n)),
            "weeks" => Day(published.AddDays(7 * n)),
            "months" => Relative(published, RelativeUnit.Month, n),
            "years" or "decades" => Year(published.Year + years),
            _ => null,
        };
    }

    private static DateOnly Clamp(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
