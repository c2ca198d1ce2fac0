using Marsad.Linking;
using Marsad.Model;
using static Marsad.Tests.Linking.TestKnowledge;

namespace Marsad.Tests.Linking;

public class EntityLinkerTests
{
    private const string RoleSentence = "صرّح وزير الخارجية الأمريكي بأن المحادثات مع الحلفاء ستستمر الأسبوع المقبل.";

    [Theory]
    [InlineData("2016-03-25", "t:kerry")]
    [InlineData("2021-06-28", "t:blinken")]
    [InlineData("2025-06-01", "t:rubio")]
    public void ARolePhraseIsReadAtThePublicationDate(string published, string expected)
    {
        var article = Link(RoleSentence, DateOnly.Parse(published));
        var entity = article.EntityMentioning("وزير الخارجية الأمريكي");
        Assert.NotNull(entity);
        Assert.Equal(expected, entity.Id);
        Assert.Equal(EntityType.PERS, entity.Type);
    }

    [Fact]
    public void ARolePhraseWithoutADateAndWithoutANameStaysUnresolved()
    {
        var article = Link(RoleSentence);
        Assert.Null(article.EntityMentioning("وزير الخارجية الأمريكي"));
    }

    [Fact]
    public void ARoleNextToANameIsAnotherMentionOfThatPerson()
    {
        const string body = "أكد جون كيري، وزير الخارجية الأمريكي، أن الاجتماع كان مثمرا.";
        var article = Link(body);
        var kerry = Assert.Single(article.Entities, e => e.Id == "t:kerry");
        Assert.Equal(["جون كيري", "وزير الخارجية الأمريكي"], kerry.MentionTexts());
    }

    [Fact]
    public void WithoutADateALoneRoleLinksToThePersonNamedWithItEarlier()
    {
        const string body = "وصل وزير الخارجية الأمريكي جون كيري إلى العاصمة.\nوأكد وزير الخارجية الأمريكي أن بلاده ستساعد.";
        var article = Link(body);
        var kerry = Assert.Single(article.Entities, e => e.Id == "t:kerry");
        Assert.Equal(3, kerry.Mentions.Length);
        Assert.Equal(2, kerry.Mentions.Count(m => m.Text == "وزير الخارجية الأمريكي"));
    }

    [Fact]
    public void ARoleNounWithANationalityLinksToTheHolderNamedInTheArticle()
    {
        const string body = "التقى وزير الخارجية البريطاني سايمون هيل نظيره.\nثم قال الوزير البريطاني إن اللقاء كان جيدا.";
        var article = Link(body, null, Tag(body, "سايمون هيل", EntityType.PERS));
        var hill = article.EntityMentioning("سايمون هيل");
        Assert.NotNull(hill);
        Assert.Contains("الوزير البريطاني", hill.MentionTexts());
        Assert.Contains("وزير الخارجية البريطاني", hill.MentionTexts());
    }

    [Fact]
    public void ATitleWithoutNationalityLinksToTheNearestPersonGivenThatRoleEarlier()
    {
        const string body = "اجتمع وزير الخارجية الأمريكي جون كيري مع وزير الخارجية البريطاني سايمون هيل.\n"
            + "وقال هيل إن المحادثات مفيدة.\nوأضاف وزير الخارجية أن الاجتماع المقبل قريب.";
        var article = Link(body, new DateOnly(2016, 3, 1), Tag(body, "سايمون هيل", EntityType.PERS));
        var last = body.LastIndexOf("وزير الخارجية", StringComparison.Ordinal);
        Assert.Equal(article.EntityMentioning("سايمون هيل")?.Id, article.EntityAt(last, last + "وزير الخارجية".Length)?.Id);
    }

    [Fact]
    public void ATitleWithoutNationalityIsNotReadAgainstTheKnowledgeBaseAlone()
    {
        var article = Link("وقال وزير الخارجية إن الاجتماع المقبل قريب.", new DateOnly(2016, 3, 1));
        Assert.Empty(article.Entities);
    }

    [Fact]
    public void ProcliticsAreLeftOutOfTheMentionAndTheNameStillLinks()
    {
        const string body = "سافر الوفد إلى بروكسل، ثم عاد إلى لندن وبروكسل مرة أخرى، وأرسل رسالة لبريطانيا.";
        var article = Link(body);
        var brussels = Assert.Single(article.Entities, e => e.Id == "t:brussels");
        Assert.Equal(["بروكسل", "بروكسل"], brussels.MentionTexts());
        var uk = Assert.Single(article.Entities, e => e.Id == "t:uk");
        Assert.Equal("بريطانيا", Assert.Single(uk.Mentions).Text);
    }

    [Fact]
    public void SpellingVariantsOfOneNameLinkToOneEntity()
    {
        const string body = "انتقدت أميركا القرار، وقالت أمريكا لاحقا إن واشنطن لن تتراجع.";
        var us = Assert.Single(Link(body).Entities);
        Assert.Equal("t:us", us.Id);
        Assert.Equal("الولايات المتحدة", us.Name);
        Assert.Equal(["أميركا", "أمريكا", "واشنطن"], us.MentionTexts());
    }

    [Fact]
    public void AHashtagIsReadAsTheNameItSpells()
    {
        const string body = "انتشر وسم #تيريزا_ماي على مواقع التواصل.";
        var may = Assert.Single(Link(body).Entities);
        Assert.Equal("t:may", may.Id);
        Assert.Equal("تيريزا_ماي", Assert.Single(may.Mentions).Text);
    }

    [Fact]
    public void AliasesInQuoteMarksAndBracketsLinkToOneEntityWithTheirClosingMark()
    {
        const string body = "هاجم داعش القرية. وقال إن تنظيم \"الدولة\" انسحب، وإن تنظيم (داعش) خسر مواقعه، وإن «داعش» ضعف.";
        var isis = Assert.Single(Link(body).Entities);
        Assert.Equal("t:isis", isis.Id);
        Assert.Equal(["داعش", "تنظيم \"الدولة\"", "تنظيم (داعش)", "داعش"], isis.MentionTexts());
    }

    [Fact]
    public void ADescriptionLinksToTheOnlyArmedGroupOfTheArticle()
    {
        const string body = "أعلن تنظيم الدولة مسؤوليته عن الهجوم.\nوقال مسؤول إن التنظيم الإرهابي فقد قادته، وإن الجماعة تتراجع.";
        var isis = Assert.Single(Link(body).Entities);
        Assert.Equal(["تنظيم الدولة", "التنظيم الإرهابي", "الجماعة"], isis.MentionTexts());
    }

    [Fact]
    public void ADescriptionIsNotGuessedWhenTheArticleHasTwoArmedGroups()
    {
        const string body = "تنافس تنظيم الدولة وتنظيم القاعدة على النفوذ.\nوقال مسؤول إن التنظيم انسحب.";
        var article = Link(body);
        Assert.Null(article.EntityMentioning("التنظيم"));
        Assert.Equal(2, article.Entities.Length);
    }

    [Fact]
    public void TheCoalitionIsCalledTheCoalition()
    {
        const string body = "شن التحالف الدولي غارات جديدة. وقالت قوات التحالف إن التحالف سيواصل عملياته.";
        var coalition = Assert.Single(Link(body).Entities);
        Assert.Equal("t:coalition", coalition.Id);
        Assert.Equal(["التحالف الدولي", "قوات التحالف", "التحالف"], coalition.MentionTexts());
    }

    [Fact]
    public void ASurnameAloneLinksToTheFullNameSeenInTheArticle()
    {
        const string body = "استقبل الرئيس سامر خليلوف الوفد.\nوقال خليلوف إن الزيارة مهمة، ثم غادر وخليلوف مبتسم.";
        var article = Link(body, null, Tag(body, "سامر خليلوف", EntityType.PERS));
        var person = Assert.Single(article.Entities);
        Assert.Equal("سامر خليلوف", person.Name);
        Assert.Equal(["الرئيس", "سامر خليلوف", "خليلوف", "خليلوف"], person.MentionTexts());
        Assert.StartsWith("prov:pers:", person.Id);
    }

    [Fact]
    public void ATaggedSurnameLinksToTheTaggedFullName()
    {
        const string body = "صرح نادر الحلبي للصحافيين.\nوأضاف الحلبي أن الوضع هادئ.";
        var article = Link(body, null, Tag(body, "نادر الحلبي", EntityType.PERS), Tag(body, "الحلبي", EntityType.PERS, body.IndexOf('\n')));
        var person = Assert.Single(article.Entities);
        Assert.Equal(2, person.Mentions.Length);
    }

    [Fact]
    public void AKnownPersonsSurnameLinksEvenWhenTheTaggerMissedIt()
    {
        const string body = "وصل جون كيري إلى المدينة. وقال كيري إن المحادثات جيدة.";
        var kerry = Assert.Single(Link(body).Entities);
        Assert.Equal(["جون كيري", "كيري"], kerry.MentionTexts());
    }

    [Fact]
    public void ProvisionalIdsAreStableAcrossArticles()
    {
        const string first = "التقى فادي منصور بالمسؤولين في المدينة.";
        const string second = "قال فادى منصور في مقابلة إن الاتفاق قريب.";
        var a = Link(first, null, Tag(first, "فادي منصور", EntityType.PERS)).Entities.Single();
        var b = Link(second, null, Tag(second, "فادى منصور", EntityType.PERS)).Entities.Single();
        Assert.Equal(a.Id, b.Id);
        Assert.Equal("prov:pers:فادي_منصور", a.Id);
    }

    [Fact]
    public void ATaggedMentionWithAProclitcIsTrimmedWhenTheNameIsKnown()
    {
        const string body = "عادت القوات وللعراق حدود طويلة.";
        var iraq = Assert.Single(Link(body, null, Tag(body, "وللعراق", EntityType.LOC)).Entities);
        Assert.Equal("t:iraq", iraq.Id);
        Assert.Equal("للعراق", Assert.Single(iraq.Mentions).Text);
    }

    [Fact]
    public void AnUnknownNameShedsTheProcliticBeforeAnOrganisationHead()
    {
        const string body = "قدمت الحكومة طلبا لمنظمة الساحل للتنمية أمس.";
        var entity = Assert.Single(Link(body, null, Tag(body, "لمنظمة الساحل للتنمية", EntityType.ORG)).Entities);
        Assert.Equal("منظمة الساحل للتنمية", Assert.Single(entity.Mentions).Text);
        Assert.Equal("prov:org:منظمه_الساحل_للتنميه", entity.Id);
    }

    [Fact]
    public void AnUnknownNameAfterLamKeepsTheWordButRestoresTheArticleInItsName()
    {
        const string body = "وجهت الحكومة رسالة للطوارقة في الشمال، ورد الطوارقة بالترحيب.";
        var article = Link(body, null, Tag(body, "للطوارقة", EntityType.ORG), Tag(body, "الطوارقة", EntityType.ORG, body.IndexOf("ورد", StringComparison.Ordinal)));
        var entity = Assert.Single(article.Entities);
        Assert.Equal("الطوارقة", entity.Name);
        Assert.Equal(["للطوارقة", "الطوارقة"], entity.MentionTexts());
    }

    [Theory]
    [InlineData("بجامعة")]
    [InlineData("لمنظمة")]
    public void AHeadWordAloneIsNotAnEntity(string word)
    {
        var body = $"تحدث الطالب {word} عن المشروع.";
        Assert.Empty(Link(body, null, Tag(body, word, EntityType.ORG)).Entities);
    }

    [Fact]
    public void ANameIsNotSplitWhereNoWordCouldBegin()
    {
        const string body = "قال فؤاد سليم إن الاتفاق قريب.";
        var person = Assert.Single(Link(body, null, Tag(body, "فؤاد سليم", EntityType.PERS)).Entities);
        Assert.Equal("فؤاد سليم", person.Name);
    }

    [Theory]
    [InlineData("الحكومة العراقية")]
    [InlineData("القوات الأميركية")]
    [InlineData("قوات الأمن العراقية")]
    [InlineData("المجتمع الدولي")]
    public void GenericGroupsAreNotEntities(string group)
    {
        var body = $"رحبت {group} بالقرار الجديد.";
        var article = Link(body, null, Tag(body, group, EntityType.ORG));
        Assert.Empty(article.Entities);
    }

    [Fact]
    public void EntityAtFindsTheEntityCoveringASpan()
    {
        const string body = "قال جون كيري إن واشنطن مستعدة.";
        var article = Link(body);
        var start = body.IndexOf("كيري", StringComparison.Ordinal);
        Assert.Equal("t:kerry", article.EntityAt(start, start + 4)?.Id);
        var us = body.IndexOf("واشنطن", StringComparison.Ordinal);
        Assert.Equal("t:us", article.EntityAt(us, us + 6)?.Id);
        Assert.Null(article.EntityAt(0, 3));
    }

    [Fact]
    public void EntitiesAreOrderedByFirstMentionAndCarryKnowledgeBaseNames()
    {
        const string body = "زار جون كيري العراق ثم بروكسل.";
        var entities = Link(body).Entities;
        Assert.Equal(["t:kerry", "t:iraq", "t:brussels"], entities.Select(e => e.Id));
        Assert.Equal("John Kerry", entities[0].EnglishName);
    }
}
