using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class NormalizedTextTests
{
    private static readonly char[] Alphabet =
        "أإآاىيةهـَُِّْٰ ٠١٢3456ABCdef،؛؟.«»\u00A0\u200C\u200F\uFEFF\nبتثجحخدذرزسشصضطظعغفقكلمنوؤئء".ToCharArray();

    [Fact]
    public void A_match_in_the_normalised_text_maps_to_the_exact_original_word()
    {
        var original = "قال الرئيسُ الأمريكيّ إنّ";
        var normalized = NormalizedText.Create(original);
        var at = normalized.Text.IndexOf("الامريكي", StringComparison.Ordinal);
        var (start, end) = normalized.ToOriginal(at, at + "الامريكي".Length);
        Assert.Equal("الأمريكيّ", original[start..end]);
    }

    [Fact]
    public void A_match_before_a_tatweel_and_number_takes_the_tatweel()
    {
        var original = "في الـ83 دقيقة";
        var normalized = NormalizedText.Create(original);
        Assert.Equal("في ال83 دقيقه", normalized.Text);
        var (start, end) = normalized.ToOriginal(3, 5);
        Assert.Equal("الـ", original[start..end]);
    }

    [Fact]
    public void The_empty_text_maps_its_only_position_to_zero()
    {
        var normalized = NormalizedText.Create(string.Empty);
        Assert.Equal((0, 0), normalized.ToOriginal(0, 0));
    }

    [Fact]
    public void Positions_outside_the_normalised_text_are_refused()
    {
        var normalized = NormalizedText.Create("نص");
        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.OriginalStart(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.OriginalEnd(-1));
    }

    [Fact]
    public void Every_normalised_span_maps_to_an_original_span_that_normalises_back_to_it()
    {
        var random = new Random(20260526);
        for (var round = 0; round < 400; round++)
        {
            var original = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var normalized = NormalizedText.Create(original);
            Assert.Equal(ArabicNormalizer.Normalize(original), normalized.Text);
            for (var start = 0; start <= normalized.Length; start++)
            {
                for (var end = start; end <= normalized.Length; end++)
                {
                    var (s, e) = normalized.ToOriginal(start, end);
                    Assert.InRange(s, 0, original.Length);
                    Assert.InRange(e, s, original.Length);
                    Assert.Equal(normalized.Text[start..end], ArabicNormalizer.Normalize(original[s..e]));
                    if (end > start)
                    {
                        Assert.True(ArabicNormalizer.TryFold(original[s], NormalizationMode.Standard, out _), "a mapped span starts on a kept char");
                    }
                }
            }
        }
    }
}
