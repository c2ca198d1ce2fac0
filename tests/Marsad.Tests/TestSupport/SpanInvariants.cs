using Marsad.Model;

namespace Marsad.Tests.TestSupport;

/// <summary>The stand-off invariant: every span of a record lies inside the body and names exactly its text.</summary>
public static class SpanInvariants
{
    public static void AssertHold(AnalyzedArticle article)
    {
        var violations = Violations(article);
        Assert.True(violations.Count == 0, $"{article.Id}: {string.Join("; ", violations)}");
    }

    /// <summary>Every broken span of the record as a readable line (none when the invariant holds): spans outside the
    /// body or not naming their text, empty sentences, entities without id. <paramref name="show"/> renders quoted
    /// text (e.g. making control characters visible).</summary>
    public static List<string> Violations(AnalyzedArticle article, Func<string, string>? show = null)
    {
        show ??= static t => t;
        var found = new List<string>();
        var body = article.Body ?? "";
        void Check(string what, int start, int end, string? text)
        {
            if (start < 0 || start > end || end > body.Length)
            {
                found.Add($"{what} [{start},{end}) outside body of length {body.Length}");
            }
            else if (text is not null && body[start..end] != text)
            {
                found.Add($"{what} [{start},{end}) is '{show(body[start..end])}', not '{show(text)}'");
            }
        }

        foreach (var s in article.Sentences)
        {
            Check("sentence", s.Start, s.End, null);
            if (s.End <= s.Start)
            {
                found.Add($"empty sentence at {s.Start}");
            }
        }

        foreach (var t in article.Tokens)
        {
            Check("token", t.Start, t.End, null);
        }

        foreach (var m in article.Mentions)
        {
            Check("mention", m.Start, m.End, m.Text);
        }

        foreach (var e in article.Entities)
        {
            if (string.IsNullOrWhiteSpace(e.Id))
            {
                found.Add($"entity '{show(e.Name ?? "")}' without id");
            }

            foreach (var m in e.Mentions)
            {
                Check($"mention of {e.Id}", m.Start, m.End, m.Text);
            }
        }

        foreach (var q in article.Quotes)
        {
            Check("quote", q.Start, q.End, q.Text);
            if (q.Speaker.MentionStart is { } ms && q.Speaker.MentionEnd is { } me)
            {
                Check("speaker mention", ms, me, q.Speaker.Mention);
            }
        }

        foreach (var q in article.Quantities)
        {
            Check("quantity", q.Start, q.End, q.Text);
        }

        foreach (var d in article.Dates)
        {
            Check("date", d.Start, d.End, d.Text);
        }

        return found;
    }
}
