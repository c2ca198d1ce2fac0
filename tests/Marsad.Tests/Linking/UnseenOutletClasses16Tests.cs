using Marsad.Linking;
using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Classes of entity errors found on the development halves of the unseen sets (session 16), each with
/// invented sentences and the shipped knowledge: a province named after its town (ولاية صفاقس), a facility
/// head after a proclitic, a facility head in an idiom (الكرة في ملعب …), an ordinary word read as a proclitic and an agency's
/// name (فوات), and an in-body dateline with its date before the credit.</summary>
public class UnseenOutletClasses16Tests
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    private static AnalyzedArticle Link(string body) => TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, Day));

    [Theory]
    [InlineData("تفقد الوزير المزارع في ولاية صفاقس أمس.", "ولاية صفاقس", "loc:sfax")]
    [InlineData("وصلت القافلة إلى محافظة الكرك مساء الجمعة.", "محافظة الكرك", "loc:karak")]
    [InlineData("تضررت الطرق بولاية سنار بعد الأمطار.", "ولاية سنار", "loc:sennar")]
    public void AProvinceNamedAfterItsTownIsOnePlaceWithItsHead(string body, string province, string town)
    {
        var article = Link(body);
        var place = Assert.Single(article.Entities, e => e.Mentions.Any(m => m.Text == province));
        Assert.Equal(EntityType.LOC, place.Type);
        Assert.NotEqual(town, place.Id);
        Assert.Equal(province, place.Mentions[0].Text);
    }

    [Fact]
    public void TheTownNamedAloneBesideItsProvinceStaysTheTown()
    {
        var article = Link("زار الوفد ولاية صفاقس، ثم عاد إلى صفاقس ليلا.");
        Assert.Equal(["loc:sfax"], article.IdsOf("صفاقس"));
        Assert.Single(article.Entities, e => e.Mentions.Any(m => m.Text == "ولاية صفاقس") && e.Id != "loc:sfax");
    }

    [Fact]
    public void AProvinceHeadBeforeARegionsOwnNameChangesNothing()
    {
        // تكساس is a region of the KB, no town: the head is no new place there.
        var article = Link("ضربت العاصفة ولاية تكساس أمس.");
        Assert.DoesNotContain(article.Entities, e => e.Id.StartsWith("prov:", StringComparison.Ordinal) && e.Mentions.Any(m => m.Text.Contains("تكساس")));
    }

    [Fact]
    public void AFacilityHeadAfterAProcliticStillMakesTheFacilityWithoutTheProclitic()
    {
        var article = Link("أغلقت السلطات المطار وميناء الحديدة بعد القصف.");
        var port = Assert.Single(article.Entities, e => e.Mentions.Any(m => m.Text == "ميناء الحديدة"));
        Assert.Equal(EntityType.LOC, port.Type);
        Assert.NotEqual("loc:hodeidah", port.Id);
    }

    [Theory]
    [InlineData("وقال الوزير إن الكرة الآن في ملعب واشنطن بعد الرد الأخير.")]
    [InlineData("وأضاف أن الكرة في ملعب طهران.")]
    public void AStadiumInTheBallIsInTheirCourtIdiomIsNoPlace(string body)
    {
        var article = Link(body);
        Assert.DoesNotContain(article.Entities, e => e.Mentions.Any(m => m.Text.StartsWith("ملعب", StringComparison.Ordinal)));
    }

    [Fact]
    public void AStadiumNamedAfterACityIsStillAPlace()
    {
        var article = Link("أقيمت المباراة في ملعب طهران الدولي أمام جمهور غفير.");
        Assert.Single(article.Entities, e => e.Mentions.Any(m => m.Text.StartsWith("ملعب طهران", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheLapseOfTimeIsNotTheTunisianAgency()
    {
        var article = Link("دعا الخبراء إلى التحرك قبل فوات الأوان.");
        Assert.DoesNotContain(article.Entities, e => e.Id == "org:tap");
        var agency = Link("ونقلت وكالة تونس أفريقيا للأنباء عن الوزير قوله إن الموسم جيد.");
        Assert.Contains(agency.Entities, e => e.Id == "org:tap");
    }

    [Theory]
    [InlineData("عمان 3 تشرين الثاني (بترا) – وقع الوزير اتفاقية جديدة.", "عمان", "وقع الوزير")]
    [InlineData("القاهرة 5 مايو 2025 (أ ش أ) - أعلنت الوزارة خطة جديدة.", "القاهرة", "أعلنت الوزارة")]
    public void AnInBodyDatelineRunsOverItsDateToTheCredit(string body, string place, string report)
    {
        var (start, end) = InBodyDateline.Find(body, place);
        Assert.Equal(0, start);
        Assert.StartsWith(report, body[end..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("عمان 3 تشرين الثاني اجتماع الوزراء بحث الأسعار.")]
    [InlineData("عمان 3 تشرين الثاني – اجتماع الوزراء بحث الأسعار.")]
    public void ADatelineDateWithoutABracketedCreditIsNoCreditRun(string body)
    {
        // Only a date before a bracketed credit is skipped; otherwise the line reads as before.
        Assert.Equal((0, 0), InBodyDateline.Find(body, "عمان"));
    }
    [Fact]
    public void ABareSurnameKeepsTheLineageWordBeforeIt()
    {
        const string body = "أكد عز الدين بن الشيخ أن الموسم جيد. وردا على سؤال، قال بن الشيخ إن الأسعار مستقرة.";
        var article = TestKnowledge.LinkTagged(body, Day, ("عز الدين بن", EntityType.PERS));
        var person = Assert.Single(article.Entities, e => e.Mentions.Any(m => m.Text == "عز الدين بن الشيخ"));
        Assert.Contains("بن الشيخ", person.MentionTexts());
    }

    [Fact]
    public void AVerbTheTaggerRanIntoALineageIsShedAndTheLineageIsThePersonNamedBefore()
    {
        const string body = "أعلن سالم بن بريك خطة جديدة للأسعار، ثم طالب بن بريك التجار بخفض الأسعار.";
        var article = TestKnowledge.LinkTagged(body, Day, ("سالم بن بريك", EntityType.PERS), ("طالب بن بريك", EntityType.PERS));
        var person = Assert.Single(article.Entities, e => e.Mentions.Any(m => m.Text == "سالم بن بريك"));
        Assert.Contains("بن بريك", person.MentionTexts());
        Assert.DoesNotContain(article.Entities, e => e.Mentions.Any(m => m.Text == "طالب بن بريك"));
    }

    [Fact]
    public void AGivenNameBeforeTheSameLineageIsAnotherPerson()
    {
        const string body = "أعلن سالم بن بريك خطة جديدة، وقال أحمد بن بريك إن التجار رحبوا بها.";
        var article = TestKnowledge.LinkTagged(body, Day, ("سالم بن بريك", EntityType.PERS), ("أحمد بن بريك", EntityType.PERS));
        Assert.Single(article.Entities, e => e.Mentions.Any(m => m.Text == "أحمد بن بريك"));
    }
    [Fact]
    public void TheBankPointsBackAtTheBankNamedInTheLeadAcrossTheReport()
    {
        var filler = string.Concat(Enumerable.Repeat("وتناول الاجتماع مراحل التنفيذ وكلفة كل مرحلة والجدول الزمني المقترح لها. ", 12));
        var article = Link("وقعت الوزارة اتفاقية تمويل مع بنك الاستثمار الأوروبي لدعم المشروع.\n" + filler + "وأشار المتحدث إلى أن البنك موّل مشاريع أخرى في المنطقة.");
        Assert.Equal(article.EntityMentioning("بنك الاستثمار الأوروبي")?.Id, article.EntityMentioning("البنك")?.Id);
        Assert.NotNull(article.EntityMentioning("البنك"));
    }
    [Fact]
    public void AnAccusativeAdjectiveTheTaggerRanIntoANameIsNoPartOfIt()
    {
        const string body = "رسميا: ماركو فيراتي نصراوياً حتى 2028\nأعلن النادي التعاقد مع ماركو فيراتي لثلاثة مواسم.";
        var article = TestKnowledge.LinkTagged(body, Day, ("ماركو فيراتي نصراوياً", EntityType.PERS), ("ماركو فيراتي", EntityType.PERS));
        Assert.DoesNotContain(article.Entities, e => e.Mentions.Any(m => m.Text.Contains("نصراوياً", StringComparison.Ordinal)));
        var player = Assert.Single(article.Entities, e => e.Mentions.Any(m => m.Text == "ماركو فيراتي"));
        Assert.Equal(2, player.Mentions.Length);
    }
}
