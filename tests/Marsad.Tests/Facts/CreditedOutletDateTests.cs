using Marsad.Facts;
using Marsad.Model;

namespace Marsad.Tests.Facts;

/// <summary>The name of an outlet the page credits holds no date where the body cites it («لـ"الخليج اليوم"»).</summary>
public sealed class CreditedOutletDateTests
{
    private static readonly DateAnnotator Dates = new();

    private static AnalyzedArticle Article(params string[] agencies) => new()
    {
        Id = "t",
        Source = new SourceInfo("t.txt", null, null),
        Body = "وقال الوزير في تصريح لـ\"الخليج اليوم\" إن الاجتماع عقد صباح اليوم في العاصمة.",
        Published = new DateOnly(2024, 2, 6),
        Agencies = [.. agencies],
    };

    [Fact]
    public void A_credited_outlets_name_is_no_date() =>
        Assert.Equal(["صباح اليوم"], Dates.Annotate(Article("الخليج اليوم")).Dates.Select(d => d.Text));

    [Fact]
    public void Without_the_credit_the_same_words_read_as_a_date() =>
        Assert.Equal(["اليوم", "صباح اليوم"], Dates.Annotate(Article()).Dates.Select(d => d.Text));
}
