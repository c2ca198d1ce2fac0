using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Classes of entity misses found on the development halves of the unseen sets (session 15), each with
/// invented sentences and the shipped knowledge: a definite description pointing back at a body named before it (not
/// one named only later), and at the body whose office holder was just named.</summary>
public class UnseenOutletClasses15Tests
{
    private static readonly DateOnly Day = new(2024, 6, 1);

    private static AnalyzedArticle Link(string body, params (string Text, EntityType Type)[] tagged) => TestKnowledge.LinkTagged(body, Day, tagged);

    [Fact]
    public void TheOrganisationIsTheBodyNamedBeforeItNotOneNamedOnlyLater()
    {
        const string body = "نشرت منظمة العفو الدولية صباح اليوم تقريرا مطولا عن الهجمات على القرى الواقعة شمال البلاد، "
            + "واستندت فيه إلى شهادات عشرات الناجين وإلى صور التقطتها الأقمار الصناعية لأحياء كاملة احترقت بيوتها وأسواقها ومدارسها "
            + "خلال الأسابيع الماضية. وتحجب المنظمة أسماء الشهود حماية لهم. وغادر آلاف السكان قراهم بحسب أرقام الأمم المتحدة.";
        Assert.Equal(["org:amnesty"], Link(body).IdsOf("المنظمة"));
    }

    [Fact]
    public void TheOrganisationIsTheBodyOfTheHolderJustNamed()
    {
        const string body = "بدأت حملة تطعيم واسعة في الأقاليم الشرقية بدعم من منظمة الصحة العالمية ومنظمة الأمم المتحدة للطفولة. "
            + "وقال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس في مؤتمر صحفي عقده في جنيف إن الحملة ستشمل ملايين "
            + "الأطفال في القرى النائية والمدن الكبرى خلال الأسابيع القادمة، وإن فرق التطعيم وصلت إلى معظم المناطق المعنية. "
            + "وأضاف تيدروس أن المنظمة أرسلت خبراء إلى المنطقة.";
        Assert.Equal(["org:who"], Link(body).IdsOf("المنظمة"));
    }

    [Fact]
    public void TheOrganisationStaysUnguessedBetweenTwoBodiesNamedAlike()
    {
        const string body = "دعت منظمة الصحة العالمية ومنظمة الأمم المتحدة للطفولة إلى فتح المعابر. وقالت المنظمة إن المخزون نفد.";
        Assert.Empty(Link(body).IdsOf("المنظمة"));
    }

    [Fact]
    public void TheCouncilOfMinistersInsideAPrimeMinistersTitleIsNoEntity()
    {
        const string body = "أعلن رئيس مجلس الوزراء سامي الخطيب أمس أن الموازنة ستعرض على البرلمان الأسبوع المقبل.";
        var article = Link(body, ("مجلس الوزراء", EntityType.ORG), ("سامي الخطيب", EntityType.PERS));
        Assert.Null(article.EntityMentioning("مجلس الوزراء"));
        Assert.NotNull(article.EntityMentioning("سامي الخطيب"));
    }

    [Fact]
    public void TheCouncilOfMinistersNamedOnItsOwnStaysAnEntity()
    {
        const string body = "أعلن رئيس مجلس الوزراء سامي الخطيب أمس أن مجلس الوزراء سيقر الموازنة الأسبوع المقبل.";
        var mentions = new[] { TestKnowledge.Tag(body, "مجلس الوزراء", EntityType.ORG), TestKnowledge.Tag(body, "مجلس الوزراء", EntityType.ORG, body.IndexOf("أن", StringComparison.Ordinal)) };
        var article = TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, Day, mentions));
        Assert.NotNull(article.EntityMentioning("مجلس الوزراء"));
    }

    [Fact]
    public void ANamedCouncilInsideATitleStaysAnEntity()
    {
        const string body = "استقبل رئيس مجلس السيادة أمس وفدا من الوسطاء في القصر.";
        Assert.NotNull(Link(body, ("مجلس السيادة", EntityType.ORG)).EntityMentioning("مجلس السيادة"));
    }
}
