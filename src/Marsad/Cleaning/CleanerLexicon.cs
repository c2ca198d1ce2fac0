using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Marsad.Knowledge;
using Marsad.Quotes;

namespace Marsad.Cleaning;

/// <summary>
/// The cleaner's knowledge, loaded once per <see cref="ResourceFiles"/>: boilerplate patterns, agencies and outlets
/// (<c>gazetteers/agencies.tsv</c> plus the cleaner's fallback list), non-outlet byline words, photo credits,
/// month and weekday names. All keys are in <see cref="MatchText"/> form.
/// </summary>
internal sealed partial class CleanerLexicon
{
    private static readonly ConcurrentDictionary<ResourceFiles, CleanerLexicon> Cache = new();

    private CleanerLexicon(ResourceFiles files)
    {
        // One list of source labels for the patterns ({source:FORM}) and the credit reader.
        var sourceLabels = files.ReadTsv("cleaning/source-labels.tsv").Where(r => r.Length >= 2 && r[0].Trim().Length > 0)
            .Select(r => (Label: r[0].Trim(), Form: r[1].Trim())).ToList();
        SourceLabels = [.. sourceLabels.Select(l => l.Label).Distinct()];
        SourcePrefix = new Regex(@"^[\s*(]*(?:" + string.Join('|', SourceLabels.OrderByDescending(l => l.Length).Select(Regex.Escape))
            + @")\s*[:：]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var patterns = new List<BoilerplatePattern>();
        foreach (var row in files.ReadTsv("cleaning/boilerplate-patterns.tsv"))
        {
            if (row.Length < 2 || string.IsNullOrWhiteSpace(row[1]))
            {
                continue;
            }

            try
            {
                // Patterns come from data files users extend: the non-backtracking engine runs in linear time, so a
                // bad pattern or a hostile line can neither hang the cleaner nor time out under load.
                // The syntax is checked now with the cheap backtracking parser (same grammar); the non-backtracking
                // regex itself is built on first use.
                const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
                var pattern = MatchText.NormalizePattern(SourceLabelForms().Replace(row[1].Trim(), m => SourceLabelAlternation(sourceLabels, m.Groups["form"].Value)));
                _ = new Regex(pattern, options & ~RegexOptions.NonBacktracking);
                patterns.Add(new BoilerplatePattern(patterns.Count, row[0].Trim(), pattern, options));
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"cleaning/boilerplate-patterns.tsv: bad pattern '{row[1]}': {ex.Message}", ex);
            }
        }

        PatternGroups = [.. BoilerplatePatternGroup.Build(patterns)];
        var agencies = new Dictionary<string, string>();
        var wires = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "gazetteers/agencies.tsv", "cleaning/agencies-extra.tsv" })
        {
            foreach (var row in files.ReadTsv(file))
            {
                var names = new List<string> { row[0] };
                if (row.Length > 1)
                {
                    names.AddRange(row[1].Split('|'));
                }

                foreach (var name in names.Select(n => MatchText.Normalize(n)).Where(n => n.Length > 0))
                {
                    agencies.TryAdd(name, row[0].Trim());
                    if (row.Length > 2 && row[2].Trim() == "agency")
                    {
                        wires.Add(name);
                    }
                }
            }
        }

        Agencies = agencies.ToFrozenDictionary();
        WireAgencies = wires.ToFrozenSet();
        NotOutlets = files.ReadLines("cleaning/not-outlets.txt").Select(MatchText.Normalize).ToFrozenSet();
        PhotoCredits = files.ReadLines("cleaning/photo-credits.txt").Select(MatchText.Normalize).ToFrozenSet();
        FirstNames = files.ReadLines("gazetteers/person-first-names.txt").Select(l => MatchText.Normalize(l.Split('\t')[0]))
            .Except(files.ReadLines("cleaning/place-first-words.txt").Select(MatchText.Normalize))
            .ToFrozenSet();
        Weekdays = files.ReadLines("cleaning/weekdays.txt").Select(MatchText.Normalize).ToFrozenSet();
        // One Hijri month table for both stages: the date stage's names and numbers; the cleaner needs the names only.
        HijriMonths = [.. files.ReadTsv("facts/hijri-months.tsv").Select(row => MatchText.Normalize(row[0])).Where(m => m.Length > 0).Distinct()];
        HijriMonthWords = HijriMonths.SelectMany(m => m.Split(' ')).ToFrozenSet();
        var months = new Dictionary<string, int>();
        foreach (var row in files.ReadTsv("cleaning/months.tsv"))
        {
            if (row.Length >= 2 && int.TryParse(row[1], out var month) && month is >= 1 and <= 12)
            {
                months.TryAdd(MatchText.Normalize(row[0]), month);
            }
        }

        Months = months.ToFrozenDictionary();
        Places = new[] { "gazetteers/places-cities.txt", "gazetteers/places-countries.txt", "cleaning/dateline-places.txt" }
            .SelectMany(f => files.ReadLines(f)).Select(l => MatchText.Normalize(l.Split('\t')[0])).Where(l => l.Length > 0).ToFrozenSet();
        PlaceLookup = Places.GetAlternateLookup<ReadOnlySpan<char>>();
        SiteWords = files.ReadLines("cleaning/site-words.txt").Select(MatchText.Normalize).ToFrozenSet();
        DeskWords = files.ReadLines("cleaning/desk-words.txt").Select(MatchText.Normalize).ToFrozenSet();
        WriterTitles = files.ReadLines("cleaning/writer-titles.txt").Select(MatchText.Normalize).ToFrozenSet();
        BodyHeads = files.ReadTsv("linking/chunk-heads.tsv").Where(r => r.Length > 1 && r[1] == "ORG")
            .Select(r => MatchText.Normalize(r[0])).ToFrozenSet();
    }

    /// <summary>The words that open a source line (<c>cleaning/source-labels.tsv</c>: المصدر، نقلا عن), as written.</summary>
    public IReadOnlyList<string> SourceLabels { get; }

    /// <summary>A raw source line's label (any of <see cref="SourceLabels"/>, longest first), maybe bracketed or starred,
    /// with its colon: what the credit reader strips before it reads the names.</summary>
    public Regex SourcePrefix { get; }

    /// <summary>The patterns in groups that one linear scan can rule out together (each group in file order).</summary>
    public IReadOnlyList<BoilerplatePatternGroup> PatternGroups { get; }

    /// <summary>Agency and outlet names and aliases → canonical name.</summary>
    public FrozenDictionary<string, string> Agencies { get; }

    public FrozenSet<string> NotOutlets { get; }

    public FrozenSet<string> PhotoCredits { get; }

    public FrozenSet<string> Weekdays { get; }

    /// <summary>Given names (<c>gazetteers/person-first-names.txt</c>): a byline segment starting with one names the
    /// writer, not the place.</summary>
    public FrozenSet<string> FirstNames { get; }

    public FrozenDictionary<string, int> Months { get; }

    /// <summary>Hijri month names (the first column of <c>facts/hijri-months.tsv</c>): a Hijri date is part of a timestamp
    /// line.</summary>
    public IReadOnlyList<string> HijriMonths { get; }

    /// <summary>The words of the Hijri month names (<c>جمادى</c>, <c>الاخره</c>), to walk over a date word by word.</summary>
    public FrozenSet<string> HijriMonthWords { get; }

    /// <summary>Cities and countries (gazetteers plus <c>cleaning/dateline-places.txt</c>): a bare «X -» opening a story
    /// is a dateline only when X is one.</summary>
    public FrozenSet<string> Places { get; }

    /// <summary><see cref="Places"/> looked up by span, taken once.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLookup { get; }

    /// <summary>Words that name a kind of outlet (مجلة، بوابة، إذاعة): a short top line made of one is the site's name.</summary>
    public FrozenSet<string> SiteWords { get; }

    /// <summary>Words a desk adds after its outlet's name when it signs a story (<c>ديجيتال</c>, <c>نت</c>).</summary>
    public FrozenSet<string> DeskWords { get; }

    /// <summary>Words a writer's byline ends with after the name (<c>صحافية</c>, <c>مراسل</c>).</summary>
    public FrozenSet<string> WriterTitles { get; }

    /// <summary>Head words of organisations' names (the <c>ORG</c> rows of <c>linking/chunk-heads.tsv</c>: اتحاد، منظمة),
    /// without the article: a short first line opening with one names a body, which may be the site's own.</summary>
    public FrozenSet<string> BodyHeads { get; }

    /// <summary>Whether a normalized key opens with a body's head word or an outlet word (الأمانة العامة ...، البوابة ...).</summary>
    public bool OpensWithBodyOrSiteWord(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? key : key[..space];
        var bare = QuoteLexicon.WithoutArticle(first);
        return BodyHeads.Contains(bare) || SiteWords.Contains(first) || SiteWords.Contains(bare);
    }

    /// <summary>Whether a normalized key opens with a body's head word that is no outlet word (اتحاد ...، رابطة ...; not
    /// وكالة ...).</summary>
    public bool OpensWithBodyWord(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? key : key[..space];
        var bare = QuoteLexicon.WithoutArticle(first);
        return BodyHeads.Contains(bare) && !SiteWords.Contains(first) && !SiteWords.Contains(bare);
    }

    /// <summary>The labels of one form as a regex alternation; a form with no label would leave an empty group that
    /// matches every line, so it is refused.</summary>
    private static string SourceLabelAlternation(List<(string Label, string Form)> labels, string form)
    {
        var named = labels.Where(l => l.Form == form).Select(l => Regex.Escape(l.Label)).ToList();
        return named.Count > 0 ? string.Join('|', named)
            : throw new InvalidDataException($"cleaning/boilerplate-patterns.tsv: no source label of form '{form}' in cleaning/source-labels.tsv");
    }

    /// <summary>A pattern's place for the source labels of one form: <c>{source:label}</c>.</summary>
    [GeneratedRegex(@"\{source:(?<form>[a-z]+)\}")]
    private static partial Regex SourceLabelForms();

    public static CleanerLexicon For(ResourceFiles files) => Cache.GetOrAdd(files, f => new CleanerLexicon(f));

    /// <summary>The canonical name of the agency or outlet a byline segment names (also "وكالة X" for a known X); null
    /// when it names none.</summary>
    public string? CanonicalAgency(string normalizedSegment) =>
        Agencies.TryGetValue(normalizedSegment, out var name) ? name
        : normalizedSegment.StartsWith("وكاله ", StringComparison.Ordinal) && Agencies.TryGetValue(normalizedSegment[6..], out var named) ? named
        : null;

    /// <summary>The names of the news agencies (kind <c>agency</c>, not <c>outlet</c>), in <see cref="MatchText"/> form: an
    /// outlet's name is often a common word or a region (الجزيرة، العربية), an agency's seldom (واس، سانا).</summary>
    public FrozenSet<string> WireAgencies { get; }

    /// <summary>Whether a byline segment names an agency or outlet (also "وكالة X" for a known X).</summary>
    public bool IsAgency(string normalizedSegment) => CanonicalAgency(normalizedSegment) is not null;
}
