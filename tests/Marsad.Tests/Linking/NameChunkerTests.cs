using Marsad.Linking;
using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Organisation and facility names built from their head word (linking/chunk-*.tsv|txt) when neither the
/// tagger nor the KB has them; the shipped lexicon, no tagger mentions.</summary>
public class NameChunkerTests
{
    private static AnalyzedArticle Link(string body, params EntityMention[] tagged) =>
        TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body) with { Mentions = [.. tagged] });

    private static Entity? Named(AnalyzedArticle article, string text) =>
        article.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Text == text));

    [Theory]
    [InlineData("أعلنت هيئة الطاقة الذرية الكويتية خطة جديدة للعام المقبل.", "هيئة الطاقة الذرية الكويتية")]
    [InlineData("أحالت النيابة العامة الملف إلى القضاء أمس.", "النيابة العامة")]
    [InlineData("قرر مجلس الشورى والتخطيط عقد جلسة طارئة.", "مجلس الشورى والتخطيط")]
    [InlineData("نشر المرصد الوطني للزلازل تقريره الشهري.", "المرصد الوطني للزلازل")]
    public void AHeadWithItsGenitiveAndAdjectivesIsAnOrganisation(string body, string name)
    {
        var entity = Named(Link(body), name);
        Assert.NotNull(entity);
        Assert.Equal(EntityType.ORG, entity.Type);
    }

    [Fact]
    public void ANameStopsAtTimeWordsRelativesAndVerbsObjects()
    {
        var article = Link("رفض المجلس الاتفاق، وقالت النيابة العامة اليوم إن الهيئة الجديدة التي أنشئت ستعمل.");
        Assert.NotNull(Named(article, "النيابة العامة"));
        Assert.DoesNotContain(article.Entities, e => e.Mentions.Any(m => m.Text.Contains("المجلس الاتفاق", StringComparison.Ordinal)
            || m.Text.Contains("اليوم", StringComparison.Ordinal) || m.Text.Contains("الجديدة", StringComparison.Ordinal)));
    }

    [Fact]
    public void AHeadWithANationalityAdjectiveIsTheSameEntityAsTheHeadWithTheCountry()
    {
        var article = Link("فاز منتخب الكويت في المباراة الأولى، وأكد مدرب المنتخب الكويتي أن الفريق جاهز.");
        var team = Named(article, "منتخب الكويت");
        Assert.NotNull(team);
        Assert.Contains(team.Mentions, m => m.Text == "المنتخب الكويتي");
    }

    [Fact]
    public void ADefiniteHeadWithANationalityAloneIsADescriptionUnlessTheHeadIsNational() =>
        Assert.Empty(Link("وقعت الشركة الصينية عقدا لبناء الميناء.").Entities.Where(e => e.Mentions.Any(m => m.Text.StartsWith("الشركة", StringComparison.Ordinal))));

    [Fact]
    public void AQuotedNameAfterAnIndefiniteHeadIsPartOfTheName()
    {
        var article = Link("انتقد تكتل \"الوفاق الوطني\" قرار الحكومة.");
        Assert.NotNull(Named(article, "تكتل \"الوفاق الوطني\""));
    }

    [Fact]
    public void ALaterShorterFormOfTheNameIsTheSameOrganisation()
    {
        var article = Link("اجتمعت اللجنة الفنية المشتركة صباحا، ثم أصدرت اللجنة الفنية بيانا.");
        var committee = Named(article, "اللجنة الفنية المشتركة");
        Assert.NotNull(committee);
        Assert.Contains(committee.Mentions, m => m.Text == "اللجنة الفنية");
    }

    [Fact]
    public void ALongerTaggedNameWins()
    {
        const string body = "تبرعت منظمة الساحل الخضراء للتنمية الريفية بمعدات زراعية.";
        var article = Link(body, TestKnowledge.Tag(body, "منظمة الساحل الخضراء للتنمية الريفية", EntityType.ORG));
        Assert.NotNull(Named(article, "منظمة الساحل الخضراء للتنمية الريفية"));
    }

    [Fact]
    public void OddTextDoesNotCrash()
    {
        foreach (var body in new[] { "مجلس", "النيابة", "تكتل \"", "تكتل \"بلا نهاية", "هيئة-", "المنتخب الكويتي الكويتي الكويتي" })
        {
            _ = Link(body);
        }
    }
}
