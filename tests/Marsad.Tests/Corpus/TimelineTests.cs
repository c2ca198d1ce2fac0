using Marsad.Model;

namespace Marsad.Tests.Corpus;

public sealed class TimelineTests : IDisposable
{
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void A_timeline_lists_quotes_and_mentions_oldest_first_with_counts_per_day()
    {
        var minister = ("per:samir-haddad", "سمير حداد", EntityType.PERS);
        using var corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("late", "قال سمير حداد إن الميزانية ستقر قبل نهاية الشهر.", "الميزانية", "B", "2018-05-20", [minister], [("سمير حداد", "per:samir-haddad", "الميزانية ستقر قبل نهاية الشهر")]),
            CorpusArticles.Make("early", "التقى سمير حداد بوفد من رجال الأعمال في مكتبه.", "لقاء", "A", "2018-05-02", [minister]),
            CorpusArticles.Make("undated", "وصل سمير حداد إلى العاصمة.", "وصول", "C", null, [minister]),
            CorpusArticles.Make("other", "افتتح المعرض السنوي للكتاب أبوابه أمس.", "المعرض", "A", "2018-05-10"),
        ]);

        var timeline = corpus.Timeline("سمير حداد");
        Assert.NotNull(timeline);
        Assert.Equal("per:samir-haddad", timeline!.Entity.Id);
        Assert.Equal(["early", "late", "late", "undated"], timeline.Items.Select(i => i.Article));
        var quote = Assert.Single(timeline.Items, i => i.Kind == "quote");
        Assert.Equal("الميزانية ستقر قبل نهاية الشهر", quote.Text);
        Assert.Equal("B", quote.Outlet);
        Assert.Equal(new DateOnly(2018, 5, 20), quote.Date);
        Assert.Contains("رجال الأعمال", timeline.Items[0].Text);
        Assert.Equal([new DateOnly(2018, 5, 2), new DateOnly(2018, 5, 20)], timeline.Days.Select(d => d.Date));
        Assert.Equal((1, 1), (timeline.Days[1].Quotes, timeline.Days[1].Mentions));
    }

    [Fact]
    public void An_entity_is_found_by_id_name_or_spelling_variant_and_an_unknown_one_is_null()
    {
        using var corpus = store.Open();
        corpus.Add([CorpusArticles.Make("a", "زار أحمد الزين المدينة.", "زيارة", "A", "2018-05-02", [("per:ahmad-zein", "أحمد الزين", EntityType.PERS)])]);
        Assert.Equal("per:ahmad-zein", Assert.Single(corpus.FindEntities("per:ahmad-zein")).Id);
        Assert.Equal("per:ahmad-zein", Assert.Single(corpus.FindEntities("احمد الزين")).Id);
        Assert.Equal("per:ahmad-zein", Assert.Single(corpus.FindEntities("الزين")).Id);
        Assert.Null(corpus.Timeline("شخص غير موجود"));
    }
}
