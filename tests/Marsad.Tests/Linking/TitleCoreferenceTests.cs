using Marsad.Model;
using static Marsad.Tests.Linking.TestKnowledge;

namespace Marsad.Tests.Linking;

/// <summary>Role phrases the knowledge base has no office for, read back to the person the article gave the role.</summary>
public class TitleCoreferenceTests
{
    [Fact]
    public void ATitleWrittenAfterANameIsThatPersonWhenItComesBack()
    {
        const string body = "افتتح سالم العبري وزير النقل الطريق الجديد أمس. وأكد وزير النقل أن الأعمال ستكتمل قريبا.";
        var person = Assert.Single(Link(body, null, Tag(body, "سالم العبري", EntityType.PERS)).Entities);
        Assert.Equal(["سالم العبري", "وزير النقل"], person.MentionTexts());
        Assert.Equal(body.LastIndexOf("وزير النقل", StringComparison.Ordinal), person.Mentions[1].Start);
    }

    [Fact]
    public void ATitleBeforeANameMayHoldPrepositionsAndIsNamedBackByItsNationalityAdjective()
    {
        const string body = "وصل المبعوث الخاص للأمم المتحدة إلى السودان، رامي الحداد، إلى الخرطوم. وقال المبعوث الأممي إن الحوار سيبدأ قريبا.";
        var article = Link(body, null, Tag(body, "رامي الحداد", EntityType.PERS));
        var person = article.EntityMentioning("رامي الحداد");
        Assert.NotNull(person);
        Assert.Contains("المبعوث الأممي", person.MentionTexts());
    }

    [Fact]
    public void AnAdjectiveAfterTheHeadMustBeInTheTitle()
    {
        const string body = "قال المدرب البرتغالي نونو سواريش إن فريقه جاهز. وأضاف المدرب البرتغالي أن الإصابات قليلة.";
        var person = Assert.Single(Link(body, null, Tag(body, "نونو سواريش", EntityType.PERS)).Entities);
        Assert.Equal(["نونو سواريش", "المدرب البرتغالي"], person.MentionTexts());
    }

    [Theory]
    [InlineData("وقالت الممثلة الفرنسية إن الفيلم ناجح.")] // another gender: another person
    [InlineData("وقال الممثل الفرنسي الشاب إن الفيلم ناجح.")] // a further word the title does not have: another person
    public void ARoleThatDoesNotAgreeWithTheTitleIsNotThePerson(string second)
    {
        var body = "استقبل جان مارتان الممثل الفرنسي ضيوف المهرجان. " + second;
        var person = Assert.Single(Link(body, null, Tag(body, "جان مارتان", EntityType.PERS)).Entities);
        Assert.Equal(["جان مارتان"], person.MentionTexts());
    }

    [Fact]
    public void ATitleFollowedByAnotherNationalityIsAnotherOffice()
    {
        const string body = "افتتح سالم العبري وزير الثقافة المعرض. وقال وزير الثقافة الكويتي إن المعرض مهم.";
        var person = Assert.Single(Link(body, null, Tag(body, "سالم العبري", EntityType.PERS)).Entities);
        Assert.Equal(["سالم العبري"], person.MentionTexts());
    }

    [Fact]
    public void AnIndefinitePredicateIsNotAReference()
    {
        const string body = "قال كريم ناصر اللاعب الدولي إنه سعيد. وأضاف أن أخاه لاعب كرة سلة محترف.";
        var person = Assert.Single(Link(body, null, Tag(body, "كريم ناصر", EntityType.PERS)).Entities);
        Assert.Equal(["كريم ناصر"], person.MentionTexts());
    }
    [Fact]
    public void TheHeadAloneIsTheOnePersonGivenATitleOfThatHead()
    {
        const string body = "أعلن وزير الري الدكتور سامي الفكي أن السد سيكتمل العام المقبل. وأضاف الوزير أن التمويل متوفر.";
        var person = Link(body, null, Tag(body, "سامي الفكي", EntityType.PERS)).EntityMentioning("سامي الفكي");
        Assert.NotNull(person);
        Assert.Contains("الوزير", person.MentionTexts());
    }

    [Fact]
    public void TheHeadAloneIsNoOneWhenTwoPeopleHoldTitlesOfThatHead()
    {
        const string body = "التقى وزير الري سامي الفكي وزير الزراعة خالد النور أمس. وقال الوزير إن التعاون سيتسع.";
        var article = Link(body, null, Tag(body, "سامي الفكي", EntityType.PERS), Tag(body, "خالد النور", EntityType.PERS));
        Assert.DoesNotContain(article.Entities, e => e.MentionTexts().Contains("الوزير"));
    }

    [Fact]
    public void AHeadThatIsMostlyAnAdjectiveAloneIsNoReference()
    {
        const string body = "قال الصحفي سامي الفكي إن التحقيق مستمر. وعقد مؤتمره الصحفي مساء أمس.";
        var person = Link(body, null, Tag(body, "سامي الفكي", EntityType.PERS)).EntityMentioning("سامي الفكي");
        Assert.NotNull(person);
        Assert.DoesNotContain("الصحفي", person.MentionTexts());
    }

    [Fact]
    public void TheNationalCoachIsTheCoachWhenTheArticleComesBackToHim()
    {
        const string body = "قال الناخب الوطني كمال بن عيسى إن الفريق جاهز للمباراة. وأضاف المدرب أن اللاعبين يدركون المسؤولية.";
        var person = Link(body, null, Tag(body, "كمال بن عيسى", EntityType.PERS)).EntityMentioning("كمال بن عيسى");
        Assert.NotNull(person);
        Assert.Contains("المدرب", person.MentionTexts());
    }
}
