using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Words that look like names of entities but, where they stand, are part of something else: the UN inside
/// the fixed title of its Secretary-General, a descriptive alias with no name beside it, a nationality adjective
/// agreeing with the noun before it (shipped KB and lexicon; invented sentences).</summary>
public class BystanderMentionTests
{
    private static AnalyzedArticle Link(string body, params (string Text, EntityType Type)[] tagged) =>
        TestKnowledge.LinkTagged(body, new DateOnly(2021, 5, 3), tagged);

    [Fact]
    public void The_un_named_only_in_its_secretary_generals_title_is_not_an_entity()
    {
        const string body = "وعبر الأمين العام للأمم المتحدة عن قلقه من تدهور الأوضاع في الإقليم.";
        var article = Link(body);
        Assert.DoesNotContain(article.Entities, e => e.Id == "org:un");
    }

    [Fact]
    public void The_un_named_on_its_own_elsewhere_keeps_every_mention()
    {
        const string body = "وعبر الأمين العام للأمم المتحدة عن قلقه، فيما أرسلت الأمم المتحدة فريقا إلى المنطقة.";
        var article = Link(body);
        var un = Assert.Single(article.Entities, e => e.Id == "org:un");
        Assert.Equal(2, un.Mentions.Length);
    }

    [Fact]
    public void A_body_in_a_looser_role_phrase_stays_an_entity()
    {
        const string body = "وقال الأمين العام لجامعة الدول العربية إن الاجتماع المقبل سيعقد في موعده.";
        var article = Link(body);
        Assert.Contains(article.Entities, e => e.Id == "org:arab-league");
    }

    [Fact]
    public void A_capital_described_but_never_named_is_not_an_entity()
    {
        const string body = "ووصل الوفد إلى العاصمة الفرنسية مساء أمس لبدء جولة من المحادثات.";
        var article = Link(body);
        Assert.DoesNotContain(article.Entities, e => e.Id == "loc:paris");
    }

    [Fact]
    public void A_capital_described_and_named_stays_an_entity()
    {
        const string body = "ووصل الوفد إلى باريس مساء أمس، وتستضيف العاصمة الفرنسية المحادثات غدا.";
        var article = Link(body, ("باريس", EntityType.LOC));
        var paris = Assert.Single(article.Entities, e => e.Id == "loc:paris");
        Assert.Contains("باريس", paris.MentionTexts());
    }

    [Fact]
    public void A_nationality_adjective_after_a_definite_noun_is_not_the_agency()
    {
        const string body = "واستقبلت المستشارة الألمانية وفدا من رجال الأعمال في مكتبها.";
        var article = Link(body, ("الألمانية", EntityType.ORG));
        Assert.DoesNotContain(article.Entities, e => e.MentionTexts().Contains("الألمانية"));
    }

    [Fact]
    public void An_agency_credited_by_its_adjective_after_a_verb_is_still_the_agency()
    {
        const string body = "ونقلت الألمانية عن مصدر حكومي أن المفاوضات ستستأنف الأسبوع المقبل.";
        var article = Link(body, ("الألمانية", EntityType.ORG));
        Assert.Contains(article.Entities, e => e.MentionTexts().Contains("الألمانية"));
    }

    [Fact]
    public void A_deputys_title_is_not_the_minister()
    {
        const string body = "وقال نائب وزير الخزانة الأمريكي في بيان إن العقوبات الجديدة ستدخل حيز التنفيذ قريبا.";
        var article = TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, new DateOnly(2019, 6, 1)));
        Assert.NotEqual("per:steven-mnuchin", article.EntityMentioning("وزير الخزانة الأمريكي")?.Id);
    }

    [Fact]
    public void The_ministers_own_title_still_resolves_at_the_date()
    {
        const string body = "وقال وزير الخزانة الأمريكي في بيان إن العقوبات الجديدة ستدخل حيز التنفيذ قريبا.";
        var article = TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, new DateOnly(2019, 6, 1)));
        Assert.Equal("per:steven-mnuchin", article.EntityMentioning("وزير الخزانة الأمريكي")?.Id);
    }
}
