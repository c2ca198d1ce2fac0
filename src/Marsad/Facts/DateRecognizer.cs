using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Facts;

/// <summary>
/// Finds date expressions in a body and resolves them against the publication date: numeric dates (2021.06.28,
/// 28/6/2021), day-month-year with any month-name family and paired names (سبتمبر/أيلول، نوفمبر (تشرين الثاني)),
/// years (عام 2019), relative days (اليوم، أمس، فجر اليوم، يوم أمس الثلاثاء), weekdays (الثلاثاء الماضي), night
/// intervals (ليل الأحد - الإثنين), relative weeks/months/years and durations back (قبل عامين). Without a
/// publication date, everything that needs one resolves to null.
/// </summary>
internal sealed class DateRecognizer
{
    private readonly FactContext context;
    private readonly DateOnly? published;
    private readonly NumberReader reader;
    private readonly bool[] excluded;

    /// <summary>How many words after a date ahead of publication a later yearless date still shares its schedule.</summary>
    private const int MaxScheduleGap = 30;

    /// <summary>Set by the last successful <see cref="TryAt"/> when it read a relative week (الأسبوع المقبل): a word
    /// before it (مطلع) then stays out of the date, while it joins a relative month or year (مطلع الشهر الجاري).</summary>
    private bool relativeWeek;

    /// <summary>Where the last date read as ahead of publication ended (<c>22 مايو المقبل</c>): a yearless date later in
    /// the same sentence (<c>والرئاسية في 31 يوليو</c>) continues the same schedule.</summary>
    private int lastFutureEnd = -1;

    /// <summary>Where the last date found after the publication day ended: a duration ahead (بعد أسبوعين) later in its
    /// sentence counts from that date, not from publication.</summary>
    private int lastAheadEnd = -1;


    /// <summary>Set by the last <see cref="TryAt"/> when it read a Hijri date.</summary>
    private bool hijri;

    /// <summary>Where the Hijri dates found start (none in most bodies, so made on the first).</summary>
    private List<int>? hijriStarts;

    /// <param name="context">The body's words.</param>
    /// <param name="published">The publication date, which relative dates count from.</param>
    /// <param name="outlets">The outlets the page credits (the cleaner's agencies) and the page's own names: their names
    /// hold no date.</param>
    public DateRecognizer(FactContext context, DateOnly? published, ImmutableArray<string> outlets = default)
    {
        this.context = context;
        this.published = DateValues.Resolvable(published);
        reader = new NumberReader(context);
        excluded = new bool[context.Count];
        Covered = new bool[context.Count];
        MarkExclusions(outlets);
    }

    /// <summary>Words inside a recognised date (after <see cref="Recognize"/>): quantities skip them.</summary>
    public bool[] Covered { get; }

    /// <summary>Whether a date <see cref="Recognize"/> found is written in the Hijri calendar.</summary>
    public bool IsHijri(DateMention date) => hijriStarts?.Contains(date.Start) == true;

    private FactsLexicon Lexicon => context.Lexicon;

    public ImmutableArray<DateMention> Recognize()
    {
        var found = ImmutableArray.CreateBuilder<DateMention>();
        for (var i = 0; i < context.Count; i++)
        {
            if (!context.IsWord(i) || excluded[i])
            {
                continue;
            }

            if (TryAt(i, out var start, out var next, out var value) && !Excluded(i, next))
            {
                // «منتصف مارس» and «مطلع الشهر الجاري» are date texts (ten of the twelve development golds
                // with a relative month or year); «مطلع الأسبوع
                // المقبل» leaves the part out, as the one development gold with a week does.
                start = relativeWeek ? start : WithPeriodModifier(i, start, ref value);
                var end = context.Words[next - 1].End;
                found.Add(new DateMention(context.Body[start..end], value, start, end));
                if (hijri)
                {
                    (hijriStarts ??= []).Add(start);
                }

                for (var k = i; k < next; k++)
                {
                    Covered[k] = true;
                }

                if (IsAfterPublication(value))
                {
                    lastAheadEnd = next;
                }

                i = next - 1;
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Whether an ISO value (a day, a month, a year or an interval) starts after the publication day: ISO
    /// values sort by time, and a month or year that holds the publication day sorts before it (2025-03 before
    /// 2025-03-11).</summary>
    private bool IsAfterPublication(string? value)
    {
        if (value is null || published is not { } day)
        {
            return false;
        }

        Span<char> iso = stackalloc char[10];
        return day.TryFormat(iso, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            && value.AsSpan().SequenceCompareTo(iso[..written]) > 0;
    }

    /// <summary>The date's start moved back over a word naming a part of it (منتصف، مطلع، أواخر) right before it, a
    /// conjunction left out (ومنتصف → منتصف); before a year the value becomes the month the part names (نهاية العام
    /// الجاري → YYYY-12). Under a preposition (بنهاية العام المقبل) the word stays out and the year stays the value, as
    /// the development golds give it.</summary>
    private int WithPeriodModifier(int i, int start, ref string? value)
    {
        var before = i - 1;
        if (before < 0 || !context.IsWord(before) || Covered[before] || excluded[before]
            || !TryPeriodModifier(before, out var modifierStart, out var month, out var underPreposition) || underPreposition)
        {
            return start;
        }

        value = InMonthOfYear(value, month);
        return modifierStart;
    }

    /// <summary>Whether the word at <paramref name="index"/> names a part of a period (نهاية، ومطلع، بمنتصف): where it
    /// starts without its proclitics, the month it names in a year (0: none), and whether a preposition is glued to it.</summary>
    private bool TryPeriodModifier(int index, out int start, out int month, out bool underPreposition)
    {
        var folded = context.FoldedAt(index);
        foreach (var (stem, stemStart) in context.Stems(index))
        {
            if (Lexicon.PeriodModifiers.TryGetValue(stem, out month))
            {
                start = stemStart;
                underPreposition = folded.AsSpan(0, folded.Length - stem.Length).IndexOfAny('ب', 'ل', 'ك') >= 0;
                return true;
            }
        }

        (start, month, underPreposition) = (0, 0, false);
        return false;
    }

    /// <summary>A year's value (YYYY) turned to the month a part of it names (12: YYYY-12); any other value as it is.</summary>
    private static string? InMonthOfYear(string? value, int month) =>
        month > 0 && value is { Length: 4 }
        && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? DateValues.Month(year, month)
            : value;

    private bool TryAt(int i, out int start, out int next, out string? value)
    {
        relativeWeek = false;
        hijri = TryHijri(i, out start, out next, out value);
        return hijri
        || TryNumeric(i, out start, out next, out value)
        || TryDayRange(i, out start, out next, out value)
        || TryAbsolute(i, out start, out next, out value, out _)
        || TryYearPart(i, out start, out next, out value)
        || TryDecade(i, out start, out next, out value)
        || TrySeason(i, out start, out next, out value)
        || TryPartOfCurrentPeriod(i, out start, out next, out value)
        || TryRelative(i, out start, out next, out value)
        || TryYear(i, out start, out next, out value)
        || TryAgo(i, out start, out next, out value)
        || TryBareYear(i, out start, out next, out value);
    }

    /// <summary>«بين 18 و27 أبريل», «من 3 إلى 9 مايو 2024»: two days of one month, as an interval with the opening word
    /// in the span; the first day alone would otherwise be left as a bare number.</summary>
    private bool TryDayRange(int i, out int start, out int next, out string? value)
    {
        start = next = 0;
        value = null;
        if (!context.TryDayOfMonth(i, out var first) || !context.IsWord(i - 1) || !context.IsWord(i + 1))
        {
            return false;
        }

        var lastIndex = context.SecondRangeBound(i, i + 1);
        if (lastIndex < 0 || !TryAbsolute(lastIndex, out _, out next, out var lastValue, out var hasDay) || !hasDay)
        {
            return false;
        }

        if (DateValues.TryParseDay(lastValue, out var last))
        {
            // «من 28 إلى 3 مايو» runs from the month before; a first day that month lacks makes no range.
            var month = first <= last.Day ? last : last.AddMonths(-1);
            if (first > DateTime.DaysInMonth(month.Year, month.Month))
            {
                return false;
            }

            value = DateValues.Interval(new DateOnly(month.Year, month.Month, first), last);
        }

        start = context.Words[i - 1].Start;
        return true;
    }

    /// <summary>«العام» (or «السنة») with nothing that names another year or another kind of year after it: no year
    /// (العام 2019), direction (العام الماضي) or adjective (العام الدراسي، العام المالي). After a part of a year or a
    /// part word (النصف الأول من العام، مطلع العام) it is the publication year.</summary>
    private bool IsBareCurrentYear(int k) => context.FoldedAt(k) is "العام" or "السنه" && IsBarePeriod(k);

    /// <summary>A period word at <paramref name="k"/> with no year, direction, adjective or «نفسه» (date-exclusions.txt:
    /// «الشهر نفسه» is another month) after it. The adjective is read on the written word: «إلى» folds to «الي».</summary>
    private bool IsBarePeriod(int k) =>
        !excluded[k] && !context.TryYear(k + 1, out _)
        && !(context.IsWord(k + 1) && context.Body.AsSpan(context.Words[k + 1].Start).StartsWith("ال", StringComparison.Ordinal));

    /// <summary>«منذ مطلع العام», «بحلول نهاية السنة», «منتصف الشهر»: a part word before the bare current year or month
    /// names the part's month of the publication year, or the publication month (docs/gold-conventions.md). Under a
    /// glued preposition (بنهاية العام) the part word stays out, as before a year, and «العام» alone is no date.</summary>
    private bool TryPartOfCurrentPeriod(int i, out int start, out int next, out string? value)
    {
        start = 0;
        next = i + 2;
        value = null;
        // The period word is asked first: a string comparison, before the modifier's look-up on every word.
        var isMonth = context.IsWord(i + 1) && context.FoldedAt(i + 1) == "الشهر";
        if (!(isMonth ? IsBarePeriod(i + 1) : context.IsWord(i + 1) && IsBareCurrentYear(i + 1))
            || !TryPeriodModifier(i, out start, out var month, out var underPreposition) || underPreposition)
        {
            return false;
        }

        if (published is { } p)
        {
            value = DateValues.Month(p.Year, isMonth || month == 0 ? p.Month : month);
        }

        return true;
    }

    /// <summary>«الربع الثاني من 2019», «النصف الأول من العام المقبل»: the part's months, as an interval.</summary>
    private bool TryYearPart(int i, out int start, out int next, out string? value)
    {
        start = next = 0;
        value = null;
        foreach (var (stem, stemStart) in context.Stems(i))
        {
            if (!Lexicon.YearParts.TryMatch(context.Words, i, stem, out var part, out var length))
            {
                continue;
            }

            var k = i + length;
            if (context.FoldedAt(k) == "من")
            {
                k++;
            }

            if (!TryYearAfter(k, out var year, out next))
            {
                return false;
            }

            start = stemStart;
            value = year is { } y ? DateValues.Month(y, part.First) + "/" + DateValues.Month(y, part.Last) : null;
            return true;
        }

        return false;
    }

    /// <summary>«ثلاثينيات القرن الماضي», «تسعينيات القرن العشرين»: the decade's years, as an interval.</summary>
    private bool TryDecade(int i, out int start, out int next, out string? value)
    {
        start = next = 0;
        value = null;
        foreach (var (stem, stemStart) in context.Stems(i))
        {
            if (!Lexicon.Decades.TryGetSingle(stem, out var decade))
            {
                continue;
            }

            var k = context.FoldedAt(i + 1) == "من" ? i + 2 : i + 1;
            if (!Lexicon.Centuries.TryMatch(context.Words, k, out var century, out var length))
            {
                return false;
            }

            start = stemStart;
            next = k + length;
            int? first = century.Relative ? (published is { } p ? ((p.Year / 100) + century.Value) * 100 : null) : century.Value;
            value = first is { } f ? DateValues.Year(f + decade) + "/" + DateValues.Year(f + decade + 9) : null;
            return true;
        }

        return false;
    }

    /// <summary>«موسم 2019-2020», «الموسم 2021/2022»: a season of a league or a crop across two consecutive years, as
    /// the interval of both, the season word in the span.</summary>
    private bool TrySeason(int i, out int start, out int next, out string? value)
    {
        start = next = 0;
        value = null;
        if (!(context.FoldedAt(i + 1) is [var digit, ..] && char.IsAsciiDigit(digit)))
        {
            return false; // the years come right after the season word
        }

        foreach (var (stem, stemStart) in context.Stems(i))
        {
            if (!Lexicon.SeasonWords.Contains(stem))
            {
                continue;
            }

            if (!TryYearPair(i + 1, out var first, out next))
            {
                return false;
            }

            start = stemStart;
            value = DateValues.Year(first) + "/" + DateValues.Year(first + 1);
            return true;
        }

        return false;
    }

    /// <summary>Two consecutive years joined by a hyphen or a slash, as one word (2019-2020، 2019/20) or three.</summary>
    private bool TryYearPair(int index, out int first, out int next)
    {
        next = index + 1;
        if (context.TryYear(index, out first))
        {
            next = index + 3;
            return IsDateSeparator(index + 1) && context.TryYear(index + 2, out var second) && second == first + 1;
        }

        var folded = context.FoldedAt(index).AsSpan();
        var cut = folded.IndexOfAny('-', '/');
        if (cut != 4 || folded.Length is not (7 or 9)
            || !int.TryParse(folded[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out first)
            || !int.TryParse(folded[5..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var last))
        {
            return false;
        }

        return first is >= 1000 and <= 2998 && (folded.Length == 9 ? last == first + 1 : last == (first + 1) % 100);
    }

    /// <summary>The year after a month or a part of a year: digits (2019، عام 2019م) or a relative year (العام المقبل,
    /// null without a publication date). <paramref name="year"/> is null when it cannot be resolved.</summary>
    private bool TryYearAfter(int k, out int? year, out int next)
    {
        year = null;
        next = k;
        if (Lexicon.YearMarkers.TryGetSingle(context.FoldedAt(k), out var inSpan) && inSpan && context.TryYear(k + 1, out var marked))
        {
            year = marked;
            next = k + 2;
        }
        else if (context.TryYear(k, out var digits))
        {
            year = digits;
            next = k + 1;
        }
        else if (Lexicon.RelativeDates.TryMatch(context.Words, k, out var relative, out var length) && relative.Unit == RelativeUnit.Year)
        {
            year = published?.Year + relative.Offset;
            next = k + length;
            return true;
        }
        else if (IsBareCurrentYear(k))
        {
            year = published?.Year; // «النصف الأول من العام»
            next = k + 1;
            return true;
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>A Hijri date with its year and the Hijri mark that follows it, resolved to the Gregorian day: «12 رجب
    /// 1446 هـ», «٦ رمضان ١٤٤٦هـ», «1446/7/12 هـ». Without a year a Hijri month is a name or a season (رمضان), no date.</summary>
    private bool TryHijri(int i, out int start, out int next, out string? value)
    {
        start = context.Words[i].Start;
        next = i + 1;
        value = null;
        var folded = context.FoldedAt(i);
        if (!(folded is [var first, ..] && char.IsAsciiDigit(first)) && !(folded is [_, var second, ..] && char.IsAsciiDigit(second)))
        {
            return false; // every form starts with digits, or with one proclitic letter before them (و12 رجب)
        }

        int year, month, day;
        bool marked;
        if (!TryHijriNumeric(folded, out year, out month, out day, out marked))
        {
            var j = i;
            if (TryCliticDay(j, out day, out var cliticLength))
            {
                start += cliticLength;
            }
            else if (!context.TryDayOfMonth(j, out day))
            {
                return false;
            }

            j = context.FoldedAt(j + 1) == "من" ? j + 2 : j + 1;
            if (!context.IsWord(j) || !Lexicon.HijriMonths.TryMatch(context.Words, j, out month, out var length)
                || !TryHijriYear(context.FoldedAt(j + length), out year, out marked))
            {
                return false;
            }

            next = j + length + 1;
        }

        if (!marked && context.FoldedAt(next) == HijriMark)
        {
            next++;
        }

        value = DateValues.Hijri(year, month, day);
        return true;
    }

    /// <summary>The Hijri mark after a year (هـ, folded without its tatweel).</summary>
    private const string HijriMark = "ه";

    /// <summary>Modern Hijri years, which no Gregorian date in the news has: 1446/7/12 is Hijri even without its mark.</summary>
    private const int FirstModernHijriYear = 1300;
    private const int LastModernHijriYear = 1500;

    /// <summary>A four-digit year after a Hijri month, with the mark glued on or not (1446، 1446ه).</summary>
    private static bool TryHijriYear(string folded, out int year, out bool marked)
    {
        var digits = folded.AsSpan();
        marked = digits.Length == 5 && digits[4] == HijriMark[0];
        if (marked)
        {
            digits = digits[..4];
        }

        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && digits.Length == 4 && year is >= 1000 and <= 1999;
    }

    /// <summary>1446/7/12 or 12-07-1446 with a modern Hijri year, the mark glued on or not.</summary>
    private static bool TryHijriNumeric(string folded, out int year, out int month, out int day, out bool marked)
    {
        year = month = day = 0;
        var text = folded.AsSpan();
        marked = text.Length > 0 && text[^1] == HijriMark[0];
        if (marked)
        {
            text = text[..^1];
        }

        Span<Range> parts = stackalloc Range[4];
        if (text.Length < 8 || !char.IsAsciiDigit(text[0]) || text.SplitAny(parts, "./-") != 3)
        {
            return false;
        }

        var first = text[parts[0]];
        var last = text[parts[2]];
        var yearFirst = first.Length == 4;
        if (!(yearFirst || last.Length == 4)
            || !int.TryParse(yearFirst ? first : last, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            || !int.TryParse(text[parts[1]], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out month)
            || !int.TryParse(yearFirst ? last : first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day))
        {
            return false;
        }

        // A day up to 31 is claimed, so «1445/7/31» gets no value (DateValues.Hijri) rather than a Gregorian year 1445.
        return year is >= FirstModernHijriYear and <= LastModernHijriYear && month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    /// <summary>2021.06.28, 2021-06-28, 28/6/2021, 28.06.2021 (day first, as Arabic news writes it).</summary>
    private bool TryNumeric(int i, out int start, out int next, out string? value)
    {
        start = context.Words[i].Start;
        next = i + 1;
        value = null;
        var folded = context.FoldedAt(i);
        if (folded.Length < 8 || !char.IsAsciiDigit(folded[0]))
        {
            return false;
        }

        var parts = folded.Split('.', '/', '-');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit) || p.Length > 4))
        {
            return false;
        }

        var numbers = parts.Select(int.Parse).ToArray();
        int year, month, day;
        if (parts[0].Length == 4)
        {
            (year, month, day) = (numbers[0], numbers[1], numbers[2]);
        }
        else if (parts[2].Length == 4)
        {
            (day, month, year) = (numbers[0], numbers[1], numbers[2]);
            if (month > 12 && day <= 12)
            {
                (day, month) = (month, day);
            }
        }
        else
        {
            return false;
        }

        if (year is < 1000 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = DateValues.Day(new DateOnly(year, month, day));
        return true;
    }

    /// <summary>[day [من]] [شهر] month [/ month | (month) | month] [[من] [عام] year[م]]: the Gregorian mark glued to the
    /// year (2025م) is in the span, written apart (2025 م) it stays out, as the development golds give the agencies' stamps.</summary>
    private bool TryAbsolute(int i, out int start, out int next, out string? value, out bool hasDay)
    {
        start = context.Words[i].Start;
        next = i;
        value = null;
        hasDay = false;
        var j = i;
        int? day = null;
        var separator = '\0';
        if (context.TryDayOfMonth(j, out var d))
        {
            day = d;
            j++;
            if (context.FoldedAt(j) == "من")
            {
                j++;
            }
            else if (IsDateSeparator(j) && TryMonth(j + 1, false, out _, out _, out _, out _))
            {
                // «05/أغسطس/2025»: the month name between two marks, a year after the second one.
                separator = context.FoldedAt(j)[0];
                j++;
            }
        }
        else if (TryCliticDay(j, out d, out var cliticLength))
        {
            // «و26 مايو»: the conjunction stays out of the date.
            day = d;
            start += cliticLength;
            j++;
            if (context.FoldedAt(j) == "من")
            {
                j++;
            }
        }
        else if (j == i && Lexicon.DayOrdinals.TryMatch(context.Words, j, out var ordinal, out var ordinalLength)
            && (context.FoldedAt(j + ordinalLength) == "من" || !ordinal.NeedsFrom))
        {
            // «الأول من يناير»: an ordinal day needs «من» before the month, except «أول أبريل».
            day = ordinal.Day;
            j += ordinalLength;
            if (context.FoldedAt(j) == "من")
            {
                j++;
            }
        }

        var named = false;
        if (day is null && TryStem(i, "شهر", out var shahrStart))
        {
            start = shahrStart;
            named = true;
            j++;
        }

        if (!TryMonth(j, allowProclitic: j == i, out var month, out var monthStart, out var length, out var paired))
        {
            return false;
        }

        if (j == i)
        {
            start = monthStart;
        }

        j += length;
        if (separator != '\0')
        {
            if (!context.IsMark(j, separator) || !context.TryYear(j + 1, out _))
            {
                return false;
            }

            j++;
        }
        else
        {
            paired |= TryPairedMonth(ref j, month.Month);
        }

        int? year = null;
        var k = context.FoldedAt(j) == "من" ? j + 1 : j;
        if (Lexicon.YearMarkers.TryGetSingle(context.FoldedAt(k), out var inSpan) && inSpan)
        {
            k++;
        }

        var relativeYear = false;
        if (context.TryYear(k, out var y))
        {
            year = y;
            j = k + 1;
        }
        else if ((Lexicon.RelativeDates.TryMatch(context.Words, j, out var yearPhrase, out var yearLength) && yearPhrase.Unit == RelativeUnit.Year)
            || (context.FoldedAt(j) == "من" && Lexicon.RelativeDates.TryMatch(context.Words, j + 1, out yearPhrase, out yearLength) && yearPhrase.Unit == RelativeUnit.Year))
        {
            // «كانون الثاني/يناير من العام الماضي»: the year named relative to publication.
            j += yearLength + (context.FoldedAt(j) == "من" ? 1 : 0);
            relativeYear = true;
            if (published is null)
            {
                next = j;
                hasDay = day is not null;
                return true;
            }

            year = published.Value.Year + yearPhrase.Offset;
        }

        var current = year is null && !relativeYear && context.IsWord(j) && Lexicon.CurrentWords.Contains(context.FoldedAt(j));
        if (current)
        {
            // «مارس الجاري»: the publication year's month (null without a publication date).
            j++;
            if (published is null)
            {
                next = j;
                hasDay = day is not null;
                return true;
            }

            year = published.Value.Year;
        }

        // «10 يناير المقبل», «سبتمبر الماضي»: the direction decides, and belongs to the date; it also tells an ambiguous
        // month name (مارس الماضي) from the ordinary word.
        var hasDirection = Lexicon.Directions.TryMatch(context.Words, j, out var direction, out var directionLength);
        if (day is null && year is null && !named && !paired && !hasDirection && month.Ambiguous)
        {
            return false;
        }

        var lookDirection = IsFutureContext(i) ? 1 : 0;
        if (year is null && hasDirection)
        {
            lookDirection = direction;
            j += directionLength;
        }

        next = j;
        hasDay = day is not null;
        if (year is null && lookDirection > 0)
        {
            lastFutureEnd = j;
        }

        value = (year, day, published) switch
        {
            ({ } yy, { } dd, _) => DateValues.DayOrMonth(yy, month.Month, dd),
            ({ } yy, null, _) => DateValues.Month(yy, month.Month),
            (null, { } dd, { } p) => DateValues.DayMonth(p, month.Month, dd, lookDirection),
            (null, null, { } p) => DateValues.MonthOnly(p, month.Month, lookDirection),
            _ => null,
        };
        return true;
    }

    /// <summary>A slash or a hyphen between the parts of a date written with its month's name (05/أغسطس/2025).</summary>
    private bool IsDateSeparator(int j) => context.IsMark(j, '/') || context.IsMark(j, '-');

    /// <summary>A month name at <paramref name="j"/>, or two glued together (سبتمبرأيلول) which counts as a pair.</summary>
    private bool TryMonth(int j, bool allowProclitic, out MonthName month, out int start, out int length, out bool paired)
    {
        month = null!;
        start = 0;
        length = 0;
        paired = false;
        if (!context.IsWord(j))
        {
            return false;
        }

        foreach (var (stem, stemStart) in context.Stems(j))
        {
            if (Lexicon.Months.TryMatch(context.Words, j, stem, out month, out length))
            {
                start = stemStart;
                return true;
            }

            for (var cut = Math.Max(3, stem.Length - Lexicon.Months.LongestSingle); cut <= Math.Min(stem.Length - 3, Lexicon.Months.LongestSingle); cut++)
            {
                if (Lexicon.Months.TryGetSingle(stem.AsSpan(0, cut), out var first) && Lexicon.Months.TryGetSingle(stem.AsSpan(cut), out var second)
                    && first.Month == second.Month)
                {
                    (month, start, length, paired) = (first, stemStart, 1, true);
                    return true;
                }
            }

            if (!allowProclitic)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>The second name of a paired month: «/أيلول»، «(تشرين الثاني)»، «- آذار» or just «أيلول».</summary>
    private bool TryPairedMonth(ref int j, int month)
    {
        if ((context.IsMark(j, '/') || context.IsMark(j, '-') || context.IsMark(j, '\\'))
            && TryMonth(j + 1, false, out var second, out _, out var length, out _) && second.Month == month)
        {
            j += 1 + length;
            return true;
        }

        if ((context.IsMark(j, '(') || context.IsMark(j, '['))
            && TryMonth(j + 1, false, out second, out _, out length, out _) && second.Month == month
            && (context.IsMark(j + 1 + length, ')') || context.IsMark(j + 1 + length, ']')))
        {
            j += 2 + length;
            return true;
        }

        if (TryMonth(j, false, out second, out _, out length, out _) && second.Month == month)
        {
            j += length;
            return true;
        }

        return false;
    }

    /// <summary>Relative phrases and weekdays, with a part of the day before them (فجر اليوم، مساء الثلاثاء).</summary>
    private bool TryRelative(int i, out int start, out int next, out string? value)
    {
        foreach (var (stem, stemStart) in context.Stems(i))
        {
            start = stemStart;
            if (Lexicon.RelativeDates.TryMatch(context.Words, i, stem, out var relative, out var length))
            {
                return FinishRelative(i + length, relative, out next, out value);
            }

            if (IsTomorrowBeforeWeekday(i, stem))
            {
                return FinishRelative(i + 1, Tomorrow, out next, out value);
            }

            if (Lexicon.Weekdays.TryMatch(context.Words, i, stem, out var weekday, out length))
            {
                return FinishWeekday(i, i + length, weekday, night: false, out start, out next, out value, stemStart);
            }

            if (Lexicon.DayParts.TryMatch(context.Words, i, stem, out var dayPart, out length) && context.IsWord(i + length))
            {
                var j = i + length;
                if (Lexicon.RelativeDates.TryMatch(context.Words, j, out relative, out var relativeLength) && relative.Unit == RelativeUnit.Day)
                {
                    return FinishRelative(j + relativeLength, relative, out next, out value);
                }

                if (IsTomorrowBeforeWeekday(j, context.FoldedAt(j)))
                {
                    return FinishRelative(j + 1, Tomorrow, out next, out value);
                }

                if (Lexicon.Weekdays.TryMatch(context.Words, j, out weekday, out var weekdayLength))
                {
                    var read = FinishWeekday(j, j + weekdayLength, weekday, dayPart != DayPartKind.Part, out start, out next, out value, stemStart);
                    if (dayPart == DayPartKind.Midnight && DateValues.TryParseDay(value, out var night))
                    {
                        value = DateValues.Interval(night, night.AddDays(1)); // «منتصف ليل الأحد»: Sunday into Monday
                    }

                    return read;
                }
            }
        }

        start = next = 0;
        value = null;
        return false;
    }

    private static readonly RelativePhrase Tomorrow = new(RelativeUnit.Day, 1);

    /// <summary>«غد الثلاثاء», «صباح غد الجمعة»: the bare noun «غد» is tomorrow only with its weekday after it;
    /// alone it is as often «the future» (غد أفضل), so relative-dates.tsv lists only غدا and يوم غد.</summary>
    private bool IsTomorrowBeforeWeekday(int i, string stem) =>
        stem == "غد" && Lexicon.Weekdays.TryMatch(context.Words, i + 1, out _, out _);

    private bool FinishRelative(int j, RelativePhrase relative, out int next, out string? value)
    {
        next = j;
        relativeWeek = relative.Unit == RelativeUnit.Week;
        if (relative.Unit == RelativeUnit.Day && Lexicon.Weekdays.TryMatch(context.Words, j, out _, out var weekdayLength))
        {
            next = j + weekdayLength;
        }
        else if (relative.Unit == RelativeUnit.Day && context.IsMark(j, '(') && Lexicon.Weekdays.TryMatch(context.Words, j + 1, out _, out weekdayLength)
            && context.IsMark(j + 1 + weekdayLength, ')'))
        {
            // «اليوم (الجمعة)»: the weekday in brackets names the same day.
            next = j + 2 + weekdayLength;
        }

        value = published is { } p ? DateValues.Relative(p, relative.Unit, relative.Offset) : null;
        return true;
    }

    /// <summary>A weekday with what may follow it: a direction (الماضي، المقبل), a second weekday after «ليل»
    /// (an interval), or a full date that the weekday only names (الثلاثاء 12 مارس).</summary>
    private bool FinishWeekday(int weekdayIndex, int j, DayOfWeek weekday, bool night, out int start, out int next, out string? value, int spanStart)
    {
        start = spanStart;
        next = j;
        value = null;
        if (Lexicon.Directions.TryMatch(context.Words, j, out var direction, out var length))
        {
            next = j + length;
            value = published is { } p ? DateValues.Day(DateValues.Weekday(p, weekday, direction, strict: true)) : null;
            return true;
        }

        if (night)
        {
            var k = j;
            if (context.IsMark(k, '-') || context.IsMark(k, '/') || context.FoldedAt(k) is "الي" or "علي")
            {
                k++;
            }

            if (context.IsWord(k) && TryWeekdayAt(k, out var second, out var secondLength))
            {
                next = k + secondLength;
                if (published is { } p)
                {
                    var to = DateValues.Weekday(p, second, direction: 0, strict: false);
                    var gap = ((int)second - (int)weekday + 7) % 7;
                    var from = to.AddDays(-(gap == 0 ? 7 : gap));
                    value = DateValues.Interval(from, to);
                }

                return true;
            }
        }

        var after = context.IsMark(j, '،') || context.IsMark(j, ',') ? j + 1 : j;
        if (context.TryDayOfMonth(after, out _) && TryAbsolute(after, out _, out var dateNext, out var dateValue, out var hasDay) && hasDay)
        {
            next = dateNext;
            value = dateValue;
            return true;
        }

        if (context.IsWord(after) && TryHijri(after, out _, out dateNext, out dateValue))
        {
            hijri = true; // «الأحد 12 رجب 1446 هـ»: the weekday belongs to the date it names (docs/gold-conventions.md)
            next = dateNext;
            value = dateValue;
            return true;
        }

        if (context.IsWord(after) && TryNumeric(after, out _, out dateNext, out dateValue))
        {
            next = dateNext; // «الأحد 26-05-2024»
            value = dateValue;
            return true;
        }

        _ = weekdayIndex;
        value = published is { } pub
            ? DateValues.Day(DateValues.Weekday(pub, weekday, IsFutureContext(weekdayIndex) ? 1 : 0, strict: false))
            : null;
        return true;
    }

    private bool TryWeekdayAt(int k, out DayOfWeek weekday, out int length)
    {
        foreach (var (stem, _) in context.Stems(k))
        {
            if (Lexicon.Weekdays.TryMatch(context.Words, k, stem, out weekday, out length))
            {
                return true;
            }
        }

        weekday = default;
        length = 0;
        return false;
    }

    /// <summary>عام 2019 (the marker in the span), في 2014 (only the year).</summary>
    private bool TryYear(int i, out int start, out int next, out string? value)
    {
        start = next = 0;
        value = null;
        foreach (var (stem, stemStart) in context.Stems(i))
        {
            if (Lexicon.YearMarkers.TryGetSingle(stem, out var inSpan) && context.TryYear(i + 1, out var year))
            {
                start = inSpan ? stemStart : context.Words[i + 1].Start;
                next = i + 2;
                value = DateValues.Year(year);
                if (TryPeriodModifier(i, out _, out var month, out var underPreposition))
                {
                    // «مطلع 2027» is its January; «بنهاية 2026» the year alone, as after a relative year.
                    start = underPreposition ? context.Words[i + 1].Start : start;
                    value = underPreposition ? value : InMonthOfYear(value, month);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A year with no marker word: «اتفاق 2015», «موازنة 2024», «نسخة 2019», «© 2018», «للسنوات 2023 و2024». Four digits
    /// from 1900 to 2099 that count nothing (no noun, scale or percent after them) and follow no word that makes
    /// them an amount or a label (نحو، أكثر من، رقم، القرار).
    /// </summary>
    private bool TryBareYear(int i, out int start, out int next, out string? value)
    {
        start = next = 0;
        value = null;
        foreach (var (stem, stemStart) in context.Stems(i))
        {
            if (stem.Length != 4 || !int.TryParse(stem, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                || year is < 1900 or > 2099 || !AllowsBareYearBefore(i, joined: stemStart > context.Words[i].Start) || CountsAfter(i + 1))
            {
                continue;
            }

            start = stemStart;
            next = i + 1;
            value = DateValues.Year(year);
            return true;
        }

        return false;
    }

    /// <summary>The words before a bare year: not a number (unless the year is <paramref name="joined"/> to it by و:
    /// 2023 و2024), not an amount's or a label's word (نحو، رقم) nor a name's (رؤية 2030), also across a preposition of not-year-bridges.txt
    /// (أكثر من 2000).</summary>
    private bool AllowsBareYearBefore(int i, bool joined)
    {
        var before = i - 1;
        if (before < 0 || !context.IsWord(before))
        {
            return true;
        }

        var folded = context.FoldedAt(before);
        if (folded.Length > 0 && char.IsAsciiDigit(folded[^1]))
        {
            // «2023 و2024» lists years; «3000 صنف و2000 صنف» lists amounts.
            return joined && IsListedYear(before);
        }

        if (HasStemIn(before, Lexicon.NotYearContexts) || HasStemIn(before, Lexicon.NonQuantityContexts) || FollowsNameHead(before))
        {
            return false;
        }

        return !(Lexicon.NotYearBridges.Contains(folded) && before > 0 && HasStemIn(before - 1, Lexicon.NotYearContexts));
    }

    /// <summary>Whether a name's head (year-name-heads.txt) stands at <paramref name="last"/> or up to two words before
    /// it with only words between: «رؤية 2030», «كأس العالم 2034», «بكأس أمم أفريقيا 2019» name an edition, not a date.</summary>
    private bool FollowsNameHead(int last)
    {
        for (var k = last; k >= 0 && k > last - 3 && context.IsWord(k); k--)
        {
            if (HasStemIn(k, Lexicon.YearNameHeads))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A year from 1900 to 2099 at <paramref name="index"/>, with or without و before it (2023 و2024 و2025).</summary>
    private bool IsListedYear(int index)
    {
        foreach (var (stem, _) in context.Stems(index))
        {
            if (stem.Length == 4 && int.TryParse(stem, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && year is >= 1900 and <= 2099)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word, or the word without its proclitics (وأكثر → أكثر), is in <paramref name="words"/>.</summary>
    private bool HasStemIn(int index, HashSet<string> words)
    {
        if (!context.IsWord(index))
        {
            return false;
        }

        foreach (var (stem, _) in context.Stems(index))
        {
            if (words.Contains(stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="index"/> makes the number before it an amount: a counted noun, a
    /// scale word (2000 ألف) or a percent.</summary>
    private bool CountsAfter(int index)
    {
        if (!context.IsWord(index))
        {
            return context.FoldedAt(index) is "%" or "٪";
        }

        return Lexicon.NumberWords.ContainsWord(context.FoldedAt(index))
            || reader.TryReadNoun(index, allowAccusative: true, CountedNounForm.Singular, out _, out _);
    }

    /// <summary>قبل عامين، قبل ثلاثة أشهر، قبل أسبوع — unless an event anchors it (قبل عامين من الحرب); after a future
    /// cue, بعد أربعة أسابيع ahead.</summary>
    private bool TryAgo(int i, out int start, out int next, out string? value)
    {
        start = next = 0;
        value = null;
        foreach (var (stem, stemStart) in context.Stems(i))
        {
            var direction = Lexicon.AgoWords.Contains(stem) ? -1 : Lexicon.AheadWords.Contains(stem) ? 1 : 0;
            if (direction == 0)
            {
                continue;
            }

            var j = i + 1;
            string unit;
            double amount;
            if (reader.TryRead(j, out var number) && !number.Definite
                && reader.TryReadNoun(number.Next, allowAccusative: false, out unit, out next))
            {
                amount = number.Value;
            }
            else if (reader.TryReadDual(j, out _, out var dual, out next))
            {
                unit = dual.Unit;
                amount = 2;
            }
            else if (context.IsWord(j) && Lexicon.CountedNouns.TryGetSingle(context.FoldedAt(j), out var single)
                && single.Singular == context.FoldedAt(j))
            {
                unit = single.Unit;
                amount = 1;
                next = j + 1;
                if (reader.TryReadDigits(next, out var year) && year.IsInteger && !year.Grouped && year.Value is >= 1000 and <= 2100)
                {
                    return false; // منذ عام 2011: a year named, not «a year ago»
                }
            }
            else
            {
                return false;
            }

            // «على أن» after the duration introduces what was said (شدد قبل شهرين على أن ...), not an event.
            // A duration ahead counts from publication only when no date after publication stands before it in its
            // sentence: «تبدأ المرحلة في 3 يونيو المقبل وتنتهي بعد أسبوعين» ends two weeks after 3 June.
            if (unit is not ("days" or "weeks" or "months" or "years" or "decades")
                || (Lexicon.AnchorWords.Contains(context.FoldedAt(next)) && context.FoldedAt(next + 1) != "ان")
                || (direction > 0 && (!IsFutureContext(i) || InSentenceAfter(lastAheadEnd, i))))
            {
                return false;
            }

            start = stemStart;
            value = published is { } p ? DateValues.Ago(p, unit, amount, direction) : null;
            return true;
        }

        return false;
    }

    private bool TryStem(int i, string folded, out int start)
    {
        foreach (var (stem, stemStart) in context.Stems(i))
        {
            if (stem == folded)
            {
                start = stemStart;
                return true;
            }
        }

        start = 0;
        return false;
    }

    /// <summary>Whether a future cue (سوف، المقرر، سيعقد ...) stands shortly before word <paramref name="i"/> in its line.</summary>
    private bool IsFutureContext(int i)
    {
        if (context.IsWord(i - 1) && Lexicon.PastAnchors.Contains(context.FoldedAt(i - 1)))
        {
            return false; // «يلعب منذ 20 يناير»
        }

        var cue = false;
        for (var k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            var word = context.Words[k];
            if (word.IsLineBreak || (word.IsPunctuation && word.Folded is "." or "؟" or "!"))
            {
                return cue;
            }

            if (!word.IsPunctuation && (Lexicon.FutureCues.Contains(word.Folded) || IsFutureVerb(word.Folded)))
            {
                // «كانت مقررة الأحد»، «كان من المقرر أن تبدأ الأحد»: a past auxiliary before a cue tells of a plan that
                // was, not one ahead, whatever cue comes after it.
                var before = context.FoldedAt(k - 1) == "من" ? k - 2 : k - 1;
                if (context.IsWord(before) && Lexicon.PastAuxiliaries.Contains(context.FoldedAt(before)))
                {
                    return false;
                }

                cue = true;
            }
        }

        return cue || FollowsFutureDate(i);
    }

    /// <summary>A verb with the future prefix سـ on an imperfect ي/ت (ستخفض، سيعود، سيمثلان). Words that begin the same
    /// way but are no such verb mostly have a long vowel third (ستيفن، سياتل، ستورغيس) or end in ة, ا, ت, ي or a
    /// plural (سيارة، سينما، سيطرت، سياسات، ستين); the rest that news names often (سيناء، سيناتور) are listed in
    /// not-future-verbs.txt.</summary>
    private bool IsFutureVerb(string folded) =>
        folded.Length is >= 5 and <= 8 && folded[0] == 'س' && folded[1] is 'ي' or 'ت' && folded[2] is not ('ا' or 'و' or 'ي')
        && folded[^1] is not ('ه' or 'ي' or 'و' or 'ا' or 'ت')
        && !folded.EndsWith("ات", StringComparison.Ordinal) && !folded.EndsWith("ين", StringComparison.Ordinal)
        && !Lexicon.NotFutureVerbs.Contains(folded);

    /// <summary>Whether a date read as ahead of publication ends shortly before word <paramref name="i"/> in the same
    /// sentence.</summary>
    private bool FollowsFutureDate(int i) => i - lastFutureEnd <= MaxScheduleGap && InSentenceAfter(lastFutureEnd, i);

    /// <summary>Whether word <paramref name="from"/> (where a date ended; -1 for none) lies before word
    /// <paramref name="i"/> in the same sentence.</summary>
    private bool InSentenceAfter(int from, int i)
    {
        if (from < 0 || from > i)
        {
            return false;
        }

        for (var k = from; k < i; k++)
        {
            var word = context.Words[k];
            if (word.IsLineBreak || (word.IsPunctuation && word.Folded is "." or "؟" or "!"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A day of the month with a one-letter proclitic (و، ب، ل) glued to it; <paramref name="length"/> is how
    /// many body characters come before its first digit.</summary>
    private bool TryCliticDay(int index, out int day, out int length)
    {
        day = 0;
        length = 0;
        if (!context.IsWord(index))
        {
            return false;
        }

        var folded = context.Words[index].Folded;
        if (folded.Length is < 2 or > 3 || folded[0] is not ('و' or 'ب' or 'ل')
            || !int.TryParse(folded.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day)
            || day is < 1 or > 31)
        {
            return false;
        }

        var word = context.Words[index];
        var at = word.Start;
        while (at < word.End && !char.IsDigit(context.Body[at]))
        {
            at++;
        }

        length = at - word.Start;
        return at < word.End;
    }

    private void MarkExclusions(ImmutableArray<string> outlets)
    {
        var words = context.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].IsPunctuation)
            {
                continue;
            }

            var folded = words[i].Folded;
            // «بجامع الجمعة»: a phrase under a one-letter proclitic is excluded as well.
            if (Lexicon.DateExclusions.TryMatch(words, i, folded, out _, out var length)
                || (folded.Length >= 4 && IsProclitic(folded[0]) && Lexicon.DateExclusions.TryMatch(words, i, folded.AsSpan(1), out _, out length)))
            {
                Exclude(i, length);
            }
        }

        if (!outlets.IsDefault)
        {
            foreach (var outlet in outlets)
            {
                ExcludeOutletName(outlet);
            }
        }
    }

    /// <summary>The name of an outlet the page credits (جزر القمر اليوم), or of the page's own site, is a name wherever
    /// the body cites it.</summary>
    private void ExcludeOutletName(string outlet)
    {
        if (!outlet.Contains(' '))
        {
            return; // one word: no phrase to look for (FoldPhrase would give fewer than two words)
        }

        var words = FactFold.FoldPhrase(outlet);
        if (words.Length < 2)
        {
            return;
        }

        for (var i = 0; i + words.Length <= context.Count; i++)
        {
            var folded = context.FoldedAt(i);
            if ((folded == words[0] || (folded.Length == words[0].Length + 1 && IsProclitic(folded[0]) && folded.AsSpan(1).SequenceEqual(words[0])))
                && FollowedBy(i, words))
            {
                Exclude(i, words.Length);
            }
        }
    }

    private static bool IsProclitic(char c) => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك';

    private bool FollowedBy(int i, string[] words)
    {
        for (var k = 1; k < words.Length; k++)
        {
            if (context.FoldedAt(i + k) != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private void Exclude(int from, int length)
    {
        for (var k = from; k < from + length; k++)
        {
            excluded[k] = true;
        }
    }

    private bool Excluded(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (excluded[k])
            {
                return true;
            }
        }

        return false;
    }
}
