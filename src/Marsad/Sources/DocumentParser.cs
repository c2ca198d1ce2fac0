namespace Marsad.Sources;

/// <summary>Bytes of one file or archive entry → documents: decodes, detects the format, parses.</summary>
internal static class DocumentParser
{
    public static IEnumerable<SourceResult> Parse(string path, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is not null || decoded.Text is null)
        {
            return [SourceResult.Fail(path, decoded.Error ?? "unreadable")];
        }

        var text = decoded.Text;
        return FormatDetector.Detect(text) switch
        {
            DocumentFormat.TrecDoc => TrecDocParser.Parse(path, text),
            DocumentFormat.Html => [Safe(path, () => HtmlDocumentParser.Parse(path, text))],
            DocumentFormat.JsonLines => JsonLinesParser.Parse(path, text),
            _ => [SourceResult.Ok(new RawDocument
            {
                Id = DocumentIds.FromPath(path),
                Path = path,
                Format = DocumentFormat.PlainText,
                Text = text,
                Metadata = new Dictionary<string, string> { ["encoding"] = decoded.EncodingName ?? "UTF-8" },
            })],
        };
    }

    private static SourceResult Safe(string path, Func<SourceResult> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return SourceResult.Fail(path, $"unreadable HTML: {ex.Message}");
        }
    }
}
