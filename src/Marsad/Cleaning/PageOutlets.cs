namespace Marsad.Cleaning;

/// <summary>
/// The outlets a page names for itself: the metadata outlet and the masthead lines above the story
/// (<c>الحرة</c>, <c>قناة العالم</c>). A byline segment that is one of them, or the masthead's last words
/// (<c>العالم</c> of <c>قناة العالم</c>), credits the outlet, so it is never read as the dateline place.
/// </summary>
internal sealed class PageOutlets
{
    public static readonly PageOutlets None = new([]);

    private readonly List<(string Key, string Name)> outlets;
    private const int MaxPrefixedSiteWords = 2;

    private readonly string? siteLine;
    private readonly int siteLineWords;

    /// <param name="names">The page's own outlet names (metadata, known mastheads).</param>
    /// <param name="firstLine">The page's short first line, which may be the site's name, alone or with a suffix
    /// (<c>الأخبار إنفو</c>): a credit naming it, or the first word of a two-word line (<c>(الأخبار)</c>), names the site.</param>
    public PageOutlets(IEnumerable<string> names, string? firstLine = null)
    {
        outlets = [.. names.Select(n => (MatchText.Normalize(n), n.Trim())).Where(o => o.Item1.Length > 0)];
        siteLine = firstLine is null ? null : MatchText.Normalize(firstLine);
        siteLineWords = firstLine is null ? 0 : CreditReader.Words(firstLine);
    }

    /// <summary>The outlet's name as the page writes it when <paramref name="segment"/> names it; otherwise null.</summary>
    public string? Credit(string segment)
    {
        var key = MatchText.Normalize(segment.Trim('(', ')', ' '));
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (outletKey, name) in outlets)
        {
            if (outletKey == key)
            {
                return segment.Trim('(', ')', ' ');
            }

            if (outletKey.Length > key.Length + 1 && outletKey.EndsWith(key, StringComparison.Ordinal) && outletKey[^(key.Length + 1)] == ' ')
            {
                return name;
            }
        }

        if (siteLine is { } site && (site == key || (siteLineWords <= MaxPrefixedSiteWords
            && site.Length > key.Length + 1 && site.StartsWith(key, StringComparison.Ordinal) && site[key.Length] == ' ')))
        {
            return segment.Trim('(', ')', ' ');
        }

        return null;
    }
}
