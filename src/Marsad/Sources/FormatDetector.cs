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

        if (head.StartsWith("{", StringComparison.Ordinal) && FirstLineIsJsonObject(text))
        {
            return DocumentFormat.JsonLines;
        }

        return DocumentFormat.PlainText;
    }

    private static bool FirstLineIsJsonObject(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(trimmed.ToString());
                return doc.RootElement.ValueKind == JsonValueKind.Object;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return false;
    }
}
