using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Where a name ends when the KB or the tagger reads too much or too little (shipped KB and lexicon; the
/// tagger's mentions given by hand, as the tagger writes them).</summary>
public class NameBoundaryTests
{
    private static AnalyzedArticle Link(string body, params (string Text, EntityType Type)[] tagged) =>
        TestKnowledge.LinkTagged(body, new DateOnly(2021, 3, 1), tagged);

    private static string[] IdsOf(AnalyzedArticle article, string text) => article.IdsOf(text);

    [Fact]
    public void A_town_name_after_a_first_name_is_the_persons_family_name_and_stays_hers_alone()
    {
        const string body = "وقالت الطبيبة سلوى القصير إن الحملة بلغت القرى البعيدة.\nوأضافت القصير أن الفرق ستبقى شهرا.";
        var article = Link(body, ("سلوى القصير", EntityType.PERS));

        var person = Assert.Single(IdsOf(article, "سلوى القصير"));
        Assert.StartsWith("prov:pers:", person, StringComparison.Ordinal);
        Assert.Equal([person], IdsOf(article, "القصير"));
        Assert.DoesNotContain(article.Entities, e => e.Id == "loc:qusayr");
    }

    [Fact]
    public void The_town_stays_a_place_when_no_person_of_the_article_carries_its_name()
    {
        var article = Link("سيطرت القوات على مدينة القصير بعد معارك استمرت أياما.");
        Assert.Equal(["loc:qusayr"], IdsOf(article, "القصير"));
    }

    [Fact]
    public void An_association_whose_name_the_tagger_ran_into_its_presidents_first_name_ends_before_it()
    {
        const string body = "وقال رئيس جمعية صوت البحر كمال الزواري إن الجمعية ستواصل حملتها.";
        var article = Link(body, ("صوت البحر كمال", EntityType.PERS));

        var association = Assert.Single(article.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal("جمعية صوت البحر", association.Mentions[0].Text);
        Assert.Contains("الجمعية", association.MentionTexts());
    }

    [Fact]
    public void A_local_court_keeps_the_town_it_sits_in()
    {
        var article = Link("وأصدرت المحكمة الابتدائية بصفاقس حكمها مساء الخميس.");
        Assert.Contains(article.Entities, e => e.Type == EntityType.ORG && e.MentionTexts().Contains("المحكمة الابتدائية بصفاقس"));
    }

    [Fact]
    public void A_nisba_shaped_genitive_takes_no_complement_of_purpose()
    {
        var article = Link("وأحيل مشروع القانون إلى رئاسة الجمهورية للتوقيع عليه.");
        Assert.DoesNotContain(article.Entities, e => e.Mentions.Any(m => m.Text.Contains("للتوقيع", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_known_body_followed_by_its_own_countrys_adjective_is_that_body()
    {
        var article = Link("أعلنت المؤسسة الوطنية للنفط الليبية رفع القوة القاهرة عن الموانئ.");
        Assert.Equal(["org:noc-libya"], IdsOf(article, "المؤسسة الوطنية للنفط الليبية"));
    }

    [Fact]
    public void A_known_body_followed_by_another_countrys_adjective_is_not_that_body()
    {
        var article = Link("اجتمع مجلس الأمن الروسي برئاسة الرئيس.");
        Assert.DoesNotContain("org:unsc", IdsOf(article, "مجلس الأمن الروسي"));
        Assert.NotEmpty(IdsOf(article, "مجلس الأمن الروسي"));
    }

    [Fact]
    public void Gods_name_cut_from_a_compound_name_is_not_an_entity()
    {
        const string body = "وقال رئيس المؤسسة سالم فتح الله إن الإنتاج سيعود.";
        var article = Link(body, ("الله", EntityType.MISC));
        Assert.Empty(IdsOf(article, "الله"));
    }
}
