using Marsad.Model;

namespace Marsad.Tests.TestSupport;

/// <summary>The stand-off invariant: every span of a record lies inside the body and names exactly its text.</summary>
public static class SpanInvariants
{
    public static void AssertHold(AnalyzedArticle article)
    {
        var body = article.Body;
        void Check(string what, int start, int end, string? text)
        {
            Assert.True(0 <= start && start <= end && end <= body.Length, $"{article.Id}: {what} [{start},{end}) outside body of length {body.Length}");
            if (text is not null)
            {
                Assert.True(body[start..end] == text, $"{article.Id}: {what} [{start},{end}) is '{body[start..end]}', not '{text}'");
            }
        }

        foreach (var s in article.Sentences)
        {
            Check("sentence", s.Start, s.End, null);
            Assert.True(s.End > s.Start, $"{article.Id}: empty sentence at {s.Start}");
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
            Assert.False(string.IsNullOrWhiteSpace(e.Id), $"{article.Id}: entity without id");
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
    }
}
