using Marsad.Cleaning;
using Marsad.Facts;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Facts;

/// <summary>The name of an outlet the page credits, or of the page's own site, holds no date where the body cites it
/// («لـ"الخليج اليوم"»).</summary>
public sealed class CreditedOutletDateTests
{
    private static readonly DateAnnotator Dates = new();
    private static readonly ArticleCleaner Cleaner = new();

    private static AnalyzedArticle Article(string[] agencies, string[]? siteNames = null) => new()
    {
        Id = "t",
        Source = new SourceInfo("t.txt", null, null),
        Body = "وقال الوزير في تصريح لـ\"الخليج اليوم\" إن الاجتماع عقد صباح اليوم في العاصمة.",
        Published = new DateOnly(2024, 2, 6),
        Agencies = [.. agencies],
        SiteNames = [.. siteNames ?? []],
    };

    [Fact]
    public void A_credited_outlets_name_is_no_date() =>
        Assert.Equal(["صباح اليوم"], Dates.Annotate(Article(["الخليج اليوم"])).Dates.Select(d => d.Text));

    [Fact]
    public void Without_the_credit_the_same_words_read_as_a_date() =>
        Assert.Equal(["اليوم", "صباح اليوم"], Dates.Annotate(Article([])).Dates.Select(d => d.Text));

    [Fact]
    public void The_pages_own_name_is_no_date_even_when_the_page_does_not_credit_it() =>
        Assert.Equal(["صباح اليوم"], Dates.Annotate(Article([], ["الخليج اليوم"])).Dates.Select(d => d.Text));

    [Fact]
    public void A_site_named_with_alyawm_that_signs_its_writer_and_cites_itself_gives_no_date_for_its_name()
    {
        // A writer signs the piece, so the site's footer is no credit; its name is still the site's, not "today".
        const string raw = """
            الملاحة اليوم | مجلة البحار والموانئ
            تقارير
            الأربعاء 14 فبراير 2024
            كتب: سامر الخطيب
            موانئ البحر الأحمر تستعد لموسم الشحن الجديد
            علمت «الملاحة اليوم» أن هيئة الموانئ تدرس توسيع أرصفة الحاويات خلال العام المقبل.
            وقال مدير الهيئة لـ«الملاحة اليوم» إن أول سفينة من الأسطول الجديد ترسو اليوم في الميناء.
            جميع الحقوق محفوظة © 2024 الملاحة اليوم
            """;
        var cleaned = Cleaner.Clean(Some.Document(raw), new AnalysisOptions());
        Assert.DoesNotContain("الملاحة اليوم", cleaned.Agencies);
        Assert.Contains("الملاحة اليوم", cleaned.SiteNames);

        var dates = Dates.Annotate(cleaned).Dates;
        var today = Assert.Single(dates, d => d.Text.Contains("اليوم", StringComparison.Ordinal));
        Assert.Equal("اليوم", today.Text);
        Assert.Equal("2024-02-14", today.Value);
        Assert.Contains("ترسو اليوم", cleaned.Body[(today.Start - 5)..today.End], StringComparison.Ordinal);
    }
}
