using Marsad.Cleaning;
using Marsad.Knowledge;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>The cleaner and the date stage read one Hijri month table (<c>facts/hijri-months.tsv</c>): a spelling a user
/// adds there is part of a timestamp line and of a wire's dated opening as well, on articles written for these tests.</summary>
public sealed class HijriMonthListTests : IDisposable
{
    private const string Page = """
        وكالة أنباء البحرين
        افتتاح مكتبة عامة جديدة في وسط العاصمة
        المنامة 5 رمضان المبارك 1446 هـ الموافق 5 مارس 2025 م بنا افتتح وزير الثقافة اليوم مكتبة عامة جديدة في وسط العاصمة.
        وقال الوزير إن المكتبة تضم أكثر من مئة ألف كتاب في مختلف المجالات.
        وأضاف أن أبوابها ستفتح للزوار طوال أيام الأسبوع.
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("marsad-hijri-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Marsad.Model.AnalyzedArticle Clean(ArticleCleaner cleaner) =>
        cleaner.Clean(Some.Document(Page), new AnalysisOptions());

    [Fact]
    public void A_hijri_month_spelling_added_to_the_date_stages_table_reaches_the_cleaner()
    {
        var shipped = Clean(new ArticleCleaner());
        Assert.NotEqual("المنامة", shipped.Dateline);

        Directory.CreateDirectory(Path.Combine(folder, "facts"));
        File.WriteAllText(Path.Combine(folder, "facts", "hijri-months.tsv"), "name\tmonth\nرمضان المبارك\t9\n");
        var extended = Clean(new ArticleCleaner(new ResourceFiles(folder)));
        Assert.Equal("المنامة", extended.Dateline);
        Assert.Equal("بنا", Assert.Single(extended.Agencies));
        Assert.Equal(new DateOnly(2025, 3, 5), extended.Published);
    }
}
