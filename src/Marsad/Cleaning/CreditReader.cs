using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>
/// Reads bylines and datelines (<c>X ـ outlet</c>, <c>outlet | X – Y – (agency)</c>, <c>X - متابعات</c>), source lines
/// (<c>المصدر: A, B</c>) and a dateline opening the first paragraph (<c>X (agency) - ...</c>).
/// </summary>
internal sealed partial class CreditReader(CleanerLexicon lexicon, TextDates dates)
{

    private static readonly char[] Separators = ['|', 'ـ', '–', '—', '-', '(', ')', '[', ']', '/', '\\', '•', '·'];
    private static readonly char[] Colons = [':', '：'];
    private const int MaxBracketedCreditWords = 3;
    private const int MaxPlaceLineWords = 3;
    private const int MaxSignedOpeningWords = 24;
    private const int MaxIssuerWords = 5;
    private const int MaxPlaceIssuerLineWords = 8;
    private const int MinReferenceListNames = 3;
    private const int MaxDeskLineWords = 4;
    private const int MaxWriterNameWords = 3;
    private static readonly char[] OpeningMarks = ['،', ',', '-', '–', '—', 'ـ', ':'];
    private static readonly char[] PlaceCommas = ['،', ','];
    /// <summary>What a credited name is trimmed of before it is looked up: <c>(رويترز)</c> names رويترز.</summary>
    internal const string NameBrackets = "() ";
    private static readonly char[] SegmentMarks = [':', '：', ' ', '\u00A0', '.', '،', ',', '«', '»', '"', '“', '”'];
    private static readonly char[] SourceSeparators = [',', '،', '/', '|', '+', '&', '؛', ';', '-', '–', '—', '(', ')'];


    /// <summary><c>بيروت (رويترز) -</c>, <c>X - (وكالة) -</c>, and a Spanish-style wire's <c>مدريد، 12 أغسطس (إفي).-</c>
    /// (a day and month, maybe a year, between the place and the agency; a Levantine month of two words too:
    /// <c>عمان 14 تشرين الأول (بترا) –</c>); the place may have its country after a comma (<c>صيدا، لبنان (رويترز) -</c>).</summary>
    [GeneratedRegex(@"^\s*(?:(?<place>[^\s\d()\-–—ـ:،,.""«]+(?:\s+[^\s\d()\-–—ـ:،,.""«]+){0,2})(?:\s*[،,]\s*(?<country>[^\s\d()\-–—ـ:،,.""«]+(?:\s+[^\s\d()\-–—ـ:،,.""«]+)?)(?=\s*\())?\s*(?:[،,]?\s*\d{1,2}\s+[^\s\d()/]+(?:\s+ال[^\s\d()/]+)?(?:\s*/\s*[^\s\d()/]+)?(?:\s+\d{4})?\s*)?(?:[-–—ـ]\s*)?)?\((?<agency>[^()]{1,40})\)\s*\.?\s*[-–—ـ:]")]
    private static partial Regex ParenthesisedOpening();

    [GeneratedRegex(@"^\s*(?<place>[^\s()\-–—ـ:،,.""«]+(?:\s+[^\s()\-–—ـ:،,.""«]+){0,2})\s*[-–—ـ]\s*(?<agency>[^\-–—ـ:()،,.]{1,30}?)\s*[-–—ـ:]")]
    private static partial Regex DashedOpening();

    /// <summary>The openings with the agency after a mark (<c>X (agency) -</c>, <c>X - agency:</c>), whether the agency is
    /// bracketed, and the marks one of which each pattern needs.</summary>
    private static readonly (Regex Regex, bool Bracketed, string Marks)[] MarkedOpenings =
        [(ParenthesisedOpening(), true, "("), (DashedOpening(), false, "-–—ـ")];

    /// <summary>A national agency's dateline: place, date, the agency between slashes (<c>X في 5 مارس 2023 /وكالة/ -</c>).
    /// The head stops at the first slash that is followed by a name without digits and a closing slash, so a month
    /// pair (<c>مارس/آذار</c>) stays in the date.</summary>
    [GeneratedRegex(@"^(?<head>[^\n/]{3,60}?(?:/[^\n/]{1,40}?)?)\s*/\s*(?<agency>[^/\d()\n]{2,40}?)\s*/\s*[-–—ـ:]?")]
    private static partial Regex SlashedOpening();

    /// <summary>A wire dateline with a numeric date before the agency's tag: <c>X 15-1-2021 وكالة- ...</c>.</summary>
    [GeneratedRegex(@"^\s*(?<place>[^\s\d()\-–—ـ:،,.""«]+(?:\s+[^\s\d()\-–—ـ:،,.""«]+){0,2})\s*[،,]?\s+(?<date>\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\s+(?<agency>[^\s\d()\-–—ـ:،,.]+(?:\s+[^\s\d()\-–—ـ:،,.]+){0,2}?)\s*[-–—ـ:]")]
    private static partial Regex NumericDatedOpening();

    /// <summary>A bare place and a dash or a slash opening the story (<c>X - أكد ...</c>, <c>X/ أكد ...</c>), maybe with
    /// its country after a comma (<c>X، Y - ...</c>): a dateline only when X (and Y) is a known place. Not a colon:
    /// «طهران: ...» is the country speaking as often as a dateline.</summary>
    [GeneratedRegex(@"^\s*(?<place>[^\s\d()\-–—ـ:،,.""«/]+(?:\s+[^\s\d()\-–—ـ:،,.""«/]+){0,2}?)(?:\s*[،,]\s*(?<region>[^\s\d()\-–—ـ:،,.""«/]+(?:\s+[^\s\d()\-–—ـ:،,.""«/]+){0,2}?))?\s*(?:[-–—ـ]\s|/)\s*\S")]
    private static partial Regex BarePlaceOpening();

    /// <summary>An agency's tag opening its lead, one to three words and a spaced dash, no place before it
    /// (<c>وطنية - واصل المجلس ...</c>, <c>واس - ...</c>).</summary>
    [GeneratedRegex(@"^\s*(?<agency>[^\s\d()\-–—ـ:،,.""«»/]+(?:\s+[^\s\d()\-–—ـ:،,.""«»/]+){0,2})\s+[-–—ـ]\s+\S")]
    private static partial Regex LeadTagOpening();

    /// <summary>A newspaper's dateline with its name in quote marks after a colon or comma: <c>X: «الصحيفة»</c>.</summary>
    [GeneratedRegex(@"^\s*(?<place>[^\s\d()\-–—ـ:،,.""«]+(?:\s+[^\s\d()\-–—ـ:،,.""«]+){0,2})\s*[:،,]\s*[«""“](?<agency>[^»""”\n]{1,30})[»""”]\s*[:\-–—ـ]?")]
    private static partial Regex QuotedOutletOpening();

    /// <summary>An outlet's tag opening the story, a slash after it: <c>شفق نيوز/ صوت البرلمان ...</c>.</summary>
    [GeneratedRegex(@"^\s*(?<agency>[^/\n:()\d]{2,30}?)\s*/\s+\S")]
    private static partial Regex OutletSlashOpening();

    /// <summary>The place at the start of a slashed dateline's head: the words before «في» or before the first digit.</summary>
    [GeneratedRegex(@"^\s*(?<place>[^\s\d/()\-–—ـ:،,.""«]+(?:\s+[^\s\d/()\-–—ـ:،,.""«]+){0,2}?)\s+(?:في\s+)?(?=[^\s]*\d)")]
    private static partial Regex SlashedHeadPlace();

    /// <summary>A short line of place/outlet/agency segments; null when it does not read as a byline.</summary>
    /// <param name="line">The trimmed raw line.</param>
    /// <param name="loose">Also accept "place - name" with no known outlet (top of the article only).</param>
    /// <param name="page">The outlets the page names for itself (metadata, masthead), which count as known outlets.</param>
    /// <param name="issuer">Also accept "known place - issuer of up to five words" (under a headline, or the metadata
    /// byline): above it, «القاهرة - خفض دعم الوقود تدريجيا» is the headline itself.</param>
    public Credits? ReadByline(string line, bool loose, PageOutlets page, bool issuer = false)
    {
        if (Words(line) > 10 || EndsLikeSentence(line))
        {
            return null;
        }

        // «بورتسودان: الخرطوم الآن»: a colon parts place and outlet only where no other mark does, and only as a known
        // place before a known outlet («المحرر: فلان» names a writer, «اللغة: العربية» a fact, «التايمز: ...» a report).
        var colonOnly = !loose && line.IndexOfAny(Separators) < 0 && line.IndexOfAny(Colons) > 0;
        if (!colonOnly && line.IndexOfAny(Separators) < 0)
        {
            return null;
        }

        var raw = line.Split(colonOnly ? Colons : Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var segments = raw
            .Select(s => s.Trim(SegmentMarks))
            .Where(s => s.Length > 0 && s.Any(char.IsLetter))
            .ToList();
        // «بيروت - «الأخبار»»: a short definite name in quote marks after a known place is the newspaper that signs the
        // piece (after anything else, or with no article, it may be a quotation: «الوزير - "لن نتراجع"»، «طهران - «لن نتفاوض»»).
        var quoted = raw.Length == 2 && raw[1] is ['«' or '"' or '“', .., '»' or '"' or '”'] && Words(raw[1]) <= MaxBracketedCreditWords
            && raw[1].AsSpan(1).TrimStart().StartsWith("ال", StringComparison.Ordinal)
            && lexicon.Places.Contains(MatchText.Normalize(raw[0])) ? raw[1][1..^1].Trim() : null;
        bool IsOutlet(string s) => IsAgency(s) || page.Credit(s) is not null || s == quoted;
        // A long segment is prose, unless it is an outlet's name (بي بي سي نيوز عربي).
        if (segments.Count == 0 || segments.Any(s => Words(s) > 4 && !IsOutlet(s))
            || (colonOnly && !(segments.Count == 2 && lexicon.Places.Contains(MatchText.Normalize(segments[0])) && IsOutlet(segments[1]))))
        {
            return null;
        }

        var known = segments.Count(s => IsOutlet(s) || lexicon.NotOutlets.Contains(MatchText.Normalize(s)));
        if (known == 0 && !(loose && segments.Count >= 2 && Words(line) <= 6 && segments.All(s => Words(s) <= 3))
            && !(loose && issuer && IsPlaceAndIssuer(segments, line)))
        {
            return null;
        }

        return Build(segments, IsOutlet, page);
    }

    /// <summary>The place closing a writer's byline after a bar or dash (<c>كتب: فريق التحرير | الرياض</c>): a known place
    /// of up to three words; null otherwise. The writer signs the piece.</summary>
    public Credits? ReadWriterPlace(string line)
    {
        var cut = line.LastIndexOfAny(['|', '-', '–', '—', 'ـ']);
        if (cut <= 0)
        {
            return null;
        }

        var place = line[(cut + 1)..].Trim(SegmentMarks);
        return Words(place) is > 0 and <= MaxPlaceLineWords && lexicon.Places.Contains(MatchText.Normalize(place))
            ? new Credits(place, [], Signed: true) : null;
    }

    /// <summary>A line that is only a listed outlet's name, or a listed or the page's own outlet with its desk's word
    /// after it (<c>رووداو ديجيتال</c>, <c>الجزيرة نت</c>): the outlet that files the story, credited as written; null for
    /// anything else (a date or calendar word alone is no outlet).</summary>
    public Credits? ReadOutletLine(string line, PageOutlets page)
    {
        var name = line.Trim();
        if (Words(name) is 0 or > MaxDeskLineWords || name.IndexOfAny(Separators) >= 0 || name.IndexOfAny(Colons) >= 0
            || IsCalendarWord(MatchText.Normalize(name)))
        {
            return null;
        }

        // Alone, only a listed outlet: the page's own short first line may be a section label that comes back here.
        if (IsAgency(name))
        {
            return new Credits(null, [name]);
        }

        var space = name.LastIndexOf(' ');
        return space > 0 && lexicon.DeskWords.Contains(MatchText.Normalize(name[(space + 1)..]))
            && name[..space] is var outlet && (IsAgency(outlet) || page.Credit(outlet) is not null)
            ? new Credits(null, [name]) : null;
    }

    /// <summary>A writer's name alone (<c>سلمى الحداد</c>: two or three words opening with a known given name) or with
    /// what the writer is after it (<c>سلمى الحداد صحافية</c>, a word of <c>writer-titles.txt</c>), in letters only. The
    /// writer signs the piece; null for anything else.</summary>
    public Credits? ReadWriterLine(string line)
    {
        var name = line.Trim();
        var space = name.LastIndexOf(' ');
        if (space > 0 && lexicon.WriterTitles.Contains(MatchText.Normalize(name[(space + 1)..])))
        {
            name = name[..space].TrimEnd();
        }

        return Words(name) is >= 2 and <= MaxWriterNameWords && name.All(c => char.IsLetter(c) || c == ' ')
            && IsPersonName(MatchText.Normalize(name)) ? new Credits(null, [], Signed: true) : null;
    }

    /// <summary>One word opening with the article that is no place, date word, credit word (خاص) or photo credit, nor a
    /// plural in «ات» (<c>الفيضانات</c>: a topic).</summary>
    private bool IsDefiniteName(string key) =>
        key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 3 && !key.Contains(' ', StringComparison.Ordinal)
        && !key.EndsWith("ات", StringComparison.Ordinal)
        && key.All(char.IsLetter) && !lexicon.Places.Contains(key) && !IsCalendarWord(key) && !lexicon.NotOutlets.Contains(key)
        && !lexicon.PhotoCredits.Contains(key);

    /// <summary>«بيروت - سامي يوسف - 14 أكتوبر 2025»: a byline with its date after the last dash, read without the date,
    /// when it names a known place; or a known place alone before the date (<c>بيروت - 14 أكتوبر 2025</c>).</summary>
    public Credits? ReadDatedByline(string line, PageOutlets page)
    {
        var cut = line.LastIndexOfAny(['|', '-', '–', '—', 'ـ']);
        if (cut <= 0 || MatchText.Normalize(line[(cut + 1)..]) is var date && dates.FirstDate(date) is null && !dates.HasDayMonth(date))
        {
            return null;
        }

        var head = line[..cut].TrimEnd();
        return ReadByline(head, loose: true, page) is { Place: { } place } credits && lexicon.Places.Contains(MatchText.Normalize(place))
            ? credits : ReadPlaceLine(head);
    }

    /// <summary>«الرياض - الأمانة العامة لمجلس التعاون»: a known place and the name of whoever issues the piece, of up to
    /// five words and opening with a body's or an outlet's word, under the headline («القاهرة - خفض دعم الوقود» is a
    /// standfirst).</summary>
    private bool IsPlaceAndIssuer(List<string> segments, string line) =>
        segments.Count == 2 && Words(line) <= MaxPlaceIssuerLineWords && Words(segments[1]) <= MaxIssuerWords
        && lexicon.Places.Contains(MatchText.Normalize(segments[0])) && !lexicon.Places.Contains(MatchText.Normalize(segments[1]))
        && lexicon.OpensWithBodyOrSiteWord(MatchText.Normalize(segments[1]));

    /// <summary>A line that is only a news agency's name (<c>أ ف ب</c>, <c>واس</c>, <c>(أ.ف.ب)</c>: credited without its
    /// brackets) credits it: under the story it signs the wire copy. Null for anything else, an outlet's name included (a newspaper's name is also a word).</summary>
    public Credits? ReadAgencyLine(string line) =>
        Words(line) <= MaxBracketedCreditWords && IsWireAgency(line) ? new Credits(null, [line.AsSpan().Trim().Trim(NameBrackets).ToString()]) : null;

    /// <summary>A timestamp line that opens with a known place and a comma (<c>X، السبت 4 مايو 2024</c>: a press
    /// release's dateline, with no outlet) or with a known place right before the date, maybe signed by an agency
    /// (<c>X 2 جمادى الآخرة 1445 هـ الموافق 15 ديسمبر 2023 م واس</c>); null otherwise.</summary>
    public Credits? ReadDatedPlace(string line)
    {
        // Without a comma, the words before the date: «الرياض 02 جمادى الآخرة 1445 هـ الموافق 15 ديسمبر 2023 م واس».
        var comma = line.IndexOfAny(PlaceCommas);
        var head = comma > 0 ? line[..comma] : WordsBeforeDigits(line);
        if (head is null || Words(head) is 0 or > 3)
        {
            return null;
        }

        var place = head.Trim();
        if (!lexicon.Places.Contains(MatchText.Normalize(place)))
        {
            return null;
        }

        if (comma > 0)
        {
            return new Credits(place, []);
        }

        // Without the comma only a national agency's signature, its name last, makes the place a dateline: a place
        // before a bare time is the time zone's (دمشق 10:30).
        var last = line[(line.TrimEnd().LastIndexOf(' ') + 1)..].Trim();
        return IsAgency(last) ? new Credits(place, [last]) : null;
    }

    /// <summary>A line that is only a known place, maybe with a colon after it (<c>X:</c>): a dateline set on its own
    /// line; null for anything else.</summary>
    public Credits? ReadPlaceLine(string line)
    {
        var place = line.TrimEnd(':', '：', ' ', '\u00A0');
        return Words(place) is > 0 and <= MaxPlaceLineWords && lexicon.Places.Contains(MatchText.Normalize(place)) ? new Credits(place, []) : null;
    }

    /// <summary>A wire dateline opening a later paragraph (<c>X - (وكالة) - ...</c>, a live page's entry): only the
    /// parenthesised form with a known agency, the one that cannot be prose.</summary>
    public Credits? ReadWireOpening(string paragraph)
    {
        if (!paragraph.Contains('(', StringComparison.Ordinal) || ParenthesisedOpening().Match(paragraph) is not { Success: true } m
            || !m.Groups["place"].Success)
        {
            return null;
        }

        var place = m.Groups["place"].Value.Trim();
        var agency = m.Groups["agency"].Value.Trim();
        return IsKnownPlace(m) && IsBracketedCredit(agency) ? new Credits(place, [agency]) : null;
    }

    /// <summary>Whether a parenthesised opening's place, and the country after its comma if any, are known places: the
    /// comma may also follow a speaker or an apposition («صنعاء، العاصمة اليمنية (…) -»).</summary>
    private bool IsKnownPlace(Match opening) =>
        lexicon.Places.Contains(MatchText.Normalize(opening.Groups["place"].Value.Trim()))
        && (!opening.Groups["country"].Success || lexicon.Places.Contains(MatchText.Normalize(opening.Groups["country"].Value.Trim())));

    /// <summary>The name in «known place (X) -»: a known agency, or a short name that is no credit word (خاص) nor a day
    /// or month («القاهرة، مصر (الأحد) -»).</summary>
    private bool IsBracketedCredit(string agency)
    {
        var key = MatchText.Normalize(agency);
        return IsAgency(agency) || (key.Length > 1 && Words(agency) <= MaxBracketedCreditWords && !key.Any(char.IsDigit)
            && !lexicon.NotOutlets.Contains(key) && !lexicon.PhotoCredits.Contains(key) && !IsCalendarWord(key));
    }

    /// <summary>The agencies credited on a source line (<c>المصدر: الجزيرة، رويترز</c>).</summary>
    public Credits ReadSourceLine(string line)
    {
        var rest = lexicon.SourcePrefix.Replace(line, string.Empty);
        var agencies = new List<string>();
        foreach (var part in rest.Split(SourceSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var segment = part.Trim('.', ' ', '\u00A0', '"', '«', '»');
            var key = MatchText.Normalize(segment);
            if (key.Length == 0 || lexicon.NotOutlets.Contains(key) || (key.Any(char.IsDigit) && !IsNumberedName(key)))
            {
                continue;
            }

            if (IsAgency(segment) || Words(segment) <= 4)
            {
                agencies.Add(segment);
            }
        }

        // Three names or more and not one outlet we know: the documents and bodies a fact-check consulted
        // («المصادر: وزارة الصحة، الجريدة الرسمية، البنك الدولي»), not the outlets that carry the story.
        return agencies.Count >= MinReferenceListNames && !agencies.Exists(IsAgency) ? new Credits(null, []) : new Credits(null, agencies);
    }

    /// <summary>A dateline opening a paragraph: <c>بيروت (رويترز) - ...</c> or <c>القاهرة - أ ش أ: ...</c>.</summary>
    public Credits? ReadOpening(string paragraph, PageOutlets page)
    {
        if (ReadSlashedOpening(paragraph, page) is { } slashed)
        {
            return slashed;
        }

        foreach (var (regex, bracketed, marks) in MarkedOpenings)
        {
            // Neither pattern can match without its mark: one vectorised search rules most paragraphs out.
            if (paragraph.AsSpan().IndexOfAny(marks) < 0)
            {
                continue;
            }

            var m = regex.Match(paragraph);
            if (!m.Success)
            {
                continue;
            }

            // «بيروت - «الصحيفة»:» names the outlet in quote marks.
            var agency = m.Groups["agency"].Value.Trim().Trim('«', '»', '"', '“', '”', ' ');
            var credited = IsAgency(agency) ? agency : page.Credit(agency);
            // «known place (X) -» credits X even when X is an agency we do not list.
            if (credited is null && bracketed && m.Groups["place"].Success && IsKnownPlace(m) && IsBracketedCredit(agency))
            {
                credited = agency;
            }

            if (credited is null && !lexicon.NotOutlets.Contains(MatchText.Normalize(agency)))
            {
                continue;
            }

            var place = m.Groups["place"].Success ? m.Groups["place"].Value.Trim() : null;
            if (place is not null && (IsAgency(place) || place.Any(char.IsDigit)))
            {
                place = null;
            }

            return new Credits(place, credited is null ? [] : [credited]);
        }

        if (NumericDatedOpening().Match(paragraph) is { Success: true } dated)
        {
            var agency = dated.Groups["agency"].Value.Trim();
            if ((IsAgency(agency) ? agency : page.Credit(agency)) is { } credited)
            {
                return new Credits(dated.Groups["place"].Value.Trim(), [credited], dates.FirstDate(dated.Groups["date"].Value));
            }
        }

        if (QuotedOutletOpening().Match(paragraph) is { Success: true } quoted && lexicon.Places.Contains(MatchText.Normalize(quoted.Groups["place"].Value))
            && quoted.Groups["agency"].Value.Trim() is var quotedName && (IsAgency(quotedName) ? quotedName : page.Credit(quotedName)) is { } quotedOutlet)
        {
            return new Credits(quoted.Groups["place"].Value.Trim(), [quotedOutlet]);
        }

        if (ReadPlaceDateOpening(paragraph, page) is { } signed)
        {
            return signed;
        }

        if (BarePlaceOpening().Match(paragraph) is { Success: true } bare && lexicon.Places.Contains(MatchText.Normalize(bare.Groups["place"].Value))
            && (!bare.Groups["region"].Success || lexicon.Places.Contains(MatchText.Normalize(bare.Groups["region"].Value))))
        {
            return new Credits(bare.Groups["place"].Value.Trim(), []);
        }

        // «وطنية - ...»: a wire's tag, or a word of the page's own name (the agency's lead tag), credits the agency as written.
        if (LeadTagOpening().Match(paragraph) is { Success: true } lead && lead.Groups["agency"].Value is var leadTag
            && (IsWireAgency(leadTag) || page.IsOwnNameWord(leadTag)))
        {
            return new Credits(null, [leadTag]);
        }

        if (OutletSlashOpening().Match(paragraph) is { Success: true } tag)
        {
            var name = tag.Groups["agency"].Value.Trim();
            if ((IsAgency(name) ? name : page.Credit(name)) is { } outlet)
            {
                return new Credits(null, [outlet]);
            }
        }

        return null;
    }

    /// <summary><c>جيبوتي في 15 مارس/آذار 2023 /وكالة جيبوتي للأنباء/ - ...</c>: the place, the agency (known or the
    /// page's own) and the date, which dates the story.</summary>
    private Credits? ReadSlashedOpening(string paragraph, PageOutlets page)
    {
        var m = SlashedOpening().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }

        var agency = m.Groups["agency"].Value.Trim();
        var credited = IsAgency(agency) ? agency : page.Credit(agency);
        var head = m.Groups["head"].Value;
        var normalizedHead = MatchText.Normalize(head);
        var date = dates.FirstDate(normalizedHead);
        // A wire dateline may leave out the year (فيينا في 7 ديسمبر /العمانية/): it still places the story, but dates nothing.
        if (credited is null || (date is null && !dates.HasDayMonth(normalizedHead)))
        {
            return null;
        }

        var place = SlashedHeadPlace().Match(head) is { Success: true } p ? p.Groups["place"].Value.Trim() : null;
        return new Credits(place, [credited], date);
    }

    /// <summary>A dateline read word by word: a known place, maybe a comma or dash, date words (weekday, day and month,
    /// Hijri and Gregorian with هـ، الموافق، م, or <c>12-3</c>), then a known agency, bare or in brackets
    /// (<c>X 3 شعبان 1446 هـ الموافق 2 فبراير 2025 م واس ...</c>, <c>X - واس ...</c>, <c>X، الثلاثاء (رويترز) -</c>,
    /// <c>X 12-3 (كونا) --</c>), or a full date and a dash with no agency (<c>X، 12 مارس 2024 - ...</c>). A bare agency
    /// needs a mark or a day and month before it: a place and an outlet's name open sentences too (مصر العربية).</summary>
    private Credits? ReadPlaceDateOpening(string paragraph, PageOutlets page)
    {
        if (!OpensWithPlace(paragraph))
        {
            return null;
        }

        var words = paragraph.Split((char[]?)null, MaxSignedOpeningWords + 1, StringSplitOptions.RemoveEmptyEntries);
        var keys = words.Take(MaxSignedOpeningWords).Select(w => MatchText.Normalize(w.Trim(OpeningMarks))).ToArray();
        for (var placeWords = 1; placeWords <= MaxPlaceLineWords && placeWords < keys.Length; placeWords++)
        {
            if (!lexicon.Places.Contains(string.Join(' ', keys[..placeWords])))
            {
                continue;
            }

            var marked = words[placeWords - 1].AsSpan().TrimEnd().EndsWith("،") || words[placeWords - 1].EndsWith(',') || words[placeWords - 1].EndsWith('-');
            var end = placeWords;
            var markLast = marked;
            while (end < keys.Length && (keys[end].Length == 0 || IsDateWord(keys[end])))
            {
                markLast = keys[end].Length == 0 || words[end].EndsWith('-');
                marked |= keys[end].Length == 0;
                end++;
            }

            var date = string.Join(' ', keys[placeWords..end].Where(k => k.Length > 0));
            var dayMonth = dates.HasDayMonth(date) || HasHijriDayMonth(keys, placeWords, end) || keys[placeWords..end].Any(IsNumericDayMonth);
            for (var agencyWords = 1; agencyWords <= MaxBracketedCreditWords && end + agencyWords <= keys.Length; agencyWords++)
            {
                var written = string.Join(' ', words[end..(end + agencyWords)]);
                var bracketed = written.StartsWith('(') && written.TrimEnd(OpeningMarks).TrimEnd('.', ' ').EndsWith(')');
                var agency = written.Trim(OpeningMarks).Trim('(', ')', '.', ' ');
                var credited = IsAgency(agency) ? agency : page.Credit(agency);
                if (credited is null && bracketed && IsBracketedCredit(agency))
                {
                    credited = agency;
                }

                // With only a mark before it, a listed outlet is as likely the sentence's subject (دمشق، الجزيرة السورية
                // ...: the region): only a news agency or the page's own outlet credits the story there.
                if (credited is not null && (dayMonth || bracketed || (marked && (!IsAgency(agency) || IsWireAgency(agency)))))
                {
                    return new Credits(string.Join(' ', words[..placeWords]).TrimEnd(OpeningMarks), [credited], dates.FirstDate(date));
                }

                if (bracketed)
                {
                    break;
                }
            }

            // «X، 12 مارس 2024 - ...»: a full date and a dash after it date and place the story, with no agency.
            return end > placeWords && markLast && dates.FirstDate(date) is { } full
                ? new Credits(string.Join(' ', words[..placeWords]).TrimEnd(OpeningMarks), [], full)
                : null;
        }

        return null;
    }

    /// <summary>Whether one to three words opening the paragraph, each trimmed of <see cref="OpeningMarks"/>, name a known
    /// place with a word after them: the test <see cref="ReadPlaceDateOpening"/> starts with, made on spans, so a paragraph
    /// that opens with no place is not split into words first.</summary>
    private bool OpensWithPlace(ReadOnlySpan<char> paragraph)
    {
        const int MaxPlaceChars = 256;
        Span<char> joined = stackalloc char[MaxPlaceChars];
        var length = 0;
        if (!NextWord(ref paragraph, out var word))
        {
            return false;
        }

        for (var placeWords = 1; placeWords <= MaxPlaceLineWords; placeWords++)
        {
            var trimmed = word.Trim(OpeningMarks);
            if (length + trimmed.Length + 1 > MaxPlaceChars)
            {
                return true; // longer than any place: let the full reading decide
            }

            if (placeWords > 1)
            {
                joined[length++] = ' ';
            }

            length += MatchText.Normalize(trimmed, joined[length..]);
            if (!NextWord(ref paragraph, out word))
            {
                return false;
            }

            if (lexicon.PlaceLookup.Contains(joined[..length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next run of non-space characters (what <c>Split(null, RemoveEmptyEntries)</c> returns), taken off
    /// the front of <paramref name="text"/>.</summary>
    private static bool NextWord(ref ReadOnlySpan<char> text, out ReadOnlySpan<char> word)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        word = text[start..end];
        text = text[end..];
        return end > start;
    }

    /// <summary>A day and month in digits (<c>12-3</c>, <c>12/3</c>), as wires write them in datelines.</summary>
    private static bool IsNumericDayMonth(string key) =>
        key.Length is >= 3 and <= 5 && key.Count(c => c is '-' or '/') == 1 && key.All(c => char.IsDigit(c) || c is '-' or '/');

    /// <summary>A word of a written date: digits, a month or weekday or calendar word (هـ، الموافق، م), a Hijri month's
    /// word, or a month pair (<c>فبراير/شباط</c>).</summary>
    private bool IsDateWord(string key) =>
        key.Length > 0 && (key.All(char.IsDigit) || IsCalendarWord(key) || lexicon.HijriMonthWords.Contains(key) || IsNumericDayMonth(key)
            || (key.Contains('/', StringComparison.Ordinal) && key.Split('/', StringSplitOptions.RemoveEmptyEntries).All(part => IsCalendarWord(part) || part.All(char.IsDigit))));

    /// <summary>Whether the date words hold a day followed by a Hijri month (<c>3 شعبان</c>).</summary>
    private bool HasHijriDayMonth(string[] keys, int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (keys[i].All(char.IsDigit) && lexicon.HijriMonthWords.Contains(keys[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An outlet whose name ends in a short number (<c>فرانس 24</c>, <c>MBC 1</c>): a word first, and no run of
    /// more than three digits, so a date or a year in a source line still does not read as a credit.</summary>
    private static bool IsNumberedName(string normalized)
    {
        if (normalized.Length == 0 || !char.IsLetter(normalized[0]))
        {
            return false;
        }

        var run = 0;
        foreach (var c in normalized)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run > 3 || c is '/' or ':')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A segment without digits, or the words before a date in it (<c>الرياض 9 ديسمبر 2022</c> → الرياض);
    /// null when it starts with a digit.</summary>
    private static string? WordsBeforeDigits(string segment)
    {
        var digit = segment.AsSpan().IndexOfAnyInRange('0', '9');
        var arabicDigit = segment.AsSpan().IndexOfAnyInRange('٠', '٩');
        var at = digit < 0 ? arabicDigit : arabicDigit < 0 ? digit : Math.Min(digit, arabicDigit);
        if (at < 0)
        {
            return segment;
        }

        var before = segment[..at];
        var lastSpace = before.LastIndexOf(' ');
        var words = lastSpace < 0 ? string.Empty : before[..lastSpace].Trim();
        return words.Length == 0 || words.EndsWith(" في", StringComparison.Ordinal) ? null : words;
    }

    private bool IsCalendarWord(string normalized) => lexicon.Weekdays.Contains(normalized) || lexicon.Months.ContainsKey(normalized);

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    public bool IsAgency(string segment) => lexicon.IsAgency(MatchText.Normalize(segment.AsSpan().Trim(NameBrackets)));

    /// <summary>Whether a segment names a news agency rather than another outlet (also "وكالة X" for a known agency X).</summary>
    private bool IsWireAgency(string segment) =>
        MatchText.Normalize(segment.AsSpan().Trim(NameBrackets)) is var key
        && (lexicon.WireAgencies.Contains(key) || (key.StartsWith("وكاله ", StringComparison.Ordinal) && lexicon.WireAgencies.Contains(key[6..])));

    /// <summary>Runs of non-space characters (what <c>Split(null, RemoveEmptyEntries)</c> would return), counted without
    /// making them: every line of every article is counted.</summary>
    public static int Words(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    /// <summary>Whether the line ends as a sentence does (closing quotes and brackets aside).</summary>
    public static bool EndsLikeSentence(string line)
    {
        var end = line.AsSpan().TrimEnd().TrimEnd("\"'»”’)]} \u00A0");
        return end.Length > 0 && ".!?؟…،,؛;".Contains(end[^1]);
    }

    /// <summary>"outlet - name" ends with the writer, not a place: <c>العربية.نت - فلان الفلاني</c>. A single word
    /// there is a place (<c>الحرة - واشنطن</c>): a writer signs with at least two names.</summary>
    private static bool IsAuthorAfterOutlet(List<string> segments, int index, Func<string, bool> isOutlet) =>
        index == segments.Count - 1 && index > 0 && isOutlet(segments[index - 1]) && Words(segments[index]) >= 2;

    /// <summary>"أحمد الريدي": two or more words starting with a known given name.</summary>
    private bool IsPersonName(string normalizedSegment)
    {
        var space = normalizedSegment.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && lexicon.FirstNames.Contains(normalizedSegment[..space]);
    }

    private Credits Build(List<string> segments, Func<string, bool> isOutlet, PageOutlets page)
    {
        string? place = null;
        var agencies = new List<string>();
        var signed = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var key = MatchText.Normalize(segment);
            if (isOutlet(segment))
            {
                agencies.Add(IsAgency(segment) ? segment : page.Credit(segment) ?? segment);
                continue;
            }

            // «صيدا - الميدان»: one definite word after a known place is the outlet that files the story (a writer signs
            // with two names at least).
            if (i == 1 && segments.Count == 2 && IsDefiniteName(key) && lexicon.Places.Contains(MatchText.Normalize(segments[0])))
            {
                agencies.Add(segment);
                continue;
            }

            var writer = IsAuthorAfterOutlet(segments, i, isOutlet) || IsPersonName(key);
            signed |= writer;
            // After a credit word («خاص - الميدان») an unknown name is the site's, not a place.
            if (place is null && WordsBeforeDigits(segment) is { } candidate && candidate.Any(IsArabicLetter)
                && !IsCalendarWord(MatchText.Normalize(candidate)) && !lexicon.NotOutlets.Contains(MatchText.Normalize(candidate))
                && !lexicon.PhotoCredits.Contains(key)
                && Words(candidate) <= 3 && !writer
                && (i == 0 || !lexicon.NotOutlets.Contains(MatchText.Normalize(segments[i - 1])) || lexicon.Places.Contains(MatchText.Normalize(candidate))))
            {
                place = candidate;
            }
        }

        return new Credits(place, agencies, Signed: signed);
    }
}
