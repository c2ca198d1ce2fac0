using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Names the tagger cut in two that the linker puts back together (shipped KB and lexicon; the tagger's
/// mentions given by hand, as the tagger cut them).</summary>
public class SplitNameRepairTests
{
    [Fact]
    public void A_given_name_before_a_famous_persons_surname_names_someone_else_and_the_later_surname_is_theirs()
    {
        const string body = "وقع الشاعر يوسف نصر الله ديوانه الجديد في المعرض.\nوقال نصر الله إن القصيدة ما زالت تجد قراءها.";
        var article = TestKnowledge.LinkTagged(body, null, ("يوسف", EntityType.PERS));
        var poet = Assert.Single(article.IdsOf("يوسف نصر الله"));
        Assert.StartsWith("prov:", poet, StringComparison.Ordinal);
        Assert.Equal([poet], article.IdsOf("نصر الله"));
        Assert.DoesNotContain(article.Entities, e => e.Id == "per:hassan-nasrallah");
    }

    [Fact]
    public void The_famous_persons_own_first_name_before_the_surname_stays_that_person()
    {
        const string body = "وقال رجب أردوغان في خطاب إن بلاده لن تتراجع.";
        var article = TestKnowledge.LinkTagged(body, null, ("رجب", EntityType.PERS));
        Assert.Contains("per:recep-tayyip-erdogan", article.Entities.Select(e => e.Id));
    }

    [Theory]
    [InlineData("خوسيه مارتينيث", "رويث")]
    [InlineData("فرناندو غراندي", "رويث")] // غراندي alone is a KB surname (Filippo Grandi)
    public void A_compound_surname_written_with_a_hyphen_stays_one_name(string taggedPart, string rest)
    {
        var name = taggedPart + "-" + rest;
        var body = $"وقال وزير الداخلية {name} إن الحدود ستبقى مراقبة.";
        var article = TestKnowledge.LinkTagged(body, null, (taggedPart, EntityType.PERS), (rest, EntityType.ORG));
        Assert.StartsWith("prov:pers:", Assert.Single(article.IdsOf(name)), StringComparison.Ordinal);
        Assert.Empty(article.IdsOf(rest));
    }

    [Fact]
    public void A_name_the_tagger_cut_at_an_inner_title_runs_on_over_the_first_name_after_it()
    {
        const string body = "وافتتح مدير المكتبة سامر الحاج حسين المعرض صباح أمس.\nوقال سامر الحاج حسين إن الزوار كثر.";
        var article = TestKnowledge.LinkTagged(body, null, ("سامر الحاج", EntityType.PERS));
        Assert.StartsWith("prov:pers:", Assert.Single(article.IdsOf("سامر الحاج حسين")), StringComparison.Ordinal);
        Assert.Empty(article.IdsOf("سامر الحاج"));
    }

    [Fact]
    public void An_inner_title_before_an_ordinary_word_is_the_names_end()
    {
        const string body = "وقال الكاتب فادي الحاج إن الرواية صدرت حديثا.";
        var article = TestKnowledge.LinkTagged(body, null, ("فادي الحاج", EntityType.PERS));
        Assert.StartsWith("prov:pers:", Assert.Single(article.IdsOf("فادي الحاج")), StringComparison.Ordinal);
    }
}
