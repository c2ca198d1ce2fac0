using Marsad.Model;
using static Marsad.Tests.Linking.TestKnowledge;

namespace Marsad.Tests.Linking;

/// <summary>Honorifics of address (سموه، معالي الوزير، جلالة الملك، دولة الرئيس) read back to the person of that rank.</summary>
public class HonorificReferenceTests
{
    private static readonly DateOnly Day = new(2024, 3, 10);

    [Fact]
    public void AnHonorificPronounIsTheNearestPersonTitledWithItsRank()
    {
        const string body = "استقبل الأمير خالد بن سعود الفيصل الوفد الزائر في الرياض. وأعرب سموه عن تقديره للتعاون بين البلدين.";
        var article = LinkTagged(body, Day, ("خالد بن سعود الفيصل", EntityType.PERS));
        var prince = article.EntityMentioning("خالد بن سعود الفيصل");
        Assert.NotNull(prince);
        Assert.Contains("سموه", prince.MentionTexts());
    }

    [Fact]
    public void AnHonorificBeforeABareTitleIsTheNearestHolderOfThatRank()
    {
        const string body = "التقى وزير الزراعة سامر الحديدي المزارعين في إربد، وتحدث معهم رئيس الجمعية نادر الخطيب. سؤال: معالي الوزير، متى يبدأ الموسم؟";
        var article = LinkTagged(body, Day, ("سامر الحديدي", EntityType.PERS), ("نادر الخطيب", EntityType.PERS));
        var minister = article.EntityMentioning("سامر الحديدي");
        Assert.NotNull(minister);
        Assert.Contains("معالي الوزير", minister.MentionTexts());
        Assert.DoesNotContain("معالي الوزير", article.EntityMentioning("نادر الخطيب")!.MentionTexts());
    }

    [Fact]
    public void WithNobodyOfTheRankNamedTheOneHolderOfTheNamedCountryIsMeant()
    {
        const string body = "أطلقت الحكومة في الأردن خطة للطاقة المتجددة. وقال مسؤول إن الخطة تنفذ توجيهات جلالة الملك في هذا الشأن.";
        var article = LinkTagged(body, Day);
        Assert.Equal(["per:abdullah-ii"], article.IdsOf("جلالة الملك"));
    }

    [Theory]
    [InlineData("أطلقت الحكومة في الأردن خطة للطاقة، ورحب بها المغرب. وقال مسؤول إن الخطة تنفذ توجيهات جلالة الملك.")] // two kingdoms named
    [InlineData("أطلقت الحكومة في الأردن خطة للطاقة. وقال مسؤول إن الخطة تنفذ توجيهات جلالة الملك.")] // no date
    public void AKingIsNotGuessedBetweenTwoCountriesOrWithoutADate(string body)
    {
        var article = LinkTagged(body, body.Contains("المغرب", StringComparison.Ordinal) ? Day : null);
        Assert.Empty(article.IdsOf("جلالة الملك"));
        Assert.Empty(article.IdsOf("الملك"));
    }

    [Fact]
    public void APronounWithNoPersonOfItsRankStaysUnlinked()
    {
        const string body = "قال المهندس وليد الصافي إن المشروع تأخر. وأوضح معاليه أن التمويل متوفر.";
        var article = LinkTagged(body, Day, ("وليد الصافي", EntityType.PERS));
        Assert.Empty(article.IdsOf("معاليه"));
    }

    [Fact]
    public void ThePrimeMinistersHonorificIsNotGivenToAPresident()
    {
        const string body = "اجتمع الرئيس كمال الأيوبي بالنواب. وسأله صحافي: دولة الرئيس، ما موقفكم؟";
        var article = LinkTagged(body, Day, ("كمال الأيوبي", EntityType.PERS));
        Assert.Empty(article.IdsOf("دولة الرئيس"));
    }

    [Fact]
    public void TheHeadOfTheCouncilIsItsSpeakerOnceTheCouncilIsNamed()
    {
        const string body = "ناقش مجلس النواب اليوم برئاسة حنفي جبالي تعديلات قانون المرور. وقال رئيس المجلس إن التصويت سيجري غدا.";
        var article = LinkTagged(body, Day, ("حنفي جبالي", EntityType.PERS), ("مجلس النواب", EntityType.ORG));
        Assert.Equal(["per:hanafi-gebali"], article.IdsOf("رئيس المجلس"));
    }

    [Theory]
    [InlineData("ناقش مجلس النواب اليوم برئاسة حنفي جبالي تعديلات القانون. وقال رئيس المجلس الرئاسي إن التصويت سيجري غدا.")] // another council's post
    [InlineData("اجتمع حنفي جبالي بالوفد الزائر. وقال رئيس المجلس إن التصويت سيجري غدا.")] // no council named
    public void AHeadOfCouncilIsNotGuessedWithoutItsCouncil(string body)
    {
        var article = LinkTagged(body, Day, ("حنفي جبالي", EntityType.PERS));
        Assert.DoesNotContain(article.Entities, e => e.Id == "per:hanafi-gebali" && e.Mentions.Any(m => m.Text.StartsWith("رئيس المجلس", StringComparison.Ordinal)));
    }
}
