using System.Text.Json;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Serialization;
using Marsad.Sources;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Hostile;

/// <summary>
/// Everything wrong with one analysed record, as readable lines, so a fuzz run reports every broken case at once
/// instead of stopping at the first: stage failures (replayed for their stack trace), spans outside the body or
/// not naming their text, quotes outside the body, values JSON cannot carry, a record that does not round-trip.
/// </summary>
public static class RecordViolations
{
    public static List<string> Of(AnalyzedArticle article)
    {
        var found = SpanInvariants.Violations(article, Show);
        var body = article.Body ?? "";
        foreach (var q in article.Quantities.Where(q => !double.IsFinite(q.Value)))
        {
            found.Add($"quantity '{Show(q.Text)}' has the value {q.Value}, which JSON cannot carry");
        }

        if (HasLoneSurrogate(body))
        {
            found.Add(LoneSurrogates);
        }

        found.AddRange(RoundTrip(article));
        return found;
    }

    /// <summary>The violation of a body that keeps unpaired UTF-16 surrogates: JSON cannot carry them and writes
    /// U+FFFD instead, so the stored record's text would differ from the one analysed (the cleaner replaces them since
    /// session 9, see <see cref="HostileRegressionTests"/>).</summary>
    public const string LoneSurrogates = "the body keeps unpaired surrogates, which JSON writes as U+FFFD";

    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text as JSON writes it: each unpaired surrogate becomes U+FFFD, one char for one.</summary>
    public static string AsJsonWrites(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>The stack trace of the stage that failed, found by running the stages one by one.</summary>
    public static string Replay(AnalysisPipeline pipeline, RawDocument document, AnalysisOptions options, string stage)
    {
        try
        {
            var article = pipeline.Cleaner.Clean(document, options);
            foreach (var annotator in pipeline.Annotators)
            {
                if (annotator.Name == stage)
                {
                    annotator.Annotate(article);
                    return "(the stage did not fail again)";
                }

                article = annotator.Annotate(article);
            }
        }
        catch (Exception ex)
        {
            return ex.ToString();
        }

        return "(no such stage)";
    }

    /// <summary>A short, printable form of hostile text for a failure message.</summary>
    public static string Show(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var shown = string.Concat(text.Take(120).Select(c => char.IsControl(c) || char.IsSurrogate(c) || c is '\u200E' or '\u200F' or '\uFEFF'
            ? $"\\u{(int)c:X4}"
            : c.ToString()));
        return text.Length > 120 ? shown + $"… ({text.Length} chars)" : shown;
    }

    private static IEnumerable<string> RoundTrip(AnalyzedArticle article)
    {
        string json;
        try
        {
            json = ArticleJson.Serialize(article);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or JsonException or NotSupportedException)
        {
            return [$"the record does not serialise: {ex.GetType().Name}: {ex.Message}"];
        }

        try
        {
            var back = ArticleJson.Deserialize(json);
            // Unpaired surrogates are reported on their own (LoneSurrogates); everything else must come back as written.
            var sameText = back.Body == AsJsonWrites(article.Body)
                && back.Quotes.Select(q => (q.Start, q.End, q.Text)).SequenceEqual(article.Quotes.Select(q => (q.Start, q.End, AsJsonWrites(q.Text))))
                && back.Dates.Length == article.Dates.Length && back.Quantities.Length == article.Quantities.Length
                && back.Entities.Length == article.Entities.Length;
            return sameText ? [] : ["the record does not round-trip through JSON"];
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or JsonException or NotSupportedException)
        {
            return [$"the serialised record does not read back: {ex.GetType().Name}: {ex.Message}"];
        }
    }
}
