using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Classes of entity misses found on unseen outlets (session 12), each with invented sentences and the
/// shipped knowledge: a body's «لـ» field in its name, «باسمه» before a spokesperson's name, a country named only by
/// its adjective as the antecedent of «السلطنة»/«المملكة», a family name
/// written first (مون), and «الرابطة» far from its name.</summary>
public class UnseenOutletClassesTests
{
    private static readonly DateOnly Day = new(2019, 3, 1);

    private static AnalyzedArticle Link(string body, params (string Text, EntityType Type)[] tagged) => TestKnowledge.LinkTagged(body, Day, tagged);

    [Theory]
    [InlineData("أعلنت الهيئة الوطنية لمكافحة التصحر خطة لزراعة الأشجار.", "الهيئة الوطنية لمكافحة التصحر")]
    [InlineData("عقد المجلس الأعلى للقضاء اجتماعه الدوري أمس.", "المجلس الأعلى للقضاء")]
    [InlineData("نظمت الهيئة الأردنية العامة للمسرح مهرجانها السنوي.", "الهيئة الأردنية العامة للمسرح")]
    public void ABodysFieldAfterItsAdjectivesIsPartOfItsName(string body, string name)
    {
        var entity = Link(body).EntityMentioning(name);
        Assert.NotNull(entity);
        Assert.Equal(EntityType.ORG, entity.Type);
    }

    [Fact]
    public void ANewsAgencysFieldAfterItsCountryIsPartOfItsName() =>
        Assert.NotNull(Link("وقالت وكالة تشاد للأنباء إن الوفد وصل مساء أمس.").EntityMentioning("وكالة تشاد للأنباء"));

    [Theory]
    [InlineData("رفع المحامون دعوى أمام المحكمة الدستورية العليا للطعن فيه قبل نهاية الشهر.", "للطعن")]
    [InlineData("التقى المجلس الرئاسي لحكومة الوفاق بالسفير أمس.", "لحكومة")]
    [InlineData("قالت منظمة الصحة العالمية لشرق المتوسط إن الحالات تراجعت.", "لشرق")]
    public void APurposeAnotherBodyOrABranchIsNoFieldOfTheName(string body, string notInName) =>
        Assert.DoesNotContain(Link(body).Entities.SelectMany(e => e.Mentions), m => m.Text.Contains(notInName, StringComparison.Ordinal));

    [Fact]
    public void AKnownBodysRegionalBranchIsTheBody() =>
        Assert.Contains("org:who", Link("قالت منظمة الصحة العالمية لشرق المتوسط إن الحالات تراجعت.").IdsOf("منظمة الصحة العالمية"));

    [Fact]
    public void BasmuhBeforeASpokespersonsNameIsNoPartOfIt()
    {
        const string body = "وقال المتحدث باسمه كريم الفاضلي إن الاجتماع تأجل. وأضاف الفاضلي أن موعدا جديدا سيحدد.";
        var article = Link(body, ("باسمه كريم الفاضلي", EntityType.PERS));
        var person = article.EntityMentioning("كريم الفاضلي");
        Assert.NotNull(person);
        Assert.DoesNotContain(article.Entities.SelectMany(e => e.Mentions), m => m.Text.StartsWith("باسمه", StringComparison.Ordinal));
        Assert.DoesNotContain("باسمه", person.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("قال وزير الزراعة العماني في مؤتمر صحفي إن السلطنة ستوسع مزارعها.", "السلطنة", "loc:oman")]
    [InlineData("قال مسؤول سعودي رفيع إن المملكة ستستضيف المعرض العام المقبل.", "المملكة", "loc:saudi-arabia")]
    public void ACountryNamedOnlyByItsAdjectiveIsThePlaceDescriptionsAntecedent(string body, string description, string id) =>
        Assert.Contains(id, Link(body).IdsOf(description));

    [Fact]
    public void TwoKingdomsAdjectivesLeaveTheKingdomUnguessed() =>
        Assert.Empty(Link("قال الوزير السعودي ونظيره الأردني إن المملكة ستشارك في القمة.").IdsOf("المملكة"));

    [Fact]
    public void AFamilyNameWrittenFirstAloneIsThePersonTheArticleNamedInFull()
    {
        const string body = "استقبل الرئيس الكوري الجنوبي مون جيه-إن وفدا أجنبيا، وقال مون للصحفيين إن اللقاء كان مثمرا.";
        var tagged = TestKnowledge.Tag(body, "مون", EntityType.PERS, from: body.IndexOf("وقال", StringComparison.Ordinal));
        var article = TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, Day, tagged));
        Assert.Equal(["per:moon-jae-in"], article.IdsOf("مون"));
    }

    [Fact]
    public void TheLeagueFarFromItsNameIsStillTheLeague()
    {
        var filler = string.Concat(Enumerable.Repeat("وتناول المشاركون قضايا التعليم والشباب والتنمية في جلسات مطولة. ", 12));
        var body = "افتتحت رابطة العالم الإسلامي مؤتمرا دوليا في مكة المكرمة. " + filler + "وقالت الرابطة في بيان إن المؤتمر سيختتم غدا.";
        Assert.Contains("org:muslim-world-league", Link(body).IdsOf("الرابطة"));
    }

    [Fact]
    public void AHashtagWrittenAsAPersonOfTheArticleIsThatPerson()
    {
        const string body = "فازت اللاعبة ليلى بن سالم بالبطولة أمس، وتصدر وسم #ليلى_بن_سالم قائمة الأكثر تداولا.";
        var person = Link(body, ("ليلى بن سالم", EntityType.PERS)).EntityMentioning("ليلى بن سالم");
        Assert.NotNull(person);
        Assert.Contains("ليلى_بن_سالم", person.MentionTexts());
    }

    [Theory]
    [InlineData("استقبل عاهل البحرين وفدا رسميا في القصر.", "عاهل البحرين", "per:hamad-bin-isa")]
    [InlineData("استقبل عاهل الأردن وفدا رسميا في القصر.", "عاهل الأردن", "per:abdullah-ii")]
    public void AMonarchsTitleWithTheCountryIsTheKingAtTheDate(string body, string title, string id) =>
        Assert.Contains(id, Link(body).IdsOf(title));

    [Fact]
    public void ATaggedNameCutAfterTheFamilyParticleTakesTheFamilyName()
    {
        const string body = "وقال الوزير سامي آل الشيخ للصحفيين إن الخطة جاهزة.";
        var article = Link(body, ("سامي آل", EntityType.PERS));
        Assert.NotNull(article.EntityMentioning("سامي آل الشيخ"));
        Assert.Null(article.EntityMentioning("سامي آل"));
    }
}
