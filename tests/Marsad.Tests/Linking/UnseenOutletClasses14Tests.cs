using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Classes of entity misses found on the development halves of the unseen sets (session 14), each with
/// invented sentences and the shipped knowledge: definite descriptions pointing back at the body just named, a kind
/// word standing apart from a name the KB knows, the ministry of a minister named only by title, and a facility's
/// adjectives.</summary>
public class UnseenOutletClasses14Tests
{
    private static readonly DateOnly Day = new(2024, 6, 1);

    private static AnalyzedArticle Link(string body, params (string Text, EntityType Type)[] tagged) => TestKnowledge.LinkTagged(body, Day, tagged);

    [Theory]
    [InlineData("افتتحت الوكالة الدولية للطاقة المتجددة مختبرا جديدا في أبوظبي. وقال مسؤول في الوكالة إن المختبر سيعمل قريبا.", "الوكالة", "org:irena")]
    [InlineData("دعت جامعة الدول العربية إلى وقف القتال فورا. وقال مسؤول في الجامعة إن الاجتماع سيعقد الأسبوع المقبل.", "الجامعة", "org:arab-league")]
    [InlineData("اختتمت قمة مجموعة السبع أعمالها أمس. وأكدت المجموعة في بيانها دعمها لخطة السلام.", "المجموعة", "org:g7")]
    [InlineData("تراجعت حركة السفن في قناة السويس هذا الشهر. وقال مسؤول إن إيرادات القناة انخفضت بنحو الثلث.", "القناة", "loc:suez-canal")]
    public void ADefiniteDescriptionPointsBackAtTheBodyItHeads(string body, string description, string id) =>
        Assert.Equal([id], Link(body).IdsOf(description));

    [Fact]
    public void TheBlocPointsBackAtTheBlocJustNamed()
    {
        const string body = "أعلنت كتلة التنمية والعدالة مقاطعة الجلسة. وقال متحدث إن الكتلة لن تصوت على القانون.";
        var bloc = Link(body, ("كتلة التنمية والعدالة", EntityType.ORG)).EntityMentioning("كتلة التنمية والعدالة");
        Assert.NotNull(bloc);
        Assert.Contains("الكتلة", bloc.MentionTexts());
    }

    [Fact]
    public void TheUniversityIsNotGuessedWithoutAUniversityNamed() =>
        Assert.Empty(Link("وقال طلاب إن الجامعة أغلقت أبوابها أمس.").IdsOf("الجامعة"));

    [Theory]
    [InlineData("وقالت شبكة سي إن إن إن الرئيس سيزور المنطقة.", "سي إن إن", "org:cnn")]
    [InlineData("وأعلنت شركة ميرسك تحويل سفنها عن البحر الأحمر.", "ميرسك", "org:maersk")]
    public void AKindWordBeforeANameTheKnowledgeGivesTheSameBodyIsNoPartOfTheMention(string body, string name, string id)
    {
        var article = Link(body);
        Assert.Equal([id], article.IdsOf(name));
        Assert.DoesNotContain(article.Entities.SelectMany(e => e.Mentions), m => m.Text.Contains(' ' + name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("تراجعت حركة السفن في قناة السويس هذا الشهر.", "قناة السويس", "loc:suez-canal")]
    [InlineData("ونقلت وكالة رويترز عن مصادر أن المحادثات توقفت.", "وكالة رويترز", "org:reuters")]
    public void AKindWordBeforeAWordThatNamesSomethingElseOrAnAgencyStaysInTheName(string body, string name, string id) =>
        Assert.Equal([id], Link(body).IdsOf(name));

    [Fact]
    public void ACompanyTheKnowledgeDoesNotKnowKeepsItsKindWord() =>
        Assert.NotNull(Link("وأعلنت شركة النور للتقنية أرباحها.", ("شركة النور للتقنية", EntityType.ORG)).EntityMentioning("شركة النور للتقنية"));

    [Theory]
    [InlineData("أعلن وزير الصحة الاتحادي الدكتور سامر الحلو أمس أن الوزارة أرسلت فرقا إلى الولاية.", "سامر الحلو", "وزارة الصحة")]
    [InlineData("وقالت وزيرة البيئة منى العلي إن الوزارة تعد خطة لتنظيف الشواطئ.", "منى العلي", "وزارة البيئة")]
    [InlineData("وأوضح وزير المياه والري عادل النمر أن الوزارة بدأت حفر الآبار.", "عادل النمر", "وزارة المياه والري")]
    public void TheMinistryOfAMinisterIsThatMinistryWhereNobodyNamesIt(string body, string minister, string ministry)
    {
        var entity = Link(body, (minister, EntityType.PERS)).EntityMentioning("الوزارة");
        Assert.NotNull(entity);
        Assert.Equal(ministry, entity.Name);
        Assert.Equal(EntityType.ORG, entity.Type);
    }

    [Fact]
    public void TheMinistryOfTheOneMinisterNamedParagraphsBeforeIsThatMinistry()
    {
        var filler = string.Concat(Enumerable.Repeat("وتابع أن المشروع يشمل مراحل عدة تمتد على سنوات. ", 14));
        var body = "وأوضح وزير المياه والري عادل النمر أن العمل سيبدأ قريبا. " + filler + "وقال الناطق باسم الوزارة إن العطاءات طرحت.";
        Assert.True(body.IndexOf("الوزارة", StringComparison.Ordinal) > 600);
        Assert.Equal("وزارة المياه والري", Link(body, ("عادل النمر", EntityType.PERS)).EntityMentioning("الوزارة")?.Name);
    }

    [Theory]
    [InlineData("أدى الوزير الجديد اليمين أمس أمام الرئيس. وقالت الوزارة إن جولته تبدأ غدا.")]
    [InlineData("استقبل الوزير الأول أمس سفيرا أجنبيا. وقالت الوزارة إن اللقاء تناول الهجرة.")]
    [InlineData("التقى وزير الدولة لشؤون الطاقة نظيره أمس. وقالت الوزارة إن الجانبين اتفقا على لجنة مشتركة.")]
    public void AnAdjectiveAfterADefiniteTitleOrAMinisterOfStateImpliesNoMinistry(string body) =>
        Assert.DoesNotContain(Link(body).Entities, e => e.Name.StartsWith("وزارة", StringComparison.Ordinal));

    [Fact]
    public void TheMinistryAfterABareMinisterWithoutAFieldStaysUnlinked() =>
        Assert.Empty(Link("وقال الوزير إن الوزارة ستعلن الخطة قريبا.").IdsOf("الوزارة"));

    [Theory]
    [InlineData("هبطت الطائرة في مطار دمشق الدولي مساء أمس.", "مطار دمشق الدولي")]
    [InlineData("نقل المصابون إلى مستشفى الدمازين التعليمي لتلقي العلاج.", "مستشفى الدمازين التعليمي")]
    public void AFacilitysAdjectiveBelongsToItsName(string body, string facility)
    {
        var entity = Link(body).EntityMentioning(facility);
        Assert.NotNull(entity);
        Assert.Equal(EntityType.LOC, entity.Type);
    }

    [Fact]
    public void ANationalityAdjectiveAfterAFacilityIsNoPartOfItsName() =>
        Assert.NotNull(Link("رست السفينة في ميناء الحديدة اليمني صباح اليوم.").EntityMentioning("ميناء الحديدة"));

    [Fact]
    public void AFacilityWrittenLaterWithoutItsAdjectiveIsTheSamePlace()
    {
        var article = Link("سقطت قذائف في محيط مطار الموصل الدولي فجرا. وأكد مسؤول أن مطار الموصل لم يتضرر وأن المطار يعمل.");
        var airport = article.EntityMentioning("مطار الموصل الدولي");
        Assert.NotNull(airport);
        Assert.Contains("مطار الموصل", airport.MentionTexts());
        Assert.Contains("المطار", airport.MentionTexts());
    }
}
