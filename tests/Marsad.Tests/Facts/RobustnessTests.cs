using Marsad.Facts;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;
using Marsad.Text;

namespace Marsad.Tests.Facts;

/// <summary>Odd and random text never breaks the facts stages, and every span points at its text.</summary>
public sealed class RobustnessTests
{
    private static readonly QuantityAnnotator Quantities = new();
    private static readonly DateAnnotator Dates = new();
    private static readonly ArabicTextAnnotator Text = new();

    private static readonly string[] Pieces =
    [
        "قال", "في", "من", "عام", "قبل", "ليل", "يوم", "شهر", "الماضي", "المقبل", "أو", "و", "ال", "بـ", "الـ", "ـ", "\u064B", "\u0651",
        "31", "٢٣", "1,500", "3,5", "2021.06.28", "28/6/2021", "17:39", "15-03-2019", "2014م", "%", "اف", "-", "/", "(", ")", "،", ".",
        "\n", "\u00A0", " ", "مليون", "آلاف", "عشرة", "خمسة", "وعشرين", "نصف", "شخصا", "دولار", "وزيران", "دولتين", "الدول", "الأربعة",
        "اليوم", "أمس", "غدا", "الجمعة", "الإثنين", "سبتمبر", "أيلول", "تشرين", "الثاني", "كانون", "مارس", "عامين", "أيام", "😀", "\u200F",
        "رجب", "ذو", "الحجة", "هـ", "1446", "١٤٤٦هـ", "1446/7/12", "12/07/1446هـ",
    ];

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    public void Random_text_never_throws_and_every_span_names_its_text(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 200; n++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Pieces[random.Next(Pieces.Length)] + (random.Next(3) == 0 ? string.Empty : " ")));
            DateOnly? published = random.Next(2) == 0 ? null : new DateOnly(2000, 1, 1).AddDays(random.Next(10000));
            var article = new PassThroughCleaner().Clean(Some.Document(body), new AnalysisOptions { Published = published });
            foreach (var withTokens in new[] { false, true })
            {
                var input = withTokens ? Text.Annotate(article) : article;
                var result = Dates.Annotate(Quantities.Annotate(input));
                foreach (var q in result.Quantities)
                {
                    Assert.Equal(q.Text, result.Body[q.Start..q.End]);
                    Assert.True(q.Start < q.End);
                }

                foreach (var d in result.Dates)
                {
                    Assert.Equal(d.Text, result.Body[d.Start..d.End]);
                    Assert.True(d.Start < d.End);
                }
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("ـ")]
    [InlineData("\u064B\u064B 31")]
    [InlineData("الـ")]
    [InlineData("31 شخصا")]
    [InlineData("1446/13/40 هـ")]
    [InlineData("0 رجب 1446 هـ")]
    [InlineData("30 محرم 9999 هـ")]
    [InlineData("29 ذو الحجة 1500هـ")]
    [InlineData("1317/1/1 هـ")]
    [InlineData("الأحد هـ")]
    public void Degenerate_bodies_are_handled(string body)
    {
        var article = new PassThroughCleaner().Clean(Some.Document(body), new AnalysisOptions()) with { Boilerplate = [body, "ـ " + body] };
        var result = Dates.Annotate(Quantities.Annotate(Text.Annotate(article)));
        Assert.All(result.Quantities, q => Assert.Equal(q.Text, result.Body[q.Start..q.End]));
        Assert.All(result.Dates, d => Assert.Equal(d.Text, result.Body[d.Start..d.End]));
    }
}
