namespace Marsad.Sources;

/// <summary>
/// How deep a page's elements nest, counted on the raw text before it is parsed. AngleSharp's tree builder walks its
/// stack of open elements at each tag, so 100,000 nested &lt;div&gt; (a 1 MB file) kept <c>marsad analyze</c> busy
/// for over ten minutes (session 18). Browsers stop nesting at a few hundred levels (Blink at 512); no real page comes
/// near <see cref="MaxDepth"/>. The count is an estimate that errs low: void elements, self-closed tags and the
/// elements pages often leave open (p, li, td ...) are not counted, nor what comments, scripts and styles hold.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting read; deeper pages are refused before parsing.</summary>
    public const int MaxDepth = 1000;

    public static bool IsTooDeep(ReadOnlySpan<char> html)
    {
        var depth = 0;
        var i = 0;
        while ((i = NextTag(html, i)) >= 0)
        {
            if (html[i..].StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var name = html[start..end];
            var close = html[end..].IndexOf('>');
            var selfClosed = close > 0 && html[end + close - 1] == '/';
            i = close < 0 ? html.Length : end + close + 1;
            if (name.IsEmpty || IsUncounted(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (IsRawText(name))
            {
                i = SkipPast(html, i, name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style");
            }
            else if (!selfClosed && ++depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next '&lt;' that opens a tag (followed by a letter, '/' or '!'), or -1.</summary>
    private static int NextTag(ReadOnlySpan<char> html, int from)
    {
        while (from < html.Length)
        {
            var at = html[from..].IndexOf('<');
            if (at < 0)
            {
                return -1;
            }

            var i = from + at;
            if (i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!'))
            {
                return i;
            }

            from = i + 1;
        }

        return -1;
    }

    private static int SkipPast(ReadOnlySpan<char> html, int from, string marker)
    {
        var at = html[from..].IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : from + at + marker.Length;
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);

    // HTML's void elements, and those whose end tag pages commonly leave out.
    private static bool IsUncounted(ReadOnlySpan<char> name)
    {
        foreach (var element in Uncounted)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Uncounted =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    ];
}
