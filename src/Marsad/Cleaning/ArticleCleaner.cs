using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Sources;

namespace Marsad.Cleaning;

/// <summary>
/// Strips web chrome from a raw document and reads what the chrome tells: the headline (metadata title, a repeated
/// headline block, or a headline-like first line), the dateline place, the credited agencies and outlets, and the
/// publication date (metadata, a timestamp line, or the caller's date). Boilerplate comes back as whole trimmed raw
/// lines; the body is the content lines, trimmed, joined by '\n'. Thread-safe; all rules come from data files.
/// </summary>
public sealed partial class ArticleCleaner : IArticleCleaner
{
    private const int MaxHeadlineWords = 20;
    private const int MinHeadlineWords = 3;
    private const int MaxExclaimedHeadlineWords = 15;
    private const int MaxCrossheadWords = 8;
    private const int MaxMastheadWords = 4;
    private const int MaxSiteNameWords = 7;
    private const int MaxWireDatelineParagraphs = 6;
    private static readonly char[] SiteNameSeparators = ['|', '-', '–', '—', 'ـ', ':'];
    private static readonly string[] HeadlineSiteSeparators = [" | ", " - ", " – ", " — "];
    private static readonly string[] SectionRowSeparators = ["|", " / "];
    private static readonly char[] SloganSeparators = ['|', '-', '–', '—'];
    private const int MaxStandfirstWords = 60;
    private const int MinSectionRowCells = 3;
    private const int MaxSectionCellWords = 3;

    private readonly CleanerLexicon lexicon;
    private readonly TextDates dates;
    private readonly LineClassifier classifier;
    private readonly CreditReader credits;

    public ArticleCleaner(ResourceFiles? resources = null)
    {
        lexicon = CleanerLexicon.For(resources ?? ResourceFiles.Default);
        dates = new TextDates(lexicon);
        classifier = new LineClassifier(lexicon, dates);
        credits = new CreditReader(lexicon, dates);
    }

    public AnalyzedArticle Clean(RawDocument document, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        document = document with
        {
            Text = LoneSurrogates.Replace(document.Text)!,
            Title = LoneSurrogates.Replace(document.Title),
            Author = LoneSurrogates.Replace(document.Author),
            Outlet = LoneSurrogates.Replace(document.Outlet),
        };
        var text = document.Text.AsSpan();
        var lines = new List<CleanedLine>(text.Count('\n') + 1);
        foreach (var range in text.Split('\n'))
        {
            // One string per line, made from the trimmed span: no array of untrimmed lines first.
            if (text[range].Trim() is { Length: > 0 } trimmed)
            {
                var line = new CleanedLine(trimmed.ToString());
                line.Kind = classifier.Classify(line);
                lines.Add(line);
            }
        }

        // A piece signed by its writer (كتب، بقلم، حاوره) credits the writer: an organisation's footer is then no credit.
        var signed = lines.Any(l => l.Kind == "byline");

        var repeated = MarkRepeatedHeadline(lines);
        var first = lines.FindIndex(l => l.IsParagraph);
        var last = lines.FindLastIndex(l => l.IsParagraph);
        if (first < 0)
        {
            first = lines.Count;
        }

        // A summary box («ملخص: ...») stands above the story: below its first paragraph the label opens a paragraph of it.
        for (var i = first + 1; i < lines.Count; i++)
        {
            if (lines[i].Kind == "summary")
            {
                lines[i].Kind = null;
            }
        }

        MarkMastheads(lines, first);
        // The site's own name: the metadata outlet, a masthead that is a known outlet, or the page's first line when
        // it is a masthead (a short section label repeated in a byline is a masthead too, but names no outlet).
        var page = new PageOutlets(lines.Take(first).Where((l, i) => l.Kind == "masthead" && (i == 0 || credits.IsAgency(l.Text)))
            .Select(l => l.Text).Prepend(document.Outlet ?? string.Empty),
            SiteLine(lines, first), credits.IsAgency, lexicon.SiteWords.Contains);
        MarkCreditedSiteLine(lines, first, page);
        string? topHeadline = null;
        var headlineIndex = -1;
        var shortTopLine = -1;
        // Credits read with a known outlet or credit word come before "place - name" lines read loosely (a masthead
        // with its section, «X | الشؤون الدينية»), whichever is higher on the page.
        var found = new List<(int Index, Credits Credits)>();
        var loose = new List<(int Index, Credits Credits)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind is "source")
            {
                found.Add((i, credits.ReadSourceLine(line.Text)));
                continue;
            }

            // A timestamp line may carry the dateline too: «الرياض 9 ديسمبر 2022 (شينخوا)».
            if (line.Kind is "byline" or "timestamp" && credits.ReadByline(line.Text, loose: false, page) is { } named)
            {
                found.Add((i, named));
                continue;
            }

            // «كتب: فريق التحرير | الرياض»: a writer's byline may end with the place it was written in.
            if (line.Kind is "byline" && credits.ReadWriterPlace(line.Text) is { } writerPlace)
            {
                found.Add((i, writerPlace));
                continue;
            }

            if (line.Kind is "timestamp" && (credits.ReadDatedPlace(line.Text) ?? credits.ReadDatedByline(line.Text, page)) is { } datedPlace)
            {
                found.Add((i, datedPlace));
                continue;
            }

            // Under the story, a news agency's name alone signs the wire copy (initials such as «أ ف ب» read as code).
            if (last >= 0 && i > last && line.Kind is null or "code" && credits.ReadAgencyLine(line.Text) is { } agencyLine)
            {
                line.Kind = "byline";
                found.Add((i, agencyLine));
                continue;
            }

            // Under the headline, right beside the timestamp: the outlet or desk that files the story («رووداو ديجيتال»; a
            // known outlet's name there was taken for a masthead), or the writer, maybe with what the writer is («سلمى
            // الحداد صحافية»).
            if (line.Kind is null or "masthead" && i < first && headlineIndex >= 0 && i > headlineIndex && BesideTimestamp(lines, i)
                && (credits.ReadOutletLine(line.Text, page) ?? credits.ReadWriterLine(line.Text)) is { } signature)
            {
                line.Kind = "byline";
                found.Add((i, signature));
                continue;
            }

            if (!line.IsContent)
            {
                continue;
            }

            var top = i < first;
            var bottom = i > last;
            // A known place alone on its line under the headline («X» or «X:») is the dateline.
            if (top && headlineIndex >= 0 && i > headlineIndex && credits.ReadPlaceLine(line.Text) is { } placeLine)
            {
                line.Kind = "dateline";
                found.Add((i, placeLine));
                continue;
            }

            // A short credit line with a known outlet is a byline wherever it stands (a standfirst may precede it).
            if ((top || bottom || !line.IsParagraph) && credits.ReadByline(line.Text, loose: false, page) is { } byline)
            {
                line.Kind = "byline";
                found.Add((i, byline));
            }
            // «انتخابات رئاسية 2024 - النتائج الأولية»: a dossier's label (a topic and its year, a dash, a sub-topic) in the
            // page's frame (chrome right under it) above the headline is a section, not a place and a writer.
            else if (top && topHeadline is null && DossierLabel().IsMatch(line.Text) && i + 1 < first && !lines[i + 1].IsContent
                && HasHeadlineBelow(lines, i, first, page))
            {
                line.Kind = "section";
            }
            // Read loosely only under the headline, above one, or naming a writer («غزة - محمد علي»): «غزة - هدنة هشة
            // تنهار» with no headline below it is the headline.
            else if (top && credits.ReadByline(line.Text, loose: true, page, issuer: headlineIndex >= 0) is { } looseByline
                && (headlineIndex >= 0 || looseByline.Signed || HasHeadlineBelow(lines, i, first, page)))
            {
                line.Kind = "byline";
                loose.Add((i, looseByline));
            }
            else if (top && topHeadline is not null && IsHeadlineLike(line) && IsSloganAboveSection(lines, headlineIndex, i))
            {
                // «منظور عالمي قصص إنسانية / الصحة / headline»: the short line above the section label is the site's
                // slogan, and the headline is the longer line below the label.
                lines[headlineIndex].Kind = "masthead";
                topHeadline = line.Text;
                headlineIndex = i;
            }
            else if (top && topHeadline is null && IsHeadlineLike(line))
            {
                // One or two words above the headline are a section label (سياسة، أخبار وطنية), not the headline.
                if (line.Words >= MinHeadlineWords)
                {
                    topHeadline = line.Text;
                    headlineIndex = i;
                }
                else if (shortTopLine < 0)
                {
                    shortTopLine = i;
                }
            }
            else if (!top && !bottom && IsCrosshead(line))
            {
                line.Kind = "crosshead";
            }
        }

        if (topHeadline is null && IsExclaimedHeadline(lines, first))
        {
            topHeadline = lines[first].Text;
            headlineIndex = first;
        }

        if (topHeadline is null && shortTopLine >= 0)
        {
            topHeadline = lines[shortTopLine].Text;
        }
        else
        {
            for (var i = 0; i < headlineIndex; i++)
            {
                if (lines[i].IsContent && lines[i].Words < MinHeadlineWords)
                {
                    lines[i].Kind = "section";
                }
            }
        }

        // A page whose metadata gives the title has no web frame to read a teaser from.
        if (document.Title is not { Length: > 0 })
        {
            MarkStandfirst(lines, headlineIndex);
        }

        var copyrightSite = CopyrightSite(lines, first, topHeadline);
        // An outlet's footer names who owns the page, as its masthead does, not who reported the story
        // (docs/gold-conventions.md): its site stays one of the page's names. An organisation's own newsroom (اتحاد،
        // رابطة، جامعة ... in masthead and footer) issues the story, unless a writer signs it (كتب، «العين - محمد الكعبي»).
        var issuer = copyrightSite is not null && IsOrganisationName(copyrightSite)
            && !signed && !found.Concat(loose).Any(f => f.Credits.Signed) ? copyrightSite : null;
        MarkRelatedLists(lines, topHeadline);
        MarkBottomTags(lines, last);
        MarkImageCaptions(lines, topHeadline);
        DateOnly? openingDate = null;
        if (lines.FirstOrDefault(l => l.IsContent && l.Text != topHeadline) is { } opening && credits.ReadOpening(opening.Text, page) is { } dateline)
        {
            found.Add((lines.IndexOf(opening), dateline));
            openingDate = dateline.Date;
        }

        var place = found.OrderBy(f => f.Index).Concat(loose.OrderBy(f => f.Index)).Select(f => f.Credits.Place).FirstOrDefault(p => p is not null);
        // A live page opens with entries of its own; a wire's «X - (وكالة) -» in a later paragraph is still the dateline.
        if (place is null && lines.Select((l, i) => (Line: l, Index: i)).Where(x => x.Line.IsParagraph).Take(MaxWireDatelineParagraphs)
                .Select(x => (x.Index, Credits: credits.ReadWireOpening(x.Line.Text))).FirstOrDefault(x => x.Credits is not null) is { Credits: { } wire } wireAt)
        {
            place = wire.Place;
            found.Add((wireAt.Index, wire));
        }

        found.AddRange(loose);
        // The metadata byline (TREC AUTHOR: "لندن - رويترز") comes before anything in the text.
        if (document.Author is { Length: > 0 } author && credits.ReadByline(author, loose: true, page, issuer: true) is { } authorLine)
        {
            found.Add((-1, authorLine));
            place ??= authorLine.Place;
        }

        var agencies = MergeCredits(found.OrderBy(f => f.Index).SelectMany(f => f.Credits.Agencies), issuer, page);
        return new AnalyzedArticle
        {
            Id = document.Id,
            Source = new SourceInfo(document.Path, document.Url, document.Outlet),
            Headline = Collapse(document.Title) ?? repeated ?? WithoutSiteSuffix(topHeadline, page),
            Published = FindPublished(document, lines, options, openingDate),
            Dateline = place,
            Agencies = [.. agencies],
            SiteNames = SiteNames(page, copyrightSite),
            Body = string.Join('\n', lines.Where(l => l.IsContent).Select(l => l.Text)),
            Boilerplate = [.. lines.Where(l => !l.IsContent).Select(l => l.Text)],
        };
    }

    /// <summary>Whether the line right above or below is a timestamp line (empty lines are not in the list).</summary>
    private static bool BesideTimestamp(List<CleanedLine> lines, int index) =>
        (index > 0 && lines[index - 1].Kind == "timestamp") || (index + 1 < lines.Count && lines[index + 1].Kind == "timestamp");

    /// <summary>A short headline-like line that occurs more than once (headline, sub-headline, headline): every
    /// occurrence and the lines between close occurrences are boilerplate. Returns the headline. A line of one or two
    /// words repeated (a section label that comes back as a tag) is no headline.</summary>
    private static string? MarkRepeatedHeadline(List<CleanedLine> lines)
    {
        var group = lines
            .Select((line, index) => (line, index))
            .Where(x => x.line.IsContent && x.line.Words >= MinHeadlineWords && IsHeadlineLike(x.line))
            .GroupBy(x => x.line.Key)
            .FirstOrDefault(g => g.Count() >= 2);
        if (group is null)
        {
            return null;
        }

        var indexes = group.Select(x => x.index).ToList();
        foreach (var index in indexes)
        {
            lines[index].Kind = "headline-repeat";
        }

        for (var k = 1; k < indexes.Count; k++)
        {
            if (indexes[k] - indexes[k - 1] <= 3)
            {
                for (var j = indexes[k - 1] + 1; j < indexes[k]; j++)
                {
                    lines[j].Kind ??= "sub-headline";
                }
            }
        }

        return lines[indexes[0]].Text;
    }

    /// <summary>A teaser under the headline (<c>headline / teaser / image, timestamp, byline / story</c>): the content
    /// line right under the headline, above the page's timestamp or byline, when the story goes on below them. A
    /// story's first paragraph sits below that frame, so it is never taken.</summary>
    private static void MarkStandfirst(List<CleanedLine> lines, int headlineIndex)
    {
        if (headlineIndex < 0)
        {
            return;
        }

        // Directly under the headline: on a live page the first entry sits below a timestamp of its own.
        var teaser = headlineIndex + 1;
        var next = teaser < lines.Count && lines[teaser].IsContent ? lines.FindIndex(teaser + 1, l => l.IsContent) : -1;
        if (next < 0 || lines[teaser].Words > MaxStandfirstWords || !lines[next].IsParagraph
            || !lines.Skip(teaser + 1).Take(next - teaser - 1).Any(l => l.Kind is "timestamp" or "byline"))
        {
            return;
        }

        lines[teaser].Kind = "standfirst";
    }

    /// <summary>«headline | site» or «headline - site»: the site's name after the last separator is no part of the
    /// headline when it names the page's outlet or a known outlet.</summary>
    private string? WithoutSiteSuffix(string? headline, PageOutlets page)
    {
        if (headline is null)
        {
            return null;
        }

        foreach (var separator in HeadlineSiteSeparators)
        {
            var at = headline.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var suffix = headline[(at + separator.Length)..].Trim();
            if (CreditReader.Words(suffix) is > 0 and <= MaxMastheadWords && (page.Credit(suffix) is not null || credits.IsAgency(suffix))
                && CreditReader.Words(headline[..at]) >= MinHeadlineWords)
            {
                return headline[..at].Trim();
            }
        }

        return headline;
    }

    /// <summary>The site's name at the top of the page (السومرية نيوز، بوابة الوسط): a short line above the first
    /// paragraph that is a known agency or outlet, or that the page repeats inside a short credit line
    /// («المصدر : السومرية نيوز», «برلين - بوابة الوسط»). It is chrome, never the headline.</summary>
    private void MarkMastheads(List<CleanedLine> lines, int first)
    {
        // Above the site's navigation trail (الرئيسية > المركز الإعلامي) stands the site's own name, never the headline.
        var trail = lines.FindIndex(0, first, l => l.Kind == "trail");
        if (trail > 0 && HasHeadlineBelow(lines, trail, first))
        {
            foreach (var line in lines.Take(trail).Where(l => l.IsContent))
            {
                line.Kind = "masthead";
            }
        }

        // «الرياضية | كرة قدم سعودية | الانتقالات»: the page's first line made of three or more short cells between bars
        // (or spaced slashes) is the site's name with its sections, not a loose byline naming a place; a headline has
        // one bar at most («ترامب | خطة السلام تتعثر»).
        var top = lines.FindIndex(0, first, l => l.IsContent);
        if (top >= 0 && IsSectionRow(lines[top]) && HasHeadlineBelow(lines, top, first))
        {
            lines[top].Kind = "masthead";
        }

        // «موقع الساحل الإخباري | أخبار موريتانيا على مدار الساعة»: the page's first line, a short name opening with an
        // outlet word before a bar and the site's slogan after it.
        if (top == 0 && lines[0].Words > MaxSiteNameWords && SiteNameBeforeBar(lines[0].Text) is not null && HasHeadlineBelow(lines, 0, first))
        {
            lines[0].Kind = "masthead";
        }

        for (var i = 0; i < first; i++)
        {
            var line = lines[i];
            if (line.IsContent && line.Key.Length > 0 && IsSiteName(line) && HasHeadlineBelow(lines, i, first))
            {
                line.Kind = "masthead";
                continue;
            }

            if (!line.IsContent || line.Words > MaxMastheadWords || line.Key.Length == 0)
            {
                continue;
            }

            if (credits.IsAgency(line.Text)
                || lines.Where((other, j) => j != i && other.Words <= MaxCrossheadWords && other.Words > line.Words).Any(other => other.Key.Contains(line.Key, StringComparison.Ordinal)))
            {
                line.Kind = "masthead";
            }
        }
    }

    /// <summary>Three or more cells of one to three words between bars or spaced slashes (<c>الميدان / سياسة / عربي</c>),
    /// none ending as a sentence does, one of them a known section label or a site's name: a headline may be cut into
    /// short cells too (<c>مصر | السعودية | قمة ثلاثية بالرياض</c> above its standfirst).</summary>
    private bool IsSectionRow(CleanedLine line)
    {
        var cells = line.Text.Split(SectionRowSeparators, StringSplitOptions.TrimEntries);
        return cells.Length >= MinSectionRowCells && cells.All(c => CreditReader.Words(c) is >= 1 and <= MaxSectionCellWords
            && c.Any(char.IsLetter) && !CreditReader.EndsLikeSentence(c)) && cells.Any(IsSectionOrSiteCell);
    }

    /// <summary>A cell that is a section label (boilerplate kind <c>section</c>), opens with an outlet word (بوابة، موقع)
    /// or is a known outlet. A Latin word alone is no sign: a headline may open with a brand («Apple | …»).</summary>
    private bool IsSectionOrSiteCell(string cell)
    {
        var line = new CleanedLine(cell);
        return classifier.Classify(line) == "section" || OpensWithSiteWord(line.Key) || credits.IsAgency(cell);
    }

    /// <summary>A line opening with an organisation's head word (الاتحاد العربي ...) or naming a site.</summary>
    private bool NamesBodyOrSite(CleanedLine line) => lexicon.OpensWithBodyOrSiteWord(line.Key) || IsSiteName(line);

    /// <summary>A short line that names a site rather than a story: no Arabic letter at all (<c>XYZ World Radio</c>), or a
    /// part (split at | and -) that starts with an outlet word (<c>المجلة ...</c>, <c>X | بوابة ...</c>, <c>WAFA - وكالة ...</c>).</summary>
    private bool IsSiteName(CleanedLine line)
    {
        if (line.Words > MaxSiteNameWords)
        {
            return false;
        }

        if (!line.Text.Any(IsArabicLetter))
        {
            return line.Text.Any(char.IsLetter);
        }

        foreach (var part in line.Key.Split(SiteNameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (OpensWithSiteWord(part))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The part of a line before its first bar when it is a short name opening with an outlet word (<c>موقع X</c>
    /// of <c>موقع X | slogan</c>); otherwise null.</summary>
    private string? SiteNameBeforeBar(string text)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        var name = bar > 0 ? text[..bar].Trim() : null;
        return name is not null && CreditReader.Words(name) <= MaxMastheadWords && OpensWithSiteWord(MatchText.Normalize(name)) ? name : null;
    }

    /// <summary>Whether a normalised name's first word names a kind of outlet (المجلة، بوابة، إذاعة).</summary>
    private bool OpensWithSiteWord(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return lexicon.SiteWords.Contains(space < 0 ? key : key[..space]);
    }

    /// <summary>Whether a longer headline-like line follows <paramref name="index"/> above the first paragraph: a site's
    /// name is only set aside when something else can be the headline.</summary>
    private bool HasHeadlineBelow(List<CleanedLine> lines, int index, int first, PageOutlets? page = null)
    {
        for (var j = index + 1; j < first; j++)
        {
            // With the page's outlets known, a line that reads as a byline itself is no headline either.
            if (lines[j].IsContent && lines[j].Words >= MinHeadlineWords && IsHeadlineLike(lines[j]) && !IsSiteName(lines[j])
                && (page is null || credits.ReadByline(lines[j].Text, loose: true, page) is null))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    /// <summary>The page's short first line, which may be the site's name; or the name before the bar of a first line
    /// that is the site's masthead with its slogan (<c>موقع X | slogan</c>).</summary>
    private string? SiteLine(List<CleanedLine> lines, int first) =>
        lines.Count == 0 || first <= 0 || lines[0].IsParagraph ? null
        : lines[0].Words <= MaxMastheadWords ? lines[0].Text
        : lines[0].Kind == "masthead" ? SiteNameBeforeBar(lines[0].Text) : null;

    /// <summary>The page's first line is the site's masthead when the opening dateline credits it
    /// (<c>وكالة أنباء X</c> above <c>المدينة في ... /وكالة أنباء X/ -</c>): it is never the headline.</summary>
    private void MarkCreditedSiteLine(List<CleanedLine> lines, int first, PageOutlets page)
    {
        if (first <= 0 || first >= lines.Count || !lines[0].IsContent || credits.ReadOpening(lines[first].Text, page) is not { } opening)
        {
            return;
        }

        if (opening.Agencies.Any(a => lines[0].Key.StartsWith(MatchText.Normalize(a), StringComparison.Ordinal)))
        {
            lines[0].Kind = "masthead";
        }
    }

    /// <summary>Whether the headline taken at <paramref name="taken"/> is really the site's name or slogan: a line of a
    /// masthead's length with only section labels (or a breadcrumb) between it and the longer headline-like line at
    /// <paramref name="candidate"/>; on the page's first content line, short labels that no pattern knows count too.</summary>
    private bool IsSloganAboveSection(List<CleanedLine> lines, int taken, int candidate)
    {
        // A name and slogan (<c>X - slogan</c>) is measured by its slogan.
        var takenWords = lines[taken].Words <= MaxMastheadWords ? lines[taken].Words : SloganWords(lines, taken);
        if (takenWords is null || lines[candidate].Words <= takenWords || candidate - taken < 2)
        {
            return false;
        }

        // A label of one or two words (أخبار الاتحاد، بيانات) counts as a section when the taken line opens the page and
        // names a body or a site: a short headline may stand above a writer's bare name or «خاص» and a standfirst.
        var opensPage = !lines.Take(taken).Any(l => l.IsContent) && NamesBodyOrSite(lines[taken]);
        for (var k = taken + 1; k < candidate; k++)
        {
            if (lines[k].Kind is not ("section" or "breadcrumb" or "trail" or "release")
                && !(opensPage && lines[k].IsContent && lines[k].Words < MinHeadlineWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of the slogan when the page's first content line is a short name, a spaced dash or bar, and
    /// the slogan (<c>صوت المدينة - أخبار على مدار الساعة</c>): the site's name and slogan when a section label parts it
    /// from a longer headline-like line (<see cref="IsSloganAboveSection"/>). Null for any other line.</summary>
    private static int? SloganWords(List<CleanedLine> lines, int taken)
    {
        if (lines.Take(taken).Any(l => l.IsContent))
        {
            return null;
        }

        var text = lines[taken].Text;
        var cut = text.IndexOfAny(SloganSeparators);
        return cut > 0 && cut + 1 < text.Length && text[cut - 1] == ' ' && text[cut + 1] == ' '
            && CreditReader.Words(text[..cut]) <= MaxMastheadWords ? CreditReader.Words(text[(cut + 1)..]) : null;
    }

    /// <summary>The site's name on the page's first line (before a section after «|») that a copyright line names
    /// (<c>جميع الحقوق محفوظة لـX</c>): the page names itself, a name the later stages know as the site's. Null when it does not.</summary>
    private static string? CopyrightSite(List<CleanedLine> lines, int first, string? headline)
    {
        // A press release («بيان صحفي») is the organisation's own page: the page issues the story, no outlet carries it.
        if (first <= 0 || first >= lines.Count || lines[0].IsParagraph || lines[0].Text == headline || lines.Any(l => l.Kind == "release"))
        {
            return null;
        }

        var bar = lines[0].Text.IndexOf('|', StringComparison.Ordinal);
        var name = (bar < 0 ? lines[0].Text : lines[0].Text[..bar]).Trim();
        var words = CreditReader.Words(name);
        if (words is 0 or > MaxMastheadWords || !name.Any(char.IsLetter))
        {
            return null;
        }

        var key = MatchText.Normalize(name);
        return lines.Skip(first).Any(l => l.Kind == "copyright" && NamesAsWord(l.Key, key)) ? name : null;
    }

    /// <summary>The names the page gives itself (a masthead's name before its «| section»), each once, whether or not
    /// the article credits the site.</summary>
    private static ImmutableArray<string> SiteNames(PageOutlets page, string? copyrightSite) =>
        [.. page.Names.Select(n => n.Split('|')[0].Trim()).Append(copyrightSite ?? string.Empty)
            .Where(n => n.Length > 0).DistinctBy(MatchText.Normalize)];

    /// <summary>Whether a site's name names an organisation (its first word, without the article, is a body's head
    /// word: اتحاد، رابطة، جامعة) rather than an outlet (an outlet word such as وكالة or صحيفة, or a listed outlet).</summary>
    private bool IsOrganisationName(string name)
    {
        return lexicon.OpensWithBodyWord(MatchText.Normalize(name)) && !credits.IsAgency(name);
    }

    /// <summary>The credits in page order, each name once; the organisation issuing its own page comes last, and only when
    /// no credit line names it by any of its names (<c>المركز الإعلامي</c> aside: <c>بنا</c> for <c>وكالة أنباء البحرين</c>).</summary>
    private List<string> MergeCredits(IEnumerable<string> credited, string? issuer, PageOutlets page)
    {
        var names = credited.DistinctBy(MatchText.Normalize).ToList();
        if (issuer is not null && !names.Exists(n => OutletIdentity(n, page) == OutletIdentity(issuer, page)))
        {
            names.Add(issuer);
        }

        return names;
    }

    /// <summary>What a credit names: the agency's canonical name, the page's own outlet, or the name itself.</summary>
    private string OutletIdentity(string name, PageOutlets page)
    {
        var key = MatchText.Normalize(name.AsSpan().Trim(CreditReader.NameBrackets));
        return lexicon.CanonicalAgency(key) is { } canonical ? MatchText.Normalize(canonical) : page.Identity(name) ?? key;
    }

    /// <summary>Whether <paramref name="key"/> stands in <paramref name="line"/> as whole words, maybe after the
    /// preposition لـ glued to it (<c>محفوظة لX</c>).</summary>
    private static bool NamesAsWord(string line, string key)
    {
        for (var at = line.IndexOf(key, StringComparison.Ordinal); at >= 0; at = line.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var end = at + key.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(line[at - 1])
                || (line[at - 1] == 'ل' && (at == 1 || !char.IsLetterOrDigit(line[at - 2])));
            if (startsWord && (end == line.Length || !char.IsLetter(line[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>After a bare "read also" / "related" header, the headline-like lines that follow are its links; the
    /// page's headline is never one (a «آخر الأخبار» label above it is the section).</summary>
    private static void MarkRelatedLists(List<CleanedLine> lines, string? headline)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != "read-also" || lines[i].Words > 4)
            {
                continue;
            }

            for (var j = i + 1; j < lines.Count && lines[j].IsContent && lines[j].Text != headline && (IsHeadlineLike(lines[j]) || IsQuestionHeadline(lines[j])); j++)
            {
                lines[j].Kind = "related";
            }
        }
    }

    /// <summary>Below the story, a section label or tag line starts the page's tag list: the short name-like lines
    /// that follow it (الكونغو الديمقراطية، يونيسف) are tags too.</summary>
    private static void MarkBottomTags(List<CleanedLine> lines, int last)
    {
        if (last < 0)
        {
            return;
        }

        for (var i = last + 1; i < lines.Count; i++)
        {
            if (lines[i].Kind is not ("section" or "tags"))
            {
                continue;
            }

            for (var j = i + 1; j < lines.Count && lines[j].IsContent && lines[j].Words <= MaxMastheadWords && IsHeadlineLike(lines[j]); j++)
            {
                lines[j].Kind = "tags";
            }
        }
    }

    /// <summary>The short line right after an image file name is that image's caption (unless it is the headline).</summary>
    private static void MarkImageCaptions(List<CleanedLine> lines, string? headline)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var next = lines[i + 1];
            if (lines[i].Kind == "image" && next.IsContent && !next.IsParagraph && IsHeadlineLike(next) && next.Text != headline)
            {
                next.Kind = "caption";
            }
        }
    }

    /// <summary>A headline that asks or exclaims (<c>هل تنجح الهدنة؟</c>) ends as a sentence does, so it reads as the first
    /// paragraph: a short one, with paragraphs below it and nothing headline-like above, is the headline; so is a short
    /// one ending in a full stop or an ellipsis (…) right above the timestamp or byline.</summary>
    private static bool IsExclaimedHeadline(List<CleanedLine> lines, int first) =>
        first + 1 < lines.Count && lines[first].Words is >= MinHeadlineWords and <= MaxExclaimedHeadlineWords
        && lines[first].Text.AsSpan().TrimEnd().TrimEnd("\"'»”’) \u00A0") is [.., var end]
        && (end is '؟' or '?' or '!' || (end is '.' or '…' && lines[first + 1].Kind is "timestamp" or "byline"))
        && lines.Skip(first + 1).Any(l => l.IsParagraph);

    /// <summary>A linked headline may ask its question (<c>ماذا يطلبون ولماذا الآن؟</c>).</summary>
    private static bool IsQuestionHeadline(CleanedLine line) =>
        line.Words <= MaxHeadlineWords && line.Text.TrimEnd() is [.., '؟' or '?'];

    private static bool IsHeadlineLike(CleanedLine line) =>
        line.Words <= MaxHeadlineWords && line.Text.Any(char.IsLetter) && !CreditReader.EndsLikeSentence(line.Text)
        && !line.Text.TrimEnd().EndsWith(':');

    /// <summary>A section label between paragraphs: a few words, no sentence punctuation, not an introduction to a quote.</summary>
    private static bool IsCrosshead(CleanedLine line) =>
        line.Words <= MaxCrossheadWords && !line.IsParagraph && !line.Text.TrimEnd().EndsWith(':') && line.Text.Any(char.IsLetter)
        && !ListItem().IsMatch(line.Text) && !LabelValue().IsMatch(line.Text);

    /// <summary>A topic of one to three words and a year, a spaced dash, a sub-topic of one to three words, no other digit.</summary>
    [GeneratedRegex(@"^[^\s\d|:،,.]+(?:\s[^\s\d|:،,.]+){0,2}\s(?:19|20)\d{2}\s+[-–—]\s+[^\s\d|:،,.]+(?:\s[^\s\d|:،,.]+){0,2}$")]
    private static partial Regex DossierLabel();

    /// <summary>A numbered or bulleted list item (<c>1- ...</c>, <c>• ...</c>) is content, not a section label.</summary>
    [GeneratedRegex(@"^\s*(?:[\d٠-٩]{1,3}\s*[-.)ـ–]|[•▪●◦*·-]\s)")]
    private static partial Regex ListItem();

    /// <summary>A "label: value" line (<c>البلد: المجر</c>) carries a fact, not a section label.</summary>
    [GeneratedRegex(@"^\S+(?:\s+\S+){0,2}\s*[:：]\s*\S")]
    private static partial Regex LabelValue();

    /// <summary>The metadata date, else a timestamp or byline line's date, else the date in the opening dateline
    /// (<c>X في 15 مارس 2023 /وكالة/</c>), else the caller's.</summary>
    private DateOnly? FindPublished(RawDocument document, List<CleanedLine> lines, AnalysisOptions options, DateOnly? openingDate)
    {
        if (document.Published is { } published)
        {
            return DateOnly.FromDateTime(published.DateTime);
        }

        foreach (var line in lines.Where(l => l.Kind is "timestamp" or "byline"))
        {
            if (dates.FirstDate(line.Key) is { } date)
            {
                return date;
            }
        }

        return openingDate ?? options.Published;
    }

    private static string? Collapse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
