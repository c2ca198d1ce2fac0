using System.Globalization;
using System.Runtime.CompilerServices;
using Marsad.Knowledge;

namespace Marsad.Facts;

/// <summary>
/// Every word list the quantity and date recognisers use, loaded once per <see cref="ResourceFiles"/> from
/// <c>Resources/facts/</c> (and the user's folder of the same layout). Read-only after loading, so thread-safe.
/// </summary>
internal sealed class FactsLexicon
{
    private const string Folder = "facts/";
    private static readonly ConditionalWeakTable<ResourceFiles, FactsLexicon> Cache = new();

    private FactsLexicon(ResourceFiles files)
    {
        foreach (var row in Rows(files, "number-words.tsv", 4))
        {
            var kind = ParseKind(row.Cells[2], row.Where);
            NumberWords.Add(row.Cells[0], new NumberWord(ParseDouble(row.Cells[1], row.Where), kind, row.Cells[3] != "no"));
        }

        foreach (var row in Rows(files, "counted-nouns.tsv", 2))
        {
            var dual = row.Cells.Length > 3 ? row.Cells[3].Trim() : "no";
            var noun = new CountedNoun(FactFold.Fold(row.Cells[0]), row.Cells[1].Trim(), dual is "both" or "an", dual == "both");
            CountedNouns.Add(row.Cells[0], noun);
            if (row.Cells.Length > 2)
            {
                foreach (var form in row.Cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    CountedNouns.Add(form, noun);
                }
            }

            DualStems.TryAdd(noun.Singular, noun);
        }

        foreach (var row in Rows(files, "months.tsv", 2))
        {
            Months.Add(row.Cells[0], new MonthName(ParseMonth(row.Cells[1], row.Where), row.Cells.Length > 2 && row.Cells[2].Trim() == "yes"));
        }

        foreach (var row in Rows(files, "hijri-months.tsv", 2))
        {
            HijriMonths.Add(row.Cells[0], ParseMonth(row.Cells[1], row.Where));
        }

        foreach (var row in Rows(files, "weekdays.tsv", 2))
        {
            var day = ParseInt(row.Cells[1], row.Where);
            if (day is < 0 or > 6)
            {
                throw new InvalidDataException($"{row.Where}: day '{row.Cells[1]}' is not between 0 (Sunday) and 6");
            }

            Weekdays.Add(row.Cells[0], (DayOfWeek)day);
        }

        foreach (var row in Rows(files, "relative-dates.tsv", 3))
        {
            var unit = row.Cells[1].Trim() switch
            {
                "day" => RelativeUnit.Day,
                "week" => RelativeUnit.Week,
                "month" => RelativeUnit.Month,
                "year" => RelativeUnit.Year,
                var other => throw new InvalidDataException($"{row.Where}: unknown unit '{other}' (day, week, month, year)"),
            };
            RelativeDates.Add(row.Cells[0], new RelativePhrase(unit, ParseInt(row.Cells[2], row.Where)));
        }

        foreach (var row in Rows(files, "directions.tsv", 2))
        {
            Directions.Add(row.Cells[0], row.Cells[1].Trim() == "future" ? 1 : -1);
        }

        foreach (var row in Rows(files, "year-markers.tsv", 2))
        {
            YearMarkers.Add(row.Cells[0], row.Cells[1].Trim() == "yes");
        }

        foreach (var row in Rows(files, "year-parts.tsv", 3))
        {
            var first = ParseInt(row.Cells[1], row.Where);
            var last = ParseInt(row.Cells[2], row.Where);
            if (first is < 1 or > 12 || last < first || last > 12)
            {
                throw new InvalidDataException($"{row.Where}: months '{row.Cells[1]}'-'{row.Cells[2]}' are not a span of 1-12");
            }

            YearParts.Add(row.Cells[0], (first, last));
        }

        foreach (var row in Rows(files, "decades.tsv", 2))
        {
            Decades.Add(row.Cells[0], ParseInt(row.Cells[1], row.Where));
        }

        foreach (var row in Rows(files, "centuries.tsv", 3))
        {
            var relative = row.Cells[1].Trim() switch
            {
                "relative" => true,
                "absolute" => false,
                var other => throw new InvalidDataException($"{row.Where}: unknown kind '{other}' (relative, absolute)"),
            };
            Centuries.Add(row.Cells[0], (relative, ParseInt(row.Cells[2], row.Where)));
        }

        foreach (var row in Rows(files, "day-ordinals.tsv", 2))
        {
            var from = row.Cells.Length < 3 || ParseYesNo(row.Cells[2], row.Where, "from");
            DayOrdinals.Add(row.Cells[0], (ParseInt(row.Cells[1], row.Where), from));
        }

        foreach (var row in Rows(files, "part-words.tsv", 4))
        {
            PartWords.Add(row.Cells[0], new PartWord(ParseDouble(row.Cells[1], row.Where), ParseYesNo(row.Cells[2], row.Where, "cardinal"), ParseYesNo(row.Cells[3], row.Where, "alone")));
        }

        foreach (var (cells, where) in Rows(files, "day-parts.txt", 1, hasHeader: false))
        {
            var kind = cells.Length < 2 ? DayPartKind.Part : cells[1].Trim() switch
            {
                "night" => DayPartKind.Night,
                "midnight" => DayPartKind.Midnight,
                var other => throw new InvalidDataException($"{where}: unknown kind '{other}' (night, midnight)"),
            };
            DayParts.Add(cells[0].Trim(), kind);
        }

        foreach (var line in files.ReadLines(Folder + "date-exclusions.txt"))
        {
            DateExclusions.Add(line.Trim(), true);
        }

        FutureCues = files.ReadLines(Folder + "future-cues.txt").Select(l => FactFold.Fold(l.Trim())).ToHashSet(StringComparer.Ordinal);
        AgoWords = ReadSet(files, "ago-words.txt");
        AheadWords = ReadSet(files, "ahead-words.txt");
        var rangeWords = files.ReadTsv(Folder + "range-words.tsv", hasHeader: false).Where(r => r.Length >= 2).ToLookup(r => r[0].Trim(), r => FactFold.Fold(r[1].Trim()), StringComparer.Ordinal);
        RangeBetweenWords = rangeWords["between"].ToHashSet(StringComparer.Ordinal);
        RangeFromWords = rangeWords["from"].ToHashSet(StringComparer.Ordinal);
        RangeToWords = rangeWords["to"].ToHashSet(StringComparer.Ordinal);
        foreach (var (cells, where) in Rows(files, "period-modifiers.txt", 1, hasHeader: false))
        {
            PeriodModifiers[FactFold.Fold(cells[0].Trim())] = cells.Length < 2 ? 0 : ParseMonth(cells[1], where);
        }

        SeasonWords = ReadSet(files, "season-words.txt");
        YearNameHeads = ReadSet(files, "year-name-heads.txt");
        CurrentWords = ReadSet(files, "current-words.txt");
        AnchorWords = ReadSet(files, "anchor-words.txt");
        NotCounted = ReadSet(files, "not-counted.txt");
        UnitAdjectives = ReadSet(files, "unit-adjectives.txt");
        PastAuxiliaries = ReadSet(files, "past-auxiliaries.txt");
        NotNouns = ReadSet(files, "not-nouns.txt");
        NotDuals = ReadSet(files, "not-duals.txt");
        NotPartWholes = ReadSet(files, "not-part-wholes.txt");
        NotFutureVerbs = ReadSet(files, "not-future-verbs.txt");
        DualStemSpans = DualStems.GetAlternateLookup<ReadOnlySpan<char>>();
        OrdinalUnits = ReadSet(files, "ordinal-units.txt");
        NonQuantityContexts = files.ReadLines(Folder + "non-quantity-contexts.txt").Select(l => FactFold.Fold(l.Trim())).ToHashSet(StringComparer.Ordinal);
        NotYearContexts = ReadSet(files, "not-year-contexts.txt");
        NotYearBridges = ReadSet(files, "not-year-bridges.txt");
        TimeUnits = files.ReadLines(Folder + "time-units.txt").Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        PronounSuffixes = [.. files.ReadLines(Folder + "pronoun-suffixes.txt").Select(l => FactFold.Fold(l.Trim())).Where(l => l.Length > 0)];
        NameHeads = ReadSet(files, "name-heads.txt");
        PastAnchors = ReadSet(files, "past-anchors.txt");
    }

    /// <summary>Words right before a date that keep it in the past despite a future cue (منذ).</summary>
    public HashSet<string> PastAnchors { get; }

    /// <summary>Parts of a year (الربع الثاني): their first and last month.</summary>
    public PhraseTable<(int First, int Last)> YearParts { get; } = new();

    /// <summary>Decade words (ثلاثينيات): the decade's first year within its century.</summary>
    public PhraseTable<int> Decades { get; } = new();

    /// <summary>Centuries after a decade word: relative to publication (offset) or absolute (first year).</summary>
    public PhraseTable<(bool Relative, int Value)> Centuries { get; } = new();

    /// <summary>Words naming a part of a whole that count by themselves (ثلث الأراضي).</summary>
    public PhraseTable<PartWord> PartWords { get; } = new();

    /// <summary>Words after a part word that make it part of a name (ربع النهائي), not a share.</summary>
    public HashSet<string> NotPartWholes { get; }

    /// <summary>Ordinal days of a month (الأول من يناير), and whether «من» must stand before the month (not after أول).</summary>
    public PhraseTable<(int Day, bool NeedsFrom)> DayOrdinals { get; } = new();

    /// <summary>Unit codes that measure time, whose definite dual is a quantity (خلال العامين).</summary>
    public HashSet<string> TimeUnits { get; }

    /// <summary>Possessive suffixes on a plural before a definite number (أيامها الأربعة), longest first.</summary>
    public IReadOnlyList<string> PronounSuffixes { get; }

    /// <summary>Words that make «plural + definite number» after them a name (مجموعة الدول السبع).</summary>
    public HashSet<string> NameHeads { get; }

    public PhraseTable<NumberWord> NumberWords { get; } = new();

    public PhraseTable<CountedNoun> CountedNouns { get; } = new();

    /// <summary>Folded singular forms, for recognising duals (وزيران → وزير).</summary>
    public Dictionary<string, CountedNoun> DualStems { get; } = new(StringComparer.Ordinal);

    /// <summary><see cref="DualStems"/> looked up from a span: a dual's ending cut off without a new string.</summary>
    public Dictionary<string, CountedNoun>.AlternateLookup<ReadOnlySpan<char>> DualStemSpans { get; }

    public PhraseTable<MonthName> Months { get; } = new();

    /// <summary>Hijri month names (رجب، ذو الحجة) and their number in the Hijri year.</summary>
    public PhraseTable<int> HijriMonths { get; } = new();

    public PhraseTable<DayOfWeek> Weekdays { get; } = new();

    public PhraseTable<RelativePhrase> RelativeDates { get; } = new();

    /// <summary>-1 for past (الماضي), +1 for future (المقبل).</summary>
    public PhraseTable<int> Directions { get; } = new();

    /// <summary>Words before a year; the value says whether the word is part of the date text.</summary>
    public PhraseTable<bool> YearMarkers { get; } = new();

    /// <summary>Words naming a part of a period (منتصف، مطلع): they join the date after them. The value is the month
    /// the part names in a year (نهاية → 12), or 0 where the year stays the value.</summary>
    public Dictionary<string, int> PeriodModifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Words before a bare year that make it part of a name (رؤية 2030): no date.</summary>
    public HashSet<string> YearNameHeads { get; }

    /// <summary>Words before two consecutive years naming a season across both (موسم 2019-2020).</summary>
    public HashSet<string> SeasonWords { get; }

    /// <summary>Words after a month meaning the publication year's month (الجاري).</summary>
    public HashSet<string> CurrentWords { get; }

    /// <summary>Parts of the day before a relative day or a weekday (فجر، مساء، منتصف ليل) and what they do to it.</summary>
    public PhraseTable<DayPartKind> DayParts { get; } = new();

    public PhraseTable<bool> DateExclusions { get; } = new();

    public HashSet<string> FutureCues { get; }

    public HashSet<string> NonQuantityContexts { get; }

    /// <summary>Words before a bare four-digit number that make it an amount (نحو 2000، أكثر من 1900), not a year.</summary>
    public HashSet<string> NotYearContexts { get; }

    /// <summary>Prepositions between such a word and the number (أكثر من، ما يزيد على) that keep it an amount.</summary>
    public HashSet<string> NotYearBridges { get; }

    /// <summary>Words that turn a duration after a future cue into a date ahead (بعد أربعة أسابيع).</summary>
    public HashSet<string> AheadWords { get; }

    /// <summary>قبل، منذ: a duration after them is a date in the past.</summary>
    public HashSet<string> AgoWords { get; }

    /// <summary>Words opening a range whose second bound carries a glued «و» (بين): <c>facts/range-words.tsv</c>.</summary>
    public HashSet<string> RangeBetweenWords { get; }

    /// <summary>Words opening a range whose bounds a <see cref="RangeToWords"/> word joins (من).</summary>
    public HashSet<string> RangeFromWords { get; }

    /// <summary>Words joining a range's bounds after a <see cref="RangeFromWords"/> opening (إلى، حتى).</summary>
    public HashSet<string> RangeToWords { get; }

    /// <summary>Words after «قبل + duration» that anchor it to an event (من، على).</summary>
    public HashSet<string> AnchorWords { get; }

    /// <summary>Ordinal units (الحادي، الثانية ...) that make a following عشر/عشرة part of an ordinal.</summary>
    public HashSet<string> OrdinalUnits { get; }

    /// <summary>Adverbs in -ا that are not the thing counted.</summary>
    public HashSet<string> NotCounted { get; }

    /// <summary>Adjectives right after a counted noun that name a kind of the unit (ميلا بحريا): part of the amount.</summary>
    public HashSet<string> UnitAdjectives { get; }

    /// <summary>Past forms of كان: right before a future cue (كانت مقررة) they cancel it.</summary>
    public HashSet<string> PastAuxiliaries { get; }

    /// <summary>Prepositions, particles and pronouns: never the noun a number counts.</summary>
    public HashSet<string> NotNouns { get; }

    /// <summary>Words in -تين/-تان that are no dual (هاتين، foreign names), and names spelled like a listed noun's dual (ميلان).</summary>
    public HashSet<string> NotDuals { get; }

    /// <summary>Places, titles and names that begin like a verb with the future prefix (سيناء، سيناتور): no future cue.</summary>
    public HashSet<string> NotFutureVerbs { get; }

    public static FactsLexicon For(ResourceFiles files) => Cache.GetValue(files, f => new FactsLexicon(f));

    private static IEnumerable<(string[] Cells, string Where)> Rows(ResourceFiles files, string name, int minCells, bool hasHeader = true)
    {
        var n = 0;
        foreach (var line in files.ReadLines(Folder + name, hasHeader))
        {
            n++;
            var cells = line.Split('\t');
            var where = $"{Folder}{name} (data row {n})";
            if (cells.Length < minCells || string.IsNullOrWhiteSpace(cells[0]))
            {
                throw new InvalidDataException($"{where}: expected {minCells} tab-separated columns, got '{line}'");
            }

            yield return (cells, where);
        }
    }

    private static HashSet<string> ReadSet(ResourceFiles files, string name) =>
        files.ReadLines(Folder + name).Select(l => FactFold.Fold(l.Trim())).ToHashSet(StringComparer.Ordinal);

    private static NumberWordKind ParseKind(string text, string where) => text.Trim() switch
    {
        "unit" => NumberWordKind.Unit,
        "ten" => NumberWordKind.Ten,
        "tens" => NumberWordKind.Tens,
        "hundred" => NumberWordKind.Hundred,
        "scale" => NumberWordKind.Scale,
        "scale-plural" => NumberWordKind.ScalePlural,
        "fraction" => NumberWordKind.Fraction,
        var other => throw new InvalidDataException($"{where}: unknown kind '{other}'"),
    };

    private static bool ParseYesNo(string text, string where, string column) => text.Trim() switch
    {
        "yes" => true,
        "no" => false,
        var other => throw new InvalidDataException($"{where}: {column} '{other}' is not yes or no"),
    };

    private static double ParseDouble(string text, string where) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{where}: '{text}' is not a number");

    private static int ParseMonth(string text, string where) =>
        ParseInt(text, where) is var month and >= 1 and <= 12
            ? month
            : throw new InvalidDataException($"{where}: month '{text.Trim()}' is not between 1 and 12");

    private static int ParseInt(string text, string where) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{where}: '{text}' is not an integer");
}
