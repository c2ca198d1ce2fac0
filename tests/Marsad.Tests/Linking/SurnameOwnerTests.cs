using Marsad.Linking;
using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>A surname the KB knows for a famous person, in an article whose own person of that surname the KB does not
/// know: the article's person keeps it (shipped KB and lexicon; the tagger's mentions given by hand).</summary>
public class SurnameOwnerTests
{
    private static AnalyzedArticle Link(string body, params string[] taggedPeople) =>
        TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body) with
        {
            Mentions = [.. taggedPeople.Select(name => TestKnowledge.Tag(body, name, EntityType.PERS))],
        });

    private static IEnumerable<string> IdsOf(AnalyzedArticle article, string text) =>
        article.Entities.Where(e => e.Mentions.Any(m => m.Text == text)).Select(e => e.Id);

    [Fact]
    public void A_full_name_the_kb_does_not_know_keeps_its_surname_and_the_later_surname_alone()
    {
        var article = Link("قال المهندس سامر يوسف العبادي إن المشروع تأخر شهرين.\nوأضاف العبادي أن العمل سيستأنف الأسبوع المقبل.", "سامر يوسف العبادي");
        var full = Assert.Single(IdsOf(article, "سامر يوسف العبادي"));
        Assert.StartsWith("prov:", full, StringComparison.Ordinal);
        Assert.Equal([full], IdsOf(article, "العبادي"));
    }

    [Fact]
    public void Another_spelling_of_the_kb_persons_first_name_is_still_that_person()
    {
        var article = Link("سجل كرستيانو رونالدو هدفين في المباراة.\nوقال رونالدو إن الفريق قدم أداء كبيرا.", "كرستيانو رونالدو");
        Assert.Equal(["per:cristiano-ronaldo"], IdsOf(article, "رونالدو"));
    }

    [Fact]
    public void The_surname_stays_with_the_kb_person_when_the_article_also_names_them_in_full()
    {
        var article = Link("استقبل حيدر العبادي الوفد في بغداد، وحضر اللقاء سامر يوسف العبادي.\nوقال العبادي إن المحادثات كانت مثمرة.", "سامر يوسف العبادي");
        Assert.Contains("per:haider-al-abadi", IdsOf(article, "العبادي"));
    }

    [Fact]
    public void The_surname_goes_to_the_articles_person_named_before_it_when_the_kb_person_is_named_only_later()
    {
        var article = Link("وقفت الممرضة إيما جونسون أمام المستشفى.\nوقالت جونسون إن الأجور لا تكفي.\nوكان رئيس الوزراء الأسبق بوريس جونسون قد وعد بزيادتها.", "إيما جونسون");
        var nurse = Assert.Single(IdsOf(article, "إيما جونسون"));
        Assert.StartsWith("prov:", nurse, StringComparison.Ordinal);
        Assert.Equal([nurse], IdsOf(article, "جونسون"));
        Assert.Equal(["per:boris-johnson"], IdsOf(article, "بوريس جونسون"));
    }
}
