using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Text;

namespace Marsad.Tests.Quotes;

/// <summary>Whatever the text, quotes point at their text and speakers at their mention, and nothing throws.</summary>
public sealed class QuoteOffsetPropertyTests
{
    private static readonly string[] Pieces =
    [
        "قال", "وقالت", "إن", "أن", "أنه", "بأن", "وأضاف", "مضيفا", "مشيرا إلى أن", "أكد", "على", "الوزير", "المتحدث باسم",
        "وزير الخارجية", "سامي", "عادل", "الحكومة", "بحسب", "وفق قوله", "ووعد", "،", ".", ":", "\"", "«", "»", "“", "”",
        "(", ")", "\n", "؛", "بـ", "لـ\"", "15", "3.5", "\u00A0", "ـ", "?", "!", "داعش", "ستواصل", "العمل", "في", "سوريا",
    ];

    [Fact]
    public void Quote_and_mention_offsets_point_at_their_text_for_random_article_like_input()
    {
        var pipeline = new PipelineBuilder().UseArabicText().UseQuotes().Build();
        var random = new Random(20260526);
        for (var round = 0; round < 400; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var body = string.Join(random.Next(4) == 0 ? string.Empty : " ", words);
            var article = pipeline.AnalyzeText(body, "r" + round);
            Assert.Empty(article.Errors);
            foreach (var q in article.Quotes)
            {
                Assert.True(q.Start >= 0 && q.End <= article.Body.Length && q.Start < q.End, $"range {q.Start}..{q.End} in: {body}");
                Assert.Equal(q.Text, article.Body[q.Start..q.End]);
                if (q.Speaker.MentionStart is { } ms && q.Speaker.MentionEnd is { } me)
                {
                    Assert.Equal(q.Speaker.Mention, article.Body[ms..me]);
                }
                else
                {
                    Assert.Equal(string.Empty, q.Speaker.Mention);
                }

                Assert.False(string.IsNullOrWhiteSpace(q.Speaker.Name));
                Assert.False(string.IsNullOrWhiteSpace(q.Cue));
            }
        }
    }
}
