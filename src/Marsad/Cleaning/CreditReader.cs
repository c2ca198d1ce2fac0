using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>
/// Reads bylines and datelines (<c>X ـ outlet</c>, <c>outlet | X – Y – (agency)</c>, <c>X - متابعات</c>), source lines
/// (<c>المصدر: A, B</c>) and a dateline opening the first paragraph (<c>X (agency) - ...</c>).
/// </summary>
internal sealed partial class CreditReader(CleanerLexicon lexicon)
{
    private static readonly char[] Separators = ['|', 'ـ', '–', '—', '-', '(', ')', '[', ']', '/', '\\', '•', '·'];
    private static readonly char[] SourceSeparators = [',', '،', '/', '|', '+', '&', '؛', ';', '-', '–', '—', '(', ')'];

    [GeneratedRegex(@"^[\s*(]*(?:المصدر|المصادر|مصدر الخبر|مصادر|نقلا عن|نقلاً عن|نقلا من|عن موقع|عن صحيفة|عن جريدة|source|sources)\s*[:：]?", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePrefix();

    [GeneratedRegex(@"^\s*(?:(?<place>[^\s()\-–—ـ:،,.""«]+(?:\s+[^\s()\-–—ـ:،,.""«]+){0,2})\s*(?:[-–—ـ]\s*)?)?\((?<agency>[^()]{1,40})\)\s*[-–—ـ:]")]
    private static partial Regex ParenthesisedOpening();

    [GeneratedRegex(@"^\s*(?<place>[^\s()\-–—ـ:،,.""«]+(?:\s+[^\s()\-–—ـ:،,.""«]+){0,2})\s*[-–—ـ]\s*(?<agency>[^\-–—ـ:()،,.]{1,30}?)\s*[-–—ـ:]")]
    private static partial Regex DashedOpening();

    /// <summary>A short line of place/outlet/agency segments; null when it does not read as a byline.</summary>
    /// <param name="line">The trimmed raw line.</param>
    /// <param name="loose">Also accept "place - name" with no known outlet (top of the article only).</param>
    /// <param name="outlet">The publishing outlet named by the metadata, which counts as a known outlet.</param>
    public Credits? ReadByline(string line, bool loose, string? outlet = null)
    {
        var own = outlet is null ? null : MatchText.Normalize(outlet);
        if (Words(line) > 10 || EndsLikeSentence(line) || line.IndexOfAny(Separators) < 0)
        {
            return null;
        }

        var segments = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim(':', '：', ' ', '\u00A0', '.', '،', ','))
            .Where(s => s.Length > 0 && s.Any(char.IsLetter))
            .ToList();
        if (segments.Count == 0 || segments.Any(s => Words(s) > 4))
        {
            return null;
        }

        bool IsOutlet(string s) => IsAgency(s) || (own is { Length: > 0 } && MatchText.Normalize(s) == own);
        var known = segments.Count(s => IsOutlet(s) || lexicon.NotOutlets.Contains(MatchText.Normalize(s)));
        if (known == 0 && !(loose && segments.Count >= 2 && Words(line) <= 6 && segments.All(s => Words(s) <= 3)))
        {
            return null;
        }

        return Build(segments, IsOutlet);
    }

    /// <summary>The agencies credited on a source line (<c>المصدر: الجزيرة، رويترز</c>).</summary>
    public Credits ReadSourceLine(string line)
    {
        var rest = SourcePrefix().Replace(line, string.Empty);
        var agencies = new List<string>();
        foreach (var part in rest.Split(SourceSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var segment = part.Trim('.', ' ', '\u00A0', '"', '«', '»');
            var key = MatchText.Normalize(segment);
            if (key.Length == 0 || lexicon.NotOutlets.Contains(key) || key.Any(char.IsDigit))
            {
                continue;
            }

            if (IsAgency(segment) || Words(segment) <= 4)
            {
                agencies.Add(segment);
            }
        }

        return new Credits(null, agencies);
    }

    /// <summary>A dateline opening a paragraph: <c>بيروت (رويترز) - ...</c> or <c>القاهرة - أ ش أ: ...</c>.</summary>
    public Credits? ReadOpening(string paragraph)
    {
        foreach (var regex in new[] { ParenthesisedOpening(), DashedOpening() })
        {
            var m = regex.Match(paragraph);
            if (!m.Success)
            {
                continue;
            }

            var agency = m.Groups["agency"].Value.Trim();
            if (!IsAgency(agency) && !lexicon.NotOutlets.Contains(MatchText.Normalize(agency)))
            {
                continue;
            }

            var place = m.Groups["place"].Success ? m.Groups["place"].Value.Trim() : null;
            if (place is not null && (IsAgency(place) || place.Any(char.IsDigit)))
            {
                place = null;
            }

            return new Credits(place, IsAgency(agency) ? [agency] : []);
        }

        return null;
    }

    public bool IsAgency(string segment) => lexicon.IsAgency(MatchText.Normalize(segment.Trim('(', ')', ' ')));

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

    /// <summary>"outlet - name" ends with the writer, not a place: <c>العربية.نت - فلان الفلاني</c>.</summary>
    private static bool IsAuthorAfterOutlet(List<string> segments, int index, Func<string, bool> isOutlet) =>
        index == segments.Count - 1 && index > 0 && isOutlet(segments[index - 1]);

    /// <summary>"أحمد الريدي": two or more words starting with a known given name.</summary>
    private bool IsPersonName(string normalizedSegment)
    {
        var space = normalizedSegment.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && lexicon.FirstNames.Contains(normalizedSegment[..space]);
    }

    private Credits Build(List<string> segments, Func<string, bool> isOutlet)
    {
        string? place = null;
        var agencies = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var key = MatchText.Normalize(segment);
            if (isOutlet(segment))
            {
                agencies.Add(segment);
            }
            else if (place is null && !lexicon.NotOutlets.Contains(key) && !lexicon.PhotoCredits.Contains(key)
                && Words(segment) <= 3 && !segment.Any(char.IsDigit) && !IsAuthorAfterOutlet(segments, i, isOutlet)
                && !IsPersonName(key))
            {
                place = segment;
            }
        }

        return new Credits(place, agencies);
    }
}
