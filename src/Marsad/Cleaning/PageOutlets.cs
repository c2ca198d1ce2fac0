namespace Marsad.Cleaning;

/// <summary>
/// The outlets a page names for itself: the metadata outlet and the masthead lines above the story
/// (<c>الحرة</c>, <c>قناة العالم</c>). A byline segment that is one of them, or the masthead's last words
/// (<c>العالم</c> of <c>قناة العالم</c>), credits the outlet, so it is never read as the dateline place. A known
/// outlet's last words credit it under its full name; an outlet we do not list is credited as the byline writes it.
/// </summary>
internal sealed class PageOutlets
{
    public static readonly PageOutlets None = new([]);

    private readonly List<(string Key, string Name, bool Known)> outlets;
    private const int MaxPrefixedSiteWords = 2;
    private const int MinTagLetters = 3;

    private readonly string? siteLine;
    private readonly int siteLineWords;
    private readonly string? siteCore;

    /// <param name="names">The page's own outlet names (metadata, known mastheads).</param>
    /// <param name="isKnown">Whether a name is a listed agency or outlet.</param>
    /// <param name="firstLine">The page's short first line, which may be the site's name, alone or with a suffix
    /// (<c>الأخبار إنفو</c>): a credit naming it, or the first word of a two-word line (<c>(الأخبار)</c>), names the site.</param>
    /// <param name="isSiteWord">Whether a normalised word names a kind of outlet (موقع، صحيفة): a site line opening with one
    /// is also named by the words after it (<c>الساحل</c> of <c>موقع الساحل الإخباري</c>, its closing adjective dropped).</param>
    public PageOutlets(IEnumerable<string> names, string? firstLine = null, Func<string, bool>? isKnown = null, Func<string, bool>? isSiteWord = null)
    {
        outlets = [.. names.Select(n => (MatchText.Normalize(n), n.Trim(), isKnown?.Invoke(n) ?? false)).Where(o => o.Item1.Length > 0)];
        // «أطلس بريس | الرئيسية»: the site's name is the part before a bar.
        var siteName = firstLine?.Split('|')[0].Trim();
        siteLine = string.IsNullOrEmpty(siteName) ? null : MatchText.Normalize(siteName);
        siteLineWords = siteLine is null ? 0 : CreditReader.Words(siteName!);
        siteCore = siteLine is null || isSiteWord is null ? null : CoreName(siteLine, isSiteWord);
        this.isSiteWord = isSiteWord;
    }

    private readonly Func<string, bool>? isSiteWord;

    /// <summary>Whether one word is a word of the page's own name (before any «| section»), maybe without its article
    /// (<c>وطنية</c> of <c>الوكالة الوطنية للإعلام</c>): the tag an agency opens its leads with. An outlet word
    /// (<c>وكالة</c>) or a word of two letters is no tag.</summary>
    public bool IsOwnNameWord(string word)
    {
        var key = MatchText.Normalize(word.AsSpan().Trim());
        var bare = key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key;
        if (bare.Length < MinTagLetters || key.Contains(' ', StringComparison.Ordinal) || isSiteWord?.Invoke(bare) == true
            || isSiteWord?.Invoke("ال" + bare) == true)
        {
            return false;
        }

        foreach (var name in outlets.Select(o => o.Key).Append(siteLine ?? string.Empty))
        {
            foreach (var nameWord in name.Split('|')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (nameWord == key || (nameWord.Length == key.Length + 2 && nameWord.StartsWith("ال", StringComparison.Ordinal)
                    && nameWord.EndsWith(key, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The words of a site's name after its outlet word, without a closing adjective of the «ال…ي» kind
    /// (<c>الإخباري</c>, <c>الإلكترونية</c>); null when the name does not open with an outlet word or nothing is left.</summary>
    private static string? CoreName(string site, Func<string, bool> isSiteWord)
    {
        var words = site.Split(' ');
        if (words.Length < 2 || !isSiteWord(words[0]))
        {
            return null;
        }

        var end = words.Length;
        if (end > 2 && words[^1] is ['ا', 'ل', .., 'ي'] or ['ا', 'ل', .., 'ي', 'ه'])
        {
            end--;
        }

        return string.Join(' ', words[1..end]);
    }

    /// <summary>The page's own outlet names, as given.</summary>
    public IEnumerable<string> Names => outlets.Select(o => o.Name);

    /// <summary>The outlet's name when <paramref name="segment"/> names one of the page's outlets (a known outlet's full
    /// name, else the segment as written); otherwise null.</summary>
    public string? Credit(string segment)
    {
        var identity = Identity(segment);
        return identity is null ? null
            : outlets.Find(o => o.Key == identity) is { Known: true, Name: var name } ? name
            : segment.AsSpan().Trim(CreditReader.NameBrackets).ToString();
    }

    /// <summary>The matching form of the page outlet's full name when <paramref name="segment"/> names it, alone or by
    /// its last words (<c>العالم</c> of <c>قناة العالم</c>); otherwise null. Two credits with one identity are one outlet.</summary>
    public string? Identity(string segment)
    {
        var key = MatchText.Normalize(segment.AsSpan().Trim(CreditReader.NameBrackets));
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (outletKey, _, _) in outlets)
        {
            if (outletKey == key
                || (outletKey.Length > key.Length + 1 && outletKey.EndsWith(key, StringComparison.Ordinal) && outletKey[^(key.Length + 1)] == ' '))
            {
                return outletKey;
            }
        }

        if (siteLine is { } site && (site == key || key == siteCore || (siteLineWords <= MaxPrefixedSiteWords
            && site.Length > key.Length + 1 && site.StartsWith(key, StringComparison.Ordinal) && site[key.Length] == ' ')))
        {
            return site;
        }

        return null;
    }
}
