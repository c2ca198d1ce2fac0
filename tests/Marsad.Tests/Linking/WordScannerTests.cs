using Marsad.Linking;

namespace Marsad.Tests.Linking;

/// <summary>The linker's word scanner, which keeps one token builder per thread between bodies.</summary>
public class WordScannerTests
{
    [Fact]
    public void ABodyScannedAfterALongerOneHasOnlyItsOwnWords()
    {
        var longer = string.Join(' ', Enumerable.Repeat("زار الوفد مدينة حمص، ثم عاد.", 400));
        Assert.Equal(2400, WordScanner.Scan(longer).Length);

        var tokens = WordScanner.Scan("وصل سامر إلى الميناء");

        Assert.Equal(["وصل", "سامر", "الي", "الميناء"], tokens.Select(t => t.Key));
        Assert.Equal([false, true, true, true], tokens.Select(t => t.JoinsPrevious));
        Assert.Equal(20, tokens[^1].End);
    }

    [Fact]
    public void ABodyLargerThanTheKeptBuilderIsScannedWholeAndTheNextOneToo()
    {
        var huge = string.Join(' ', Enumerable.Repeat("زار الوفد مدينة حمص، ثم عاد.", 12_000));
        Assert.Equal(72_000, WordScanner.Scan(huge).Length);

        var tokens = WordScanner.Scan("عاد الوفد");

        Assert.Equal(["عاد", "الوفد"], tokens.Select(t => t.Key));
    }

    [Fact]
    public void PunctuationEndsAPhraseAndALineBreakToo()
    {
        var tokens = WordScanner.Scan("قال نادر، ثم\nغادر");

        Assert.Equal([false, true, false, false], tokens.Select(t => t.JoinsPrevious));
    }
}
