using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Offices added to the shipped knowledge base in session 10 (treasury and health secretaries, central bank
/// governors, the South Korean presidency): a role standing alone resolves, at two dates, to the two people who held
/// it then (shipped KB and lexicon; invented sentences).</summary>
public class EconomyAndHealthOfficesTests
{
    private static string? HolderOf(string title, string date)
    {
        var body = $"وقال {title} في مؤتمر صحفي إن الأسواق تحتاج إلى وقت كي تستقر.";
        var article = TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, DateOnly.Parse(date)));
        return TestKnowledge.EntityMentioning(article, title)?.Id;
    }

    [Theory]
    [InlineData("الرئيس الكوري الجنوبي", "2018-09-19", "per:moon-jae-in")]
    [InlineData("الرئيس الكوري الجنوبي", "2023-04-26", "per:yoon-suk-yeol")]
    [InlineData("الرئيس الكوري الجنوبي", "2016-01-06", "per:park-geun-hye")]
    [InlineData("وزير الخزانة الأمريكي", "2019-06-01", "per:steven-mnuchin")]
    [InlineData("وزيرة الخزانة الأمريكية", "2023-06-01", "per:janet-yellen")]
    [InlineData("وزير الخزانة الأمريكي", "2025-06-01", "per:scott-bessent")]
    [InlineData("وزير الصحة الأمريكي", "2020-03-01", "per:alex-azar")]
    [InlineData("وزير الصحة الأمريكي", "2022-03-01", "per:xavier-becerra")]
    [InlineData("وزير المالية البريطاني", "2021-03-03", "per:rishi-sunak")]
    [InlineData("وزير المالية البريطاني", "2023-11-22", "per:jeremy-hunt")]
    [InlineData("رئيس مجلس الاحتياطي الفيدرالي", "2016-12-14", "per:janet-yellen")]
    [InlineData("رئيس مجلس الاحتياطي الفيدرالي", "2022-06-15", "per:jerome-powell")]
    [InlineData("رئيس البنك المركزي الأوروبي", "2015-01-22", "per:mario-draghi")]
    [InlineData("رئيسة البنك المركزي الأوروبي", "2022-07-21", "per:christine-lagarde")]
    [InlineData("محافظ البنك المركزي المصري", "2016-11-03", "per:tarek-amer")]
    public void A_role_alone_is_its_holder_at_the_articles_date(string title, string date, string holder) =>
        Assert.Equal(holder, HolderOf(title, date));

    [Fact]
    public void A_governor_left_out_of_the_kb_is_not_guessed() =>
        Assert.NotEqual("per:tarek-amer", HolderOf("محافظ البنك المركزي المصري", "2023-03-01"));

    [Fact]
    public void A_korean_president_spelt_with_a_hyphen_is_the_kb_person()
    {
        const string body = "استقبل الرئيس مون جيه-إن في سول وفدا اقتصاديا مساء الخميس.";
        var article = TestKnowledge.LinkTagged(body, new DateOnly(2019, 3, 7), ("مون جيه-إن", EntityType.PERS));
        Assert.Equal("per:moon-jae-in", article.EntityMentioning("مون جيه-إن")?.Id);
    }
}
