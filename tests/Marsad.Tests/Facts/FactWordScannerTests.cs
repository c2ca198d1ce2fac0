using Marsad.Facts;
using Marsad.Text;

namespace Marsad.Tests.Facts;

public sealed class FactWordScannerTests
{
    [Theory]
    [InlineData("قتل 12 شخصا، وأصيب 3.")]
    [InlineData("الدول الـ27 و15 مسلحا و1,500 عائلة")]
    [InlineData("في 15-03-2019 و28/6/2021 و2019.11.04 عند 17:30")]
    [InlineData("سنة 1990م ونسبة 62% و٢٣ شخصا")]
    [InlineData("مقاتلات إف-16 وF-16 وMH17")]
    [InlineData("ليلة السبت - الأحد\nسبتمبر/أيلول (تشرين الأول)")]
    [InlineData("شخصاً ومسؤولاً «عشرة آلاف»")]
    public void Words_from_the_text_stage_tokens_match_the_fallback_scanner(string body)
    {
        var scanned = FactWordScanner.Scan(body).Select(w => (w.Folded, w.IsPunctuation ? -1 : w.Start, w.IsPunctuation ? -1 : w.End));
        var fromTokens = FactWordScanner.FromTokens(body, ArabicTokenizer.Tokenize(body)).Select(w => (w.Folded, w.IsPunctuation ? -1 : w.Start, w.IsPunctuation ? -1 : w.End));
        Assert.Equal(scanned, fromTokens);
    }

    [Fact]
    public void A_run_of_digits_with_separators_is_one_word()
    {
        var words = FactWordScanner.Scan("بتاريخ 28/6/2021 الساعة 17:39");
        Assert.Contains(words, w => w.Folded == "28/6/2021");
        Assert.Contains(words, w => w.Folded == "17:39");
    }

    [Fact]
    public void Folding_maps_eastern_digits_and_drops_marks()
    {
        var words = FactWordScanner.Scan("٢٣ شخصاً");
        Assert.Equal("23", words[0].Folded);
        Assert.Equal("شخصا", words[1].Folded);
        Assert.Equal(8, words[1].End);
    }
}
