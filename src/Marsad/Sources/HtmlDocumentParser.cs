using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Marsad.Sources;

/// <summary>
/// Reads an HTML page: the main content as lines (the <c>article</c>, else <c>main</c>, else the body, without
/// scripts, styles, navigation, forms or asides), the title, the publication date from the usual meta tags
/// (article:published_time, datePublished, pubdate, JSON-LD) and the outlet from og:site_name.
/// </summary>
internal static class HtmlDocumentParser
{
    private static readonly string[] DateSelectors =
    [
        "meta[property='article:published_time']", "meta[property='og:published_time']", "meta[name='article:published_time']",
        "meta[itemprop='datePublished']", "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='date']",
        "meta[name='DC.date.issued']", "meta[name='dc.date']", "meta[property='article:modified_time']",
    ];

    public static SourceResult Parse(string path, string html)
    {
        if (HtmlNesting.IsTooDeep(html))
        {
            return SourceResult.Fail(path, $"HTML nested deeper than {HtmlNesting.MaxDepth} elements: not read");
        }

        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var metadata = new Dictionary<string, string>();
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var value = meta.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(value))
            {
                metadata.TryAdd(key.Trim(), value.Trim());
            }
        }

        var jsonLd = ReadJsonLd(document);
        var published = FirstDate(document, jsonLd);
        var container = document.QuerySelector("[itemprop='articleBody']")?.Closest("article")
            ?? document.QuerySelector("article")
            ?? document.QuerySelector("main, [role='main']")
            ?? document.Body;
        if (container is null)
        {
            return SourceResult.Fail(path, "HTML page without a body");
        }

        foreach (var junk in container.QuerySelectorAll("script, style, noscript, template, svg, iframe, form, button, select, input, textarea, nav, aside, footer").ToList())
        {
            junk.Remove();
        }

        foreach (var header in container.QuerySelectorAll("header").Where(h => h.QuerySelector("h1") is null).ToList())
        {
            header.Remove();
        }

        var text = HtmlLines.Extract(container);
        if (text.Length == 0)
        {
            return SourceResult.Fail(path, "HTML page without text content");
        }

        var title = Attribute(document, "meta[property='og:title']", "content")
            ?? Collapse(container.QuerySelector("h1")?.TextContent)
            ?? Collapse(document.Title)
            ?? jsonLd.GetValueOrDefault("headline");
        return SourceResult.Ok(new RawDocument
        {
            Id = DocumentIds.FromPath(path),
            Path = path,
            Format = DocumentFormat.Html,
            Text = text,
            Title = title,
            Url = Attribute(document, "link[rel='canonical']", "href") ?? Attribute(document, "meta[property='og:url']", "content"),
            Outlet = Attribute(document, "meta[property='og:site_name']", "content") ?? jsonLd.GetValueOrDefault("publisher"),
            Author = Attribute(document, "meta[name='author']", "content") ?? jsonLd.GetValueOrDefault("author"),
            Published = published,
            Metadata = metadata,
        });
    }

    private static DateTimeOffset? FirstDate(IDocument document, Dictionary<string, string> jsonLd)
    {
        foreach (var selector in DateSelectors)
        {
            if (Rfc822Date.Parse(Attribute(document, selector, "content")) is { } date)
            {
                return date;
            }
        }

        if (Rfc822Date.Parse(jsonLd.GetValueOrDefault("datePublished")) is { } ld)
        {
            return ld;
        }

        var time = document.QuerySelector("[itemprop='datePublished'], time[pubdate], article time[datetime]");
        return Rfc822Date.Parse(time?.GetAttribute("datetime") ?? time?.GetAttribute("content"));
    }

    /// <summary>The first NewsArticle-like object of the page's JSON-LD: datePublished, headline, author, publisher names.</summary>
    private static Dictionary<string, string> ReadJsonLd(IDocument document)
    {
        var found = new Dictionary<string, string>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                Collect(json.RootElement, found);
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the meta tags still count.
            }
        }

        return found;
    }

    private static void Collect(JsonElement element, Dictionary<string, string> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, found);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "datePublished" or "headline" when property.Value.ValueKind == JsonValueKind.String:
                    found.TryAdd(property.Name, property.Value.GetString()!);
                    break;
                case "author" or "publisher":
                    if (NameOf(property.Value) is { } name)
                    {
                        found.TryAdd(property.Name, name);
                    }

                    break;
                case "@graph":
                    Collect(property.Value, found);
                    break;
            }
        }
    }

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object when value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
        JsonValueKind.Array when value.GetArrayLength() > 0 => NameOf(value[0]),
        _ => null,
    };

    private static string? Attribute(IDocument document, string selector, string attribute) =>
        Collapse(document.QuerySelector(selector)?.GetAttribute(attribute));

    private static string? Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
