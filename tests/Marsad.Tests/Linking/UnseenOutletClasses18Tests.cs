using Marsad.Model;
using static Marsad.Tests.Linking.TestKnowledge;

namespace Marsad.Tests.Linking;

/// <summary>Shapes of session 18's unseen outlets: the knowledge base's events are no entities, while leagues are
/// bodies; Gulf, Maghreb and Kurdish companies and agencies written in full.</summary>
public class UnseenOutletClasses18Tests
{
    [Theory]
    [InlineData("تأهل المنتخب إلى كأس العالم بعد فوزه أمس.", "كأس العالم")]
    [InlineData("وقعت الدولتان اتفاقية أوسلو قبل عقود، وقال الوزير إنها انتهت.", "اتفاقية أوسلو")]
    [InlineData("تستعد الأسواق لشهر رمضان بعروض جديدة.", "رمضان")]
    public void AnEventTheKnowledgeBaseNamesIsNoEntity(string body, string eventName)
    {
        var article = LinkTagged(body, null);
        Assert.DoesNotContain(article.Entities, e => e.Type == EntityType.MISC);
        Assert.Empty(article.IdsOf(eventName));
    }

    [Fact]
    public void TheWordsOfAnEventStayItsOwnAndNameNothingElse()
    {
        // «العالم» inside «كأس العالم» is not a place or body on its own.
        var article = LinkTagged("تأهل المنتخب إلى كأس العالم بعد فوزه أمس.", null);
        Assert.Empty(article.IdsOf("العالم"));
    }

    [Theory]
    [InlineData("انتقل اللاعب من الدوري الإيطالي إلى الدوري الإنجليزي الصيف الماضي.", "الدوري الإيطالي", "org:serie-a")]
    [InlineData("انتقل اللاعب من الدوري الإيطالي إلى الدوري الإنجليزي الصيف الماضي.", "الدوري الإنجليزي", "misc:premier-league")]
    [InlineData("يتصدر الفريق الدوري الألماني بفارق نقطتين.", "الدوري الألماني", "org:bundesliga")]
    public void ANationalLeagueIsABody(string body, string league, string id)
    {
        var entity = LinkTagged(body, null).EntityMentioning(league);
        Assert.NotNull(entity);
        Assert.Equal(id, entity.Id);
        Assert.Equal(EntityType.ORG, entity.Type);
    }

    [Theory]
    [InlineData("أعلنت مؤسسة دبي للاستثمارات الحكومية أرباحا قياسية هذا العام.", "مؤسسة دبي للاستثمارات الحكومية", "org:icd-dubai")]
    [InlineData("وبحسب بيانات هيئة الطيران المدني في دبي ارتفع عدد المسافرين.", "هيئة الطيران المدني في دبي", "org:dubai-caa")]
    [InlineData("ونشرت المندوبية السامية للتخطيط أرقاما جديدة عن البطالة.", "المندوبية السامية للتخطيط", "org:hcp-morocco")]
    [InlineData("وطالب الاتحاد التونسي للفلاحة والصيد البحري بدعم المزارعين.", "الاتحاد التونسي للفلاحة والصيد البحري", "org:utap")]
    [InlineData("واستؤنف الضخ من حقل طق طق صباح الأحد.", "طق طق", "loc:taq-taq")]
    [InlineData("وأعلنت حكومة إقليم كوردستان استئناف التصدير.", "حكومة إقليم كوردستان", "org:krg")]
    public void ABodyOrPlaceTheKnowledgeBaseKnowsIsLinkedWhole(string body, string name, string id)
    {
        var article = LinkTagged(body, null);
        Assert.Equal([id], article.IdsOf(name));
    }

    [Fact]
    public void ATitleSetOffByCommasAfterTheNameTeachesItsBareHead()
    {
        const string body = "أكد الإسباني كارلوس دياز، المدير الفني للزمالك، أن فريقه جاهز للمباراة. وأوضح المدرب أن اللاعبين بخير.";
        var article = LinkTagged(body, null, ("كارلوس دياز", EntityType.PERS));
        Assert.Contains("المدرب", article.EntityMentioning("كارلوس دياز")!.MentionTexts());
    }

    [Fact]
    public void ATitleAfterTheNameWithoutCommasTeachesNoBareHead()
    {
        // «التقى فلان المدير الفني …»: the title may open another phrase (the man he met).
        const string body = "التقى كارلوس دياز المدير الفني للزمالك في القاهرة أمس. وأوضح المدرب أن اللاعبين بخير.";
        var article = LinkTagged(body, null, ("كارلوس دياز", EntityType.PERS));
        Assert.DoesNotContain("المدرب", article.EntityMentioning("كارلوس دياز")!.MentionTexts());
    }

    [Fact]
    public void TheOfficeIsTheBodyNamedWithThatHead()
    {
        const string body = "أعلن الديوان الوطني للحبوب شراء كميات جديدة من القمح. وقال الديوان إن المخزون يكفي حتى الصيف.";
        var article = LinkTagged(body, null, ("الديوان الوطني للحبوب", EntityType.ORG));
        Assert.Contains("الديوان", article.EntityMentioning("الديوان الوطني للحبوب")!.MentionTexts());
    }

    [Fact]
    public void ACompanyKnownByItsFullNameKeepsItsHead()
    {
        var article = LinkTagged("رفعت شركة ألمنيوم البحرين إنتاجها هذا العام.", null);
        Assert.Equal(["org:alba"], article.IdsOf("شركة ألمنيوم البحرين"));
    }

    [Fact]
    public void ATitleWithTheClubItNamedIsItsHolder()
    {
        const string body = "أكد الإسباني كارلوس دياز، المدير الفني للزمالك، أن فريقه جاهز. وقال مدرب الزمالك خلال المؤتمر إن المباراة صعبة.";
        var article = LinkTagged(body, null, ("كارلوس دياز", EntityType.PERS));
        Assert.Contains("مدرب الزمالك", article.EntityMentioning("كارلوس دياز")!.MentionTexts());
        Assert.Contains("الزمالك", article.Entities.Single(e => e.Id == "org:zamalek").MentionTexts());
    }

    [Fact]
    public void ATitleWithAnotherClubIsNotTheHolder()
    {
        const string body = "أكد الإسباني كارلوس دياز، المدير الفني للزمالك، أن فريقه جاهز. وقال مدرب الأهلي خلال المؤتمر إن المباراة صعبة.";
        var article = LinkTagged(body, null, ("كارلوس دياز", EntityType.PERS));
        Assert.DoesNotContain("مدرب الأهلي", article.EntityMentioning("كارلوس دياز")!.MentionTexts());
    }

    [Theory]
    [InlineData("وقال المزارع: \"علمني أبي أن الأرض لا تخون\".", "أبي")]
    [InlineData("وتقول السيدة إن جارتي خرجت مع أطفالها قبل القصف.", "جارتي")]
    [InlineData("وأضاف أن ابن عمه فقد منزله في الفيضان.", "ابن عمه")]
    public void KinNamedWithAPossessiveAreNoPeople(string body, string kin)
    {
        var article = LinkTagged(body, null, (kin, EntityType.PERS));
        Assert.Empty(article.IdsOf(kin));
    }

    [Fact]
    public void ANameBuiltOnAKinWordStaysAName()
    {
        const string body = "زار الوفد بيت أبي القاسم الشابي في توزر.";
        var article = LinkTagged(body, null, ("أبي القاسم الشابي", EntityType.PERS));
        Assert.NotEmpty(article.IdsOf("أبي القاسم الشابي"));
    }

    [Theory]
    [InlineData("عمان", "per:jafar-hassan")] // Amman, a town, before Oman, a country, for the same letters
    [InlineData("بغداد", "per:mohammed-shia-al-sudani")]
    public void ABareNationalTitleIsTheHolderOfTheDatelinesCountry(string dateline, string holder)
    {
        const string body = "وقعت الحكومة اليوم اتفاقية جديدة لتمويل مشروع المياه. وقال رئيس الوزراء في كلمة خلال الحفل إن المشروع سيادي.";
        var article = ShippedLinker.Annotate(Article(body, new DateOnly(2025, 3, 1)) with { Dateline = dateline });
        Assert.Equal([holder], article.IdsOf("رئيس الوزراء"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("مركز الأخبار")]
    public void ABareNationalTitleWithoutAKnownDatelineStaysUnlinked(string? dateline)
    {
        const string body = "وقعت الحكومة اليوم اتفاقية جديدة لتمويل مشروع المياه. وقال رئيس الوزراء في كلمة خلال الحفل إن المشروع سيادي.";
        var article = ShippedLinker.Annotate(Article(body, new DateOnly(2025, 3, 1)) with { Dateline = dateline });
        Assert.Empty(article.IdsOf("رئيس الوزراء"));
    }

    [Fact]
    public void AFormerHolderIsNotTheOneInOffice()
    {
        const string body = "وقال رئيس الوزراء السابق في ندوة أمس إن الإصلاح تأخر.";
        var article = ShippedLinker.Annotate(Article(body, new DateOnly(2025, 3, 1)) with { Dateline = "عمان" });
        Assert.DoesNotContain("per:jafar-hassan", article.Entities.Select(e => e.Id));
    }

    [Fact]
    public void APortsBareNameBesideItsHeadedNameIsThePort()
    {
        const string body = "استؤنف التصدير عبر ميناء جيهان صباح الأحد. وقال مسؤول إن الناقلات تنتظر في جيهان منذ أسبوع.";
        var article = ShippedLinker.Annotate(Article(body, null, Tag(body, "جيهان", EntityType.PERS, from: body.IndexOf("في جيهان", StringComparison.Ordinal))));
        var port = article.EntityMentioning("ميناء جيهان");
        Assert.NotNull(port);
        Assert.Equal("loc:ceyhan-port", port.Id);
        Assert.Contains("جيهان", port.MentionTexts());
    }

    [Theory]
    [InlineData("المكلف")] // designate: not yet in office
    [InlineData("الراحل")] // late: no longer in office
    [InlineData("المقبل")] // next: not yet in office
    public void ATitleOfSomeoneNotInOfficeIsNotTheHolderOnTheDate(string qualifier)
    {
        var body = $"وقال رئيس الوزراء {qualifier} في ندوة عقدت أمس إن الإصلاح تأخر كثيرا.";
        var article = ShippedLinker.Annotate(Article(body, new DateOnly(2025, 3, 1)) with { Dateline = "عمان" });
        Assert.DoesNotContain("per:jafar-hassan", article.Entities.Select(e => e.Id));
    }

    [Fact]
    public void AKinWordThatShortensANameNamedInFullStaysThatPerson()
    {
        // «أبي» is "my father" in a witness's words, and also the short form of a name the article wrote in full.
        const string body = "قال رئيس الحكومة أبي أحمد إن الحوار سيبدأ قريبا، وأكد أبي أن كل الأحزاب مدعوة.";
        var article = ShippedLinker.Annotate(Article(body) with
        {
            Mentions = [Tag(body, "أبي أحمد", EntityType.PERS), Tag(body, "أبي", EntityType.PERS, body.IndexOf("وأكد", StringComparison.Ordinal))],
        });
        Assert.Equal(["per:abiy-ahmed"], article.IdsOf("أبي"));
    }

    [Fact]
    public void AKinWordBesideAnUnrelatedNameStaysNoPerson()
    {
        const string body = "قال رئيس الحكومة أبي أحمد إن الحوار سيبدأ، وقال مزارع: \"علمتني أمي أن الأرض لا تخون\".";
        var article = LinkTagged(body, null, ("أبي أحمد", EntityType.PERS), ("أمي", EntityType.PERS));
        Assert.Empty(article.IdsOf("أمي"));
    }

    [Theory]
    [InlineData("قال الوزير المكلف بالنقل إن الطرق ستفتح غدا. وكان الوزير المكلف بالنقل سمير بنعلي قد زار الموقع أمس.", "الوزير المكلف", "سمير بنعلي")]
    [InlineData("قالت الوزيرة المكلفة بالأسرة إن الدعم سيزيد. وكانت الوزيرة المكلفة بالأسرة نادية العلوي قد وعدت بذلك.", "الوزيرة المكلفة", "نادية العلوي")]
    public void AMinisterChargedWithARemitHoldsTheOfficeNamedBeforeHer(string body, string role, string name)
    {
        // «المكلف» alone is a designate; «المكلف بـ…» names a current minister's remit, so the role written first is hers.
        var article = LinkTagged(body, null, (name, EntityType.PERS));
        Assert.Contains(role, article.EntityMentioning(name)!.MentionTexts());
    }

    [Fact]
    public void ADesignateNamedLaterDoesNotHoldTheOfficeWrittenBefore()
    {
        const string body = "قال رئيس الحكومة إن الطرق ستفتح غدا. وكان رئيس الحكومة المكلف سمير بنعلي قد زار الموقع أمس.";
        var article = LinkTagged(body, null, ("سمير بنعلي", EntityType.PERS));
        Assert.DoesNotContain("رئيس الحكومة", article.EntityMentioning("سمير بنعلي")!.MentionTexts());
    }
}
