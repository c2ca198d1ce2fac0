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
    [Fact]
    public void AClauseAfterTheBareHeadEndsTheReference()
    {
        const string body = "قال المدرب عادل الشامي إن الفريق جاهز. وأضاف المدرب الذي قاد الفريق إلى اللقب أن المباراة صعبة.";
        var person = Link(body, null, Tag(body, "عادل الشامي", EntityType.PERS)).EntityMentioning("عادل الشامي");
        Assert.NotNull(person);
        Assert.Contains(person.Mentions, m => m.Text == "المدرب" && m.Start == body.LastIndexOf("المدرب", StringComparison.Ordinal));
    }

    [Fact]
    public void ARoleWrittenBeforeAnyNameIsTheNextPersonTheArticleIntroduces()
    {
        const string body = "قال وزير النقل والمواصلات إن الطريق سيفتح الشهر المقبل. وأكد الوزير أن الكلفة مقبولة. وأضاف سالم العبري أن الأعمال تسير وفق الخطة.";
        var person = Assert.Single(Link(body, null, Tag(body, "سالم العبري", EntityType.PERS)).Entities);
        Assert.Equal(["وزير النقل والمواصلات", "الوزير", "سالم العبري"], person.MentionTexts());
    }

    [Fact]
    public void ARoleWrittenBeforeIsThePersonLaterGivenATitleOfItsHead()
    {
        const string body = "أعلنت وزيرة الصحة الإقليمية أن الحملة تبدأ غدا. واستقبلت الوزيرة ليلى حداد الوفد الطبي.";
        var person = Assert.Single(Link(body, null, Tag(body, "ليلى حداد", EntityType.PERS)).Entities);
        Assert.Contains("وزيرة الصحة الإقليمية", person.MentionTexts());
    }

    [Theory]
    [InlineData("قال وزير النقل إن الطريق سيفتح قريبا. وقال الخبير الاقتصادي سالم العبري إن الكلفة مرتفعة.")] // the person has a title of his own
    [InlineData("التقى سالم العبري الوفد. وقال وزير النقل إن الطريق سيفتح قريبا. وأضاف سالم العبري أن الكلفة مقبولة.")] // named before the role
    [InlineData("قال وزير النقل إن الطريق سيفتح قريبا. ورد رئيس البلدية بأن الكلفة مرتفعة. وأضاف سالم العبري أن الأعمال مستمرة.")] // another role between: the nearer one is his
    [InlineData("أكدت الأوساط الدبلوماسية والعسكرية الغربية دعمها للخطة. وقال سالم العبري إن الخطة واضحة.")] // an adjective, no role
    public void ARoleIsNotGivenToAPersonTheArticleDoesNotLeaveItTo(string body)
    {
        var article = Link(body, null, Tag(body, "سالم العبري", EntityType.PERS), Tag(body, "سالم العبري", EntityType.PERS, body.LastIndexOf("سالم العبري", StringComparison.Ordinal)));
        var person = article.EntityMentioning("سالم العبري");
        Assert.NotNull(person);
        Assert.DoesNotContain(person.MentionTexts(), m => m.Contains("وزير", StringComparison.Ordinal) || m.Contains("الدبلوماسية", StringComparison.Ordinal));
    }

    [Fact]
    public void ACoordinatedComplementBelongsToTheTitleButASecondTitleDoesNot()
    {
        const string body = "افتتح سالم العبري وزير المياه والري المحطة الجديدة. وقال وزير المياه والري إن المحطة ستخدم المدينة.";
        var person = Assert.Single(Link(body, null, Tag(body, "سالم العبري", EntityType.PERS)).Entities);
        Assert.Equal(["سالم العبري", "وزير المياه والري"], person.MentionTexts());
    }

    [Fact]
    public void ASecondTitleJoinedByAndAfterTheNameIsThePersonsToo()
    {
        const string body = "أكد سالم العبري مستشار رئيس الوزراء والمتحدث الرسمي باسم الحكومة أن الخطة جاهزة. وأضاف المتحدث الرسمي أن التنفيذ يبدأ غدا.";
        var person = Assert.Single(Link(body, null, Tag(body, "سالم العبري", EntityType.PERS)).Entities);
        Assert.Contains(person.Mentions, m => m.Text == "المتحدث الرسمي" && m.Start == body.LastIndexOf("المتحدث الرسمي", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("قال وزير النقل إن الطريق سيفتح قريبا. وقال وزير النقل السابق سالم العبري إن الكلفة مرتفعة.")]
    [InlineData("قال وزير النقل إن الطريق سيفتح قريبا. وقال وزير النقل الأسبق سالم العبري إن الكلفة مرتفعة.")]
    public void ARoleIsNotGivenToAFormerHolderOfIt(string body)
    {
        // «وزير النقل السابق فلان» held the office before: the minister who speaks first is someone else.
        var person = Link(body, null, Tag(body, "سالم العبري", EntityType.PERS)).EntityMentioning("سالم العبري");
        Assert.NotNull(person);
        Assert.DoesNotContain(person.Mentions, m => m.Start == body.IndexOf("وزير النقل", StringComparison.Ordinal));
    }

    [Fact]
    public void ARoleIsNotGivenToTheLaterHolderOfAnotherOfficeWithTheSameHead()
    {
        // «وزير النقل» and «وزير الصحة» share the head «وزير» but are two offices: the transport minister is unnamed.
        const string body = "قال وزير النقل إن الطريق سيفتح قريبا. وقال وزير الصحة سالم العبري إن المستشفى جاهز.";
        var person = Link(body, null, Tag(body, "سالم العبري", EntityType.PERS)).EntityMentioning("سالم العبري");
        Assert.NotNull(person);
        Assert.DoesNotContain(person.Mentions, m => m.Start == body.IndexOf("وزير النقل", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("قال وزير النقل إن الطريق سيفتح قريبا. وقال وزير النقل العماني سالم العبري إن الكلفة مقبولة.")] // the same office, a nationality added
    [InlineData("قال وزير النقل إن الطريق سيفتح قريبا. وقال الوزير سالم العبري إن الكلفة مقبولة.")] // the head alone
    public void ARoleIsGivenToTheLaterHolderOfTheSameOffice(string body)
    {
        var person = Link(body, null, Tag(body, "سالم العبري", EntityType.PERS)).EntityMentioning("سالم العبري");
        Assert.NotNull(person);
        Assert.Contains(person.Mentions, m => m.Start == body.IndexOf("وزير النقل", StringComparison.Ordinal));
    }
}
