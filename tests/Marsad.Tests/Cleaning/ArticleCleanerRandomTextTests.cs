using System.Text;
using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Random text of Arabic words, chrome-like fragments, punctuation and odd whitespace: the cleaner never
/// throws and partitions the non-empty lines into body and boilerplate, in order.</summary>
public sealed class ArticleCleanerRandomTextTests
{
    private static readonly string[] Pieces =
    [
        "قال", "الوزير", "إن", "أن", "«", "»", "\"", "(", ")", "رويترز", "أ ف ب", "ـ", "-", "–", "|", ":", ".", "،",
        "2024.03.10", "12 مارس 2024", "10:30", "حجم الخط", "+A", "شارك", "المصدر:", "اقرأ أيضا", "\u00A0", "\u200F",
        "بيروت", "متابعات", "©", "#وسم", "صورة.jpg", "1-", "ـــ", "\t", "؟", "!", "x",
    ];

    [Fact]
    public void Random_text_never_breaks_the_line_partition()
    {
        var cleaner = new ArticleCleaner();
        var random = new Random(20240310);
        for (var round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            var count = random.Next(0, 80);
            for (var i = 0; i < count; i++)
            {
                sb.Append(Pieces[random.Next(Pieces.Length)]);
                sb.Append(random.Next(6) switch { 0 => "\n", 1 => "\r\n", 2 => string.Empty, _ => " " });
            }

            var raw = sb.ToString().Replace("\r\n", "\n");
            var article = cleaner.Clean(Some.Document(raw), AnalysisOptions.Default);
            var lines = raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var body = article.Body.Length == 0 ? [] : article.Body.Split('\n');
            Assert.Equal(lines.Count, body.Length + article.Boilerplate.Length);
            int b = 0, p = 0;
            foreach (var line in lines)
            {
                if (b < body.Length && body[b] == line)
                {
                    b++;
                }
                else
                {
                    Assert.Equal(line, article.Boilerplate[p]);
                    p++;
                }
            }
        }
    }
}
