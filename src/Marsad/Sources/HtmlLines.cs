using System.Text;
using AngleSharp.Dom;

namespace Marsad.Sources;

/// <summary>Flattens an element into text lines: block elements and &lt;br&gt; end a line; whitespace is collapsed
/// (NBSP kept, as the source wrote it).</summary>
internal static class HtmlLines
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "pre", "hr", "address",
        "caption", "details", "summary",
    };

    public static string Extract(IElement root)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(root, lines, current);
        Flush(lines, current);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, List<string> lines, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(current, text.Data);
                    break;
                case IElement element when element.LocalName == "br":
                    Flush(lines, current);
                    break;
                case IElement element when element.LocalName is "script" or "style" or "noscript" or "template":
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(lines, current);
                    Walk(element, lines, current);
                    Flush(lines, current);
                    break;
                case IElement element:
                    Walk(element, lines, current);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\n' or '\r' or '\t' or '\f')
            {
                if (current.Length > 0 && current[^1] != ' ')
                {
                    current.Append(' ');
                }
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        var line = current.ToString().Trim(' ');
        if (line.Length > 0)
        {
            lines.Add(line);
        }

        current.Clear();
    }
}
