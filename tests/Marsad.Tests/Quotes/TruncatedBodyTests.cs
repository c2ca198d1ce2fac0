using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>Scraped bodies are often cut mid-sentence: every word-prefix of a report must analyse without an
/// exception, and every quote found must be text of that prefix. Scans that look past a cue, a frame noun or a
/// preposition once ran off the end of the body here.</summary>
public sealed class TruncatedBodyTests
{
    [Theory]
    [InlineData("وأكد الوزير سمير الخطيب أن الخطة جاهزة، معربا عن قلقه من تأخر التمويل.")]
    [InlineData("وقال المحلل في الشركة الوطنية للأبحاث رامي عيسى إن الأسعار سترتفع.")]
    [InlineData("وأوضح الوزير سمير الخطيب أن الخطة تشمل عشرة آلاف منزل، لافتا إلى تخصيص مئة فريق.")]
    [InlineData("ودعت فرنسا وألمانيا الاثنين إلى وقف القتال، وأعرب المبعوث عن \"قلق عميق\".")]
    public void Every_word_prefix_of_a_report_analyses_and_its_quotes_are_its_own_text(string sentence)
    {
        var words = sentence.Split(' ');
        for (var n = 1; n <= words.Length; n++)
        {
            var body = string.Join(' ', words.Take(n));
            var quotes = Find(body);
            Assert.All(quotes, q => Assert.Contains(q.Text, body, StringComparison.Ordinal));
        }
    }
}
