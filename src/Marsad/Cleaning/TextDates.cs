using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>Finds calendar dates (<c>2021.06.28</c>, <c>28/06/2021</c>, <c>28 - 06 - 2021</c>, <c>28 يونيو 2021</c>,
/// <c>28 يونيو/حزيران 2021</c>, <c>28 من يونيو، 2021</c>, <c>28/يونيو/2021</c>, <c>28-يونيو-2021</c>, <c>يونيو 28, 2021</c>, <c>Jun 28, 2021</c>) and clock times in
/// normalised text, for timestamp lines.</summary>
internal sealed class TextDates
{
    private static readonly Regex YearFirst = new(@"(?<!\d)(\d{4}) ?[./-] ?(\d{1,2}) ?[./-] ?(\d{1,2})(?!\d)", RegexOptions.CultureInvariant);
    private static readonly Regex DayFirst = new(@"(?<!\d)(\d{1,2}) ?[./-] ?(\d{1,2}) ?[./-] ?(\d{4})(?!\d)", RegexOptions.CultureInvariant);
    private static readonly Regex Clock = new(@"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)", RegexOptions.CultureInvariant);
    private readonly Regex written;
    private readonly Regex monthFirst;
    private readonly Regex dayMonth;
    private readonly Regex hijri;
    private readonly CleanerLexicon lexicon;

    public TextDates(CleanerLexicon lexicon)
    {
        this.lexicon = lexicon;
        var months = string.Join('|', lexicon.Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        // «28 يونيو 2021», and a slashed or dashed form with the month written out: «05/أغسطس/2025», «05-أغسطس-2025».
        written = new Regex($@"(?<!\d)(\d{{1,2}})(?:\s+(?:من\s+)?|\s*([/-])\s*(?=(?:{months})\s*\2\s*\d{{4}}))({months})(?:\s*/\s*(?:{months}))?(?:\s*[,،]?\s+|\s*[/-]\s*)(\d{{4}})(?!\d)", RegexOptions.CultureInvariant);
        monthFirst = new Regex($@"(?<![^\s\d])({months})\s+(\d{{1,2}})\s*[,،]?\s+(\d{{4}})(?!\d)", RegexOptions.CultureInvariant);
        dayMonth = new Regex($@"(?<!\d)\d{{1,2}}\s+(?:{months})(?![^\s/])", RegexOptions.CultureInvariant);
        var hijriMonths = string.Join('|', lexicon.HijriMonths.OrderByDescending(k => k.Length).Select(Regex.Escape));
        hijri = new Regex($@"(?<!\d)\d{{1,2}}\s+(?:{hijriMonths})\s+\d{{4}}(?!\d)", RegexOptions.CultureInvariant);
    }

    /// <summary>The first full date in the text, if any.</summary>
    public DateOnly? FirstDate(string normalized)
    {
        var m = YearFirst.Match(normalized);
        if (m.Success && Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) is { } ymd)
        {
            return ymd;
        }

        m = DayFirst.Match(normalized);
        if (m.Success && Make(m.Groups[3].Value, m.Groups[2].Value, m.Groups[1].Value) is { } dmy)
        {
            return dmy;
        }

        m = written.Match(normalized);
        if (m.Success && lexicon.Months.TryGetValue(m.Groups[3].Value, out var month))
        {
            return Make(m.Groups[4].Value, month.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups[1].Value);
        }

        m = monthFirst.Match(normalized);
        if (m.Success && lexicon.Months.TryGetValue(m.Groups[1].Value, out var named))
        {
            return Make(m.Groups[3].Value, named.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value);
        }

        return null;
    }

    /// <summary>Whether the text names a day of a month, with or without its year (<c>7 ديسمبر</c>): a wire's dateline
    /// often leaves the year out.</summary>
    public bool HasDayMonth(string normalized) => dayMonth.IsMatch(normalized);

    /// <summary>A line that is a timestamp: a date or a clock time with at most a few other words (a weekday,
    /// a place or time-zone label).</summary>
    public bool IsTimestampLine(string normalized)
    {
        // Every date and clock form needs a digit; a normalised line's only whitespace is a single space, so its words
        // are counted as runs of non-space characters, without splitting it.
        if (!ContainsDigit(normalized) || CreditReader.Words(normalized) > 12)
        {
            return false;
        }

        var rest = YearFirst.Replace(normalized, " ");
        rest = DayFirst.Replace(rest, " ");
        rest = written.Replace(rest, " ");
        rest = monthFirst.Replace(rest, " ");
        rest = hijri.Replace(rest, " ");
        var hadDate = rest != normalized;
        var withoutClock = Clock.Replace(rest, " ");
        var hadClock = withoutClock != rest;
        // A day and month without the year (الخميس 12 مارس) is a timestamp only alone with calendar words.
        var dayMonthOnly = !hadDate && !hadClock && dayMonth.IsMatch(withoutClock);
        if (!hadDate && !hadClock && !dayMonthOnly)
        {
            return false;
        }

        var others = withoutClock
            .Split([' ', '|', '-', '–', '—', '/', ',', '،', ':', '(', ')', '[', ']', '.', '•', '·'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !lexicon.Weekdays.Contains(w) && !lexicon.Months.ContainsKey(w) && !w.All(char.IsDigit))
            .Count();
        return others <= (dayMonthOnly ? 0 : 3);
    }

    /// <summary>Whether the text holds a character <c>\d</c> matches (any Unicode decimal digit).</summary>
    private static bool ContainsDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        if (int.TryParse(year, out var y) && int.TryParse(month, out var m) && int.TryParse(day, out var d)
            && y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }

        return null;
    }
}
