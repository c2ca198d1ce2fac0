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
}
