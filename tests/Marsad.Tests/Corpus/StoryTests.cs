using Marsad.Model;

namespace Marsad.Tests.Corpus;

public sealed class StoryTests : IDisposable
{
    private static readonly (string, string, EntityType)[] Summit = [("loc:geneva", "جنيف", EntityType.LOC), ("org:un", "الأمم المتحدة", EntityType.ORG)];

    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Reports_of_one_event_from_several_outlets_form_one_story_and_another_event_its_own()
    {
        using var corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("a1", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة بين وفدي الحكومة والمعارضة.", "انطلاق محادثات السلام في جنيف", "Outlet A", "2018-03-10", Summit),
            CorpusArticles.Make("b1", "بدأت محادثات السلام في جنيف بحضور المبعوث الخاص للأمم المتحدة ووفدي الحكومة والمعارضة.", "محادثات السلام تبدأ في جنيف", "Outlet B", "2018-03-10", Summit),
            CorpusArticles.Make("c1", "فاز نادي المدينة على ضيفه بثلاثة أهداف نظيفة في الدوري المحلي لكرة القدم.", "نادي المدينة يفوز بثلاثية", "Outlet C", "2018-03-10"),
            CorpusArticles.Make("c2", "تواصلت محادثات السلام في جنيف لليوم الثاني وسط تفاؤل حذر من الأمم المتحدة.", "اليوم الثاني من محادثات جنيف", "Outlet C", "2018-03-11", Summit),
        ]);

        var stories = corpus.Stories(minArticles: 1);
        var peace = Assert.Single(stories, s => s.Articles.Contains("a1"));
        Assert.Equal(["a1", "b1", "c2"], peace.Articles.Order().AsEnumerable());
        Assert.Equal(["Outlet A", "Outlet B", "Outlet C"], peace.Outlets.AsEnumerable());
        Assert.Contains("loc:geneva", peace.Entities);
        Assert.Equal(new DateOnly(2018, 3, 10), peace.First);
        Assert.Equal(new DateOnly(2018, 3, 11), peace.Last);
        Assert.DoesNotContain("c1", peace.Articles);
        Assert.Single(stories, s => s.Articles.SequenceEqual(["c1"]));
    }

    [Fact]
    public void The_same_words_weeks_apart_start_a_new_story()
    {
        using var corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("a", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة.", "محادثات السلام في جنيف", "A", "2018-03-10", Summit),
            CorpusArticles.Make("b", "انطلقت في جنيف اليوم جولة محادثات السلام برعاية الأمم المتحدة.", "محادثات السلام في جنيف", "B", "2018-04-20", Summit),
        ]);
        Assert.Equal(2, corpus.Stories(minArticles: 1).Length);
    }

    [Fact]
    public void A_story_summary_draws_sentences_from_several_outlets_and_names_each_source()
    {
        using var corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("a1", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة بين وفدي الحكومة والمعارضة.\nوتستمر المحادثات أسبوعا.", "انطلاق محادثات السلام في جنيف", "Outlet A", "2018-03-10", Summit),
            CorpusArticles.Make("b1", "بدأت محادثات السلام في جنيف بحضور المبعوث الخاص للأمم المتحدة ووفدي الحكومة والمعارضة.\nوعبر المبعوث عن أمله بنتائج سريعة.", "محادثات السلام تبدأ في جنيف", "Outlet B", "2018-03-10", Summit),
        ]);
        var story = Assert.Single(corpus.Stories());
        Assert.True(story.Summary.Length >= 2);
        Assert.Equal(2, story.Summary.Select(s => s.Outlet).Distinct().Count());
        foreach (var sentence in story.Summary)
        {
            var article = corpus.GetArticle(sentence.Article);
            Assert.NotNull(article);
            Assert.Contains(sentence.Text, article!.Body);
            Assert.Equal(article.Source.Outlet, sentence.Outlet);
        }

        var again = corpus.GetStory(story.Id);
        Assert.Equal(story.Articles.AsEnumerable(), again!.Articles.AsEnumerable());
        Assert.Equal(story.Title, again.Title);
    }

    [Fact]
    public void Stories_are_filtered_by_date_range()
    {
        using var corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("a", "انطلقت في جنيف اليوم محادثات السلام برعاية الأمم المتحدة.", "محادثات جنيف", "A", "2018-03-10", Summit),
            CorpusArticles.Make("b", "فاز نادي المدينة على ضيفه بثلاثة أهداف نظيفة في الدوري.", "نادي المدينة يفوز", "B", "2018-03-20"),
        ]);
        var march10 = corpus.Stories(new DateOnly(2018, 3, 9), new DateOnly(2018, 3, 11), minArticles: 1);
        Assert.Equal(["a"], Assert.Single(march10).Articles.AsEnumerable());
    }
}
