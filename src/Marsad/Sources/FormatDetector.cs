using System.Text.Json;

namespace Marsad.Sources;

/// <summary>Recognises a document's format from its text, never from the file name.</summary>
internal static class FormatDetector
{
    public static DocumentFormat Detect(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.TrecDoc;
        }

        if (head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal)
                && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase))))
        {
            return DocumentFormat.Html;
        }

        if (head.StartsWith("{", StringComparison.Ordinal) && SomeEarlyLineIsJsonObject(text))
        {
            return DocumentFormat.JsonLines;
        }

        return DocumentFormat.PlainText;
    }

    /// <summary>How many non-empty lines are tried: a damaged first line (too deep, cut, not an object) must not turn a
    /// JSON Lines file into one plain-text article and lose every good line after it.</summary>
    private const int LinesTried = 5;

    private static bool SomeEarlyLineIsJsonObject(string text)
    {
        var tried = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (IsJsonObject(trimmed))
            {
                return true;
            }

            if (++tried == LinesTried || !trimmed.StartsWith('{'))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsJsonObject(ReadOnlySpan<char> line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line.ToString());
            return doc.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
