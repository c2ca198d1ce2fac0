namespace Marsad.Tests.Corpus;

public sealed class DuplicateTests : IDisposable
{
    private const string Body =
        "افتتح وزير الصحة اليوم مستشفى جديدا للأطفال في مدينة الساحل يضم مئتي سرير وقسما للطوارئ.\n" +
        "وقال الوزير إن المستشفى سيخدم سكان المحافظات الجنوبية وإن العمل فيه سيبدأ الأسبوع المقبل بعد تجهيز الأقسام كلها.\n" +
        "وأضاف أن الحكومة خصصت ميزانية إضافية لتدريب الأطباء والممرضين على الأجهزة الحديثة التي وصلت الشهر الماضي.";

    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void An_identical_body_from_another_outlet_is_kept_once_in_its_story_with_both_outlets()
    {
        using var corpus = store.Open();
        var report = corpus.Add([
            CorpusArticles.Make("a", Body, "مستشفى جديد للأطفال", "Outlet A", "2018-03-04"),
            CorpusArticles.Make("b", Body, "افتتاح مستشفى للأطفال", "Outlet B", "2018-03-04"),
        ]);
        Assert.Equal(1, report.Duplicates);
        var story = Assert.Single(corpus.Stories(minArticles: 1));
        Assert.Equal(["a"], story.Articles.AsEnumerable());
        Assert.Equal(["Outlet A", "Outlet B"], story.Outlets.AsEnumerable());
    }

    [Fact]
    public void A_body_differing_in_a_few_words_and_spelling_is_a_near_duplicate()
    {
        var edited = Body.Replace("اليوم", "صباح اليوم", StringComparison.Ordinal).Replace("مستشفى", "مستشفي", StringComparison.Ordinal) + "\nالمصدر: وكالة الأنباء.";
        using var corpus = store.Open();
        var report = corpus.Add([
            CorpusArticles.Make("a", Body, "مستشفى جديد", "Outlet A", "2018-03-04"),
            CorpusArticles.Make("b", edited, "مستشفى جديد", "Outlet B", "2018-03-05"),
        ]);
        Assert.Equal(1, report.Duplicates);
        var story = Assert.Single(corpus.Stories(minArticles: 1));
        Assert.Equal(["a"], story.Articles.AsEnumerable());
        Assert.Contains("Outlet B", story.Outlets);
        Assert.Equal(new DateOnly(2018, 3, 5), story.Last);
    }

    [Fact]
    public void A_different_article_on_the_same_subject_is_not_a_duplicate()
    {
        const string other =
            "أعلنت نقابة الأطباء رفضها قرار وزير الصحة نقل عشرات الأطباء إلى مستشفيات الأطراف دون حوافز.\n" +
            "وقالت النقابة في بيان إنها ستدعو أعضاءها إلى اجتماع عام يوم الخميس لبحث الخطوات المقبلة.";
        using var corpus = store.Open();
        var report = corpus.Add([
            CorpusArticles.Make("a", Body, "مستشفى جديد", "Outlet A", "2018-03-04"),
            CorpusArticles.Make("b", other, "نقابة الأطباء ترفض", "Outlet B", "2018-03-04"),
        ]);
        Assert.Equal(0, report.Duplicates);
    }
}
