using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Which person a role phrase is, read against the article (shipped KB and lexicon; invented sentences).</summary>
public class RoleReadingTests
{
    [Fact]
    public void A_bare_role_given_to_a_person_does_not_make_them_the_holder_of_a_title_in_construct()
    {
        const string body = "استقبل الرئيس سمير العلوان الوفد في القصر.\nوقال رئيس الوزراء في مؤتمر صحفي إن الحكومة ستعرض خطتها.";
        var article = TestKnowledge.LinkTagged(body, null, ("سمير العلوان", EntityType.PERS));
        var president = Assert.Single(article.IdsOf("سمير العلوان"));
        Assert.DoesNotContain(president, article.IdsOf("رئيس الوزراء"));
    }

    [Fact]
    public void A_title_in_brackets_after_a_name_is_that_persons()
    {
        const string body = "قال الادعاء إن أسامة بن لادن (زعيم تنظيم القاعدة) أرسل الرسائل من مخبئه.";
        var article = TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, new DateOnly(2015, 3, 1)));
        Assert.Equal(["per:osama-bin-laden"], article.IdsOf("زعيم تنظيم القاعدة"));
    }

    [Fact]
    public void A_name_the_tagger_read_after_a_title_keeps_the_taggers_extent()
    {
        const string body = "وحضرت الحفل شقيقة الزعيم الكوري الشمالي كيم يو جونغ مع الوفد.";
        var article = TestKnowledge.LinkTagged(body, new DateOnly(2018, 2, 10), ("كيم يو جونغ", EntityType.PERS));
        Assert.Single(article.IdsOf("كيم يو جونغ"));
        Assert.Empty(article.IdsOf("جونغ"));
    }
}
