using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Sources;

/// <summary>
/// Reads TREC-style files: one or more <c>&lt;DOC&gt;</c> blocks with DOCNO, URL, SRC, CAT, TITLE, TIME (RFC 822),
/// AUTHOR, ABSTRACT and TEXT fields. A malformed block is an error for that block; the others still come back.
/// </summary>
internal static class TrecDocParser
{
    // Compiled at run time, not [GeneratedRegex]: the source generator cannot emit a case-insensitive
    // backreference and silently falls back to the interpreter, which cost ~1.5 % of an ingest's CPU.
    private static readonly Regex Field = new(
        @"<(DOCNO|URL|SRC|CAT|TITLE|TIME|AUTHOR|ABSTRACT|TEXT|HEADLINE|DATE)>(.*?)</\1>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public static IEnumerable<SourceResult> Parse(string path, string text)
    {
        var position = 0;
        var ordinal = 0;
        while (true)
        {
            var open = text.IndexOf("<DOC>", position, StringComparison.OrdinalIgnoreCase);
            if (open < 0)
            {
                yield break;
            }

            ordinal++;
            var close = text.IndexOf("</DOC>", open, StringComparison.OrdinalIgnoreCase);
            var nextOpen = text.IndexOf("<DOC>", open + 5, StringComparison.OrdinalIgnoreCase);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                var end = nextOpen < 0 ? text.Length : nextOpen;
                yield return SourceResult.Fail(path, $"malformed <DOC> #{ordinal}: {MissingTag(text.AsSpan(open..end), "</DOC>")}");
                if (nextOpen < 0)
                {
                    yield break;
                }

                position = nextOpen;
                continue;
            }

            yield return ParseBlock(path, text.AsSpan((open + 5)..close), ordinal);
            position = close + 6;
        }
    }

    private static string MissingTag(ReadOnlySpan<char> block, string fallback) =>
        block.Contains("<TEXT>", StringComparison.OrdinalIgnoreCase) && !block.Contains("</TEXT>", StringComparison.OrdinalIgnoreCase)
            ? "missing </TEXT>"
            : "missing " + fallback;

    /// <summary>One block, read in place in the file's text: each field is copied once, cleaned (the block, the
    /// regex group and the field's lines were four copies of every document).</summary>
    private static SourceResult ParseBlock(string path, ReadOnlySpan<char> block, int ordinal)
    {
        var hasText = block.Contains("<TEXT>", StringComparison.OrdinalIgnoreCase);
        if (hasText && !block.Contains("</TEXT>", StringComparison.OrdinalIgnoreCase))
        {
            return SourceResult.Fail(path, $"malformed <DOC> #{ordinal}: missing </TEXT>");
        }

        if (!hasText)
        {
            return SourceResult.Fail(path, $"malformed <DOC> #{ordinal}: no <TEXT> field");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in Field.EnumerateMatches(block))
        {
            // <NAME>content</NAME>: the backreference makes both tags the same length.
            var match = block.Slice(m.Index, m.Length);
            var name = match[1..match.IndexOf('>')];
            var key = name.ToString().ToUpperInvariant();
            if (!fields.ContainsKey(key))
            {
                fields[key] = Clean(match[(name.Length + 2)..^(name.Length + 3)]);
            }
        }

        // A page whose body the crawler missed still has a title (and maybe an abstract): keep it as a document.
        var body = fields.GetValueOrDefault("TEXT") ?? string.Empty;
        if (body.Length == 0)
        {
            body = fields.GetValueOrDefault("ABSTRACT") ?? string.Empty;
        }

        if (body.Length == 0 && string.IsNullOrEmpty(fields.GetValueOrDefault("TITLE")))
        {
            return SourceResult.Fail(path, $"malformed <DOC> #{ordinal}: empty <TEXT> and no <TITLE>");
        }

        var docNo = fields.GetValueOrDefault("DOCNO");
        var id = string.IsNullOrWhiteSpace(docNo)
            ? DocumentIds.FromPath(path) + (ordinal > 1 ? "-" + ordinal : string.Empty)
            : DocumentIds.Sanitise(docNo);
        var metadata = new Dictionary<string, string>();
        foreach (var key in new[] { "CAT", "ABSTRACT", "TIME", "DOCNO" })
        {
            if (fields.TryGetValue(key, out var v) && v.Length > 0)
            {
                metadata[key] = v;
            }
        }

        return SourceResult.Ok(new RawDocument
        {
            Id = id,
            Path = path,
            Format = DocumentFormat.TrecDoc,
            Text = body,
            Title = NullIfEmpty(fields.GetValueOrDefault("TITLE") ?? fields.GetValueOrDefault("HEADLINE")),
            Url = NullIfEmpty(fields.GetValueOrDefault("URL")),
            Outlet = NullIfEmpty(fields.GetValueOrDefault("SRC")),
            Author = NullIfEmpty(fields.GetValueOrDefault("AUTHOR")),
            Published = Rfc822Date.Parse(fields.GetValueOrDefault("TIME") ?? fields.GetValueOrDefault("DATE")),
            Metadata = metadata,
        });
    }

    /// <summary>Field content without surrounding blank lines; entities such as &amp;amp; decoded.</summary>
    private static string Clean(ReadOnlySpan<char> raw)
    {
        var value = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()).AsSpan() : raw;
        var cleaned = new StringBuilder(value.Length);
        foreach (var range in value.Split('\n'))
        {
            var line = value[range].Trim();
            if (line.Length > 0)
            {
                (cleaned.Length > 0 ? cleaned.Append('\n') : cleaned).Append(line);
            }
        }

        return cleaned.ToString();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
