using System.Text.Json;

namespace Marsad.Sources;

/// <summary>
/// Reads JSON Lines: one article object a line with <c>id</c>, <c>title</c>, <c>text</c>, <c>published</c>, <c>url</c>,
/// <c>source</c> (and <c>author</c>); other string fields go to the metadata. A bad line is an error naming the file
/// and the line number; the other lines still come back.
/// </summary>
internal static class JsonLinesParser
{
    private static readonly HashSet<string> KnownFields = ["id", "title", "text", "published", "url", "source", "author"];

    public static IEnumerable<SourceResult> Parse(string path, string text)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            yield return ParseLine(path, trimmed, lineNumber);
        }
    }

    private static SourceResult ParseLine(string path, string line, int lineNumber)
    {
        var where = $"{path}:{lineNumber}";
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return SourceResult.Fail(where, $"invalid JSON on line {lineNumber}: {ex.Message}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SourceResult.Fail(where, $"line {lineNumber} is not a JSON object");
            }

            var body = String(root, "text");
            if (string.IsNullOrWhiteSpace(body))
            {
                return SourceResult.Fail(where, $"line {lineNumber} has no \"text\" field");
            }

            var metadata = new Dictionary<string, string>();
            foreach (var property in root.EnumerateObject())
            {
                if (!KnownFields.Contains(property.Name) && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    metadata[property.Name] = property.Value.ToString();
                }
            }

            var id = String(root, "id");
            return SourceResult.Ok(new RawDocument
            {
                Id = string.IsNullOrWhiteSpace(id) ? $"{DocumentIds.FromPath(path)}-{lineNumber}" : DocumentIds.Sanitise(id),
                Path = path,
                Format = DocumentFormat.JsonLines,
                Text = body.Replace("\r\n", "\n").Replace('\r', '\n'),
                Title = NullIfEmpty(String(root, "title")),
                Url = NullIfEmpty(String(root, "url")),
                Outlet = NullIfEmpty(String(root, "source")),
                Author = NullIfEmpty(String(root, "author")),
                Published = Rfc822Date.Parse(String(root, "published")),
                Metadata = metadata,
            });
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
