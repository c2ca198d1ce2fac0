using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Royal and honorific names: a known person's name runs on over its lineage, a father's name inside
/// another's is not the father, and an honorific alone names no one (shipped KB and lexicon; tagger mentions given by
/// hand, as the tagger writes them).</summary>
public class RoyalNameTests
{
    private static AnalyzedArticle Link(string body, DateOnly published, params (string Text, EntityType Type)[] tagged) =>
        TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, published) with
        {
            Mentions = [.. tagged.Select(t => TestKnowledge.Tag(body, t.Text, t.Type))],
        });

    private static string[] IdsOf(AnalyzedArticle article, string text) =>
        [.. article.Entities.Where(e => e.Mentions.Any(m => m.Text == text)).Select(e => e.Id)];

    [Fact]
    public void A_known_rulers_name_runs_on_over_the_lineage_after_it_and_leaves_no_second_person()
    {
        const string body = "وجدد الملك سلمان بن عبد العزيز دعوته إلى الحوار في المنطقة.";
        var article = Link(body, new DateOnly(2020, 5, 1), ("سلمان بن عبد العزيز دعوته", EntityType.PERS));

        Assert.Equal(["per:king-salman"], IdsOf(article, "سلمان بن عبد العزيز"));
        Assert.Empty(IdsOf(article, "الملك سلمان بن عبد العزيز")); // the title is no part of the alias
        Assert.Single(article.Entities, e => e.Type == EntityType.PERS);
    }

    [Fact]
    public void A_family_name_after_the_lineage_is_part_of_the_same_name()
    {
        var article = Link("وافتتح الشيخ تميم بن حمد آل ثاني المعرض صباح اليوم.", new DateOnly(2020, 5, 1));
        Assert.Equal(["per:tamim-bin-hamad"], IdsOf(article, "تميم بن حمد آل ثاني"));
        Assert.Empty(IdsOf(article, "الشيخ تميم بن حمد آل ثاني"));
    }

    [Fact]
    public void An_honorific_the_tagger_took_alone_does_not_become_the_holder_of_the_title_before_it()
    {
        const string body = "واستقبل أمير الكويت الشيخ نواف الأحمد الجابر الصباح السفراء.\nوقال أمير الكويت إن بلاده تدعم الحوار.";
        var article = Link(body, new DateOnly(2021, 6, 1), ("الشيخ", EntityType.PERS));

        Assert.DoesNotContain(article.Entities, e => e.Name == "الشيخ");
        Assert.Equal(["per:nawaf-al-ahmad"], IdsOf(article, "أمير الكويت"));
    }

    [Fact]
    public void The_son_of_a_queen_does_not_hide_the_queen()
    {
        var article = Link("وعلق الأمير تشارلز، ابن الملكة إليزابيث الثانية، على الخبر.", new DateOnly(2018, 4, 24));
        Assert.Contains(article.Entities, e => e.Id == "per:elizabeth-ii");
    }
}
