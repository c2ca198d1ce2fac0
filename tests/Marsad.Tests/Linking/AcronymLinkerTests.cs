using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>An organisation's short name in brackets right after its full name is a name of the same entity (shipped
/// KB and lexicon).</summary>
public class AcronymLinkerTests
{
    private static AnalyzedArticle Link(string body, params (string Text, EntityType Type)[] tagged) =>
        TestKnowledge.LinkTagged(body, null, tagged);

    [Fact]
    public void A_latin_acronym_after_a_known_organisation_joins_it()
    {
        var article = Link("حذرت منظمة الصحة العالمية (WHO) من موجة جديدة من الحمى.");
        var who = Assert.Single(article.Entities, e => e.Id == "org:who");
        Assert.Contains("WHO", who.MentionTexts());
    }

    [Fact]
    public void A_tagged_acronym_after_an_organisation_the_kb_does_not_know_joins_it()
    {
        const string body = "وقالت هيئة تنمية الصادرات الزراعية (هتصز) إن الشحنات زادت.\nوأضافت هتصز أن الأسواق الآسيوية فتحت أبوابها.";
        var article = Link(body, ("هيئة تنمية الصادرات الزراعية", EntityType.ORG), ("هتصز", EntityType.ORG));
        var body1 = Assert.Single(article.Entities, e => e.MentionTexts().Contains("هيئة تنمية الصادرات الزراعية"));
        Assert.Contains("هتصز", body1.MentionTexts());
    }

    [Fact]
    public void A_known_name_in_brackets_after_an_organisation_stays_its_own_entity()
    {
        var article = Link("أعلنت منظمة الصحة العالمية (رويترز) أن الحالات تراجعت.");
        Assert.DoesNotContain(article.Entities, e => e.Id == "org:who" && e.MentionTexts().Contains("رويترز"));
    }

    [Fact]
    public void A_bracketed_clause_of_several_words_is_not_an_acronym()
    {
        var article = Link("أعلنت منظمة الصحة العالمية (في بيان مساء أمس) أن الحالات تراجعت.");
        var who = Assert.Single(article.Entities, e => e.Id == "org:who");
        Assert.Equal(["منظمة الصحة العالمية"], who.MentionTexts());
    }
}
