using Marsad.Linking;
using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>The linker with the knowledge base that ships with Marsad (kb/*.tsv plus linking/*.tsv).</summary>
public class ShippedKnowledgeTests
{
    private static AnalyzedArticle Link(string body, DateOnly? published = null) =>
        TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body, published));

    [Theory]
    [InlineData("2016-03-25", "per:john-kerry")]
    [InlineData("2021-06-28", "per:antony-blinken")]
    [InlineData("2025-06-01", "per:marco-rubio")]
    public void TheUsSecretaryOfStateIsWhoeverHeldTheOfficeOnThePublicationDate(string date, string expected)
    {
        var article = Link("رحب وزير الخارجية الأمريكي بنتائج الجولة الأخيرة من المفاوضات.", DateOnly.Parse(date));
        Assert.Equal(expected, TestKnowledge.EntityMentioning(article, "وزير الخارجية الأمريكي")?.Id);
    }

    [Fact]
    public void WithoutADateTheSecretaryOfStateIsNotGuessed() =>
        Assert.Null(TestKnowledge.EntityMentioning(Link("رحب وزير الخارجية الأمريكي بنتائج الجولة الأخيرة."), "وزير الخارجية الأمريكي"));

    [Fact]
    public void ACapitalActingIsItsGovernmentAndACapitalVisitedIsTheCity()
    {
        var article = Link("قالت المتحدثة إن واشنطن ستواصل دعمها، وسيصل الوفد إلى واشنطن غدا.");
        var us = TestKnowledge.EntityMentioning(article, "واشنطن");
        Assert.Equal("loc:usa", us?.Id);
        Assert.Contains(article.Entities, e => e.Id == "loc:washington");
    }

    [Fact]
    public void AnHonorificBeforeAKnownNameIsNotPartOfTheMentionButAShortTitledNameStaysWhole()
    {
        var article = Link("استقبل الشيخ محمد بن زايد آل نهيان الوفد، فيما زار الملك سلمان المعرض.");
        Assert.Equal("per:mohamed-bin-zayed", TestKnowledge.EntityMentioning(article, "محمد بن زايد آل نهيان")?.Id);
        Assert.Null(TestKnowledge.EntityMentioning(article, "الشيخ محمد بن زايد آل نهيان"));
        Assert.Equal("per:king-salman", TestKnowledge.EntityMentioning(article, "الملك سلمان")?.Id);
    }

    [Fact]
    public void AVerbSpelledLikeANameWithoutItsHamzaIsNotThatName()
    {
        var article = Link("ترأس الوزير الاجتماع الذي عقد في العاصمة.");
        Assert.DoesNotContain(article.Entities, e => e.Type == EntityType.PERS);
    }

    [Fact]
    public void AMinistryNamedInFullAndByItsShortFormIsOneComposedEntity()
    {
        var article = Link("أصدرت وزارة الخارجية الفلسطينية بيانا، ثم عادت الخارجية الفلسطينية وأوضحت موقفها.");
        var ministry = TestKnowledge.EntityMentioning(article, "وزارة الخارجية الفلسطينية");
        Assert.NotNull(ministry);
        Assert.Equal(EntityType.ORG, ministry.Type);
        Assert.Same(ministry, TestKnowledge.EntityMentioning(article, "الخارجية الفلسطينية"));
        Assert.NotEqual(ministry.Id, TestKnowledge.EntityMentioning(Link("أصدرت وزارة الخارجية اللبنانية بيانا."), "وزارة الخارجية اللبنانية")?.Id);
    }

    [Fact]
    public void AComposedNameOfACuratedMinistryKeepsTheCuratedId()
    {
        var kb = KnowledgeBase.Default;
        Assert.Equal(["org:jordan-mfa"], kb.Lookup("وزارة الخارجية الأردنية").Select(e => e.Id));
        Assert.Equal(["org:jordan-mfa"], kb.Lookup("الخارجية الأردنية").Select(e => e.Id));
        Assert.Single(kb.Lookup("الجيش اللبناني"));
    }

    [Fact]
    public void TheKingdomIsTheOnlyKingdomNamedBefore()
    {
        var article = Link("استقبل الأردن وفدا اقتصاديا أمس.\nوقال مسؤول إن المملكة ترحب بالاستثمارات.");
        Assert.Equal("loc:jordan", TestKnowledge.EntityMentioning(article, "المملكة")?.Id);
    }

    [Fact]
    public void TheCompanyPointsBackAtACompanyJustNamedAndNotAtOneNamedFarAway()
    {
        var near = Link("أعلنت شركة بوينغ عن طراز جديد، وقالت الشركة إنه أوفر في الوقود.");
        Assert.Equal(TestKnowledge.EntityMentioning(near, "بوينغ")?.Id, TestKnowledge.EntityMentioning(near, "الشركة")?.Id);

        // Session 16: the reach of «الشركة»-like descriptions grew from 400 to 1,500 characters (the gold links them
        // across a report: «البنك» 900 characters after «بنك الاستثمار الأوروبي»), so «far» is now beyond 1,500.
        var far = Link("أعلنت شركة بوينغ عن طراز جديد." + new string('\n', 1) + string.Concat(Enumerable.Repeat("وتواصلت المعارض الجوية في المدينة طوال الأسبوع الماضي. ", 30)) + "وقالت الشركة إن مبيعاتها ارتفعت.");
        Assert.Null(TestKnowledge.EntityMentioning(far, "الشركة"));
    }

    [Fact]
    public void AnAgencyCreditedInParenthesesIsNoAntecedentOfTheAgency()
    {
        var article = Link("عمّان - (بترا) - بحث الوزير مع مسؤولي الأونروا تمويل خدماتها، وقال إن الوكالة تحتاج دعما عاجلا.");
        Assert.Equal("org:unrwa", TestKnowledge.EntityMentioning(article, "الوكالة")?.Id);
    }

    [Theory]
    [InlineData("2019-03-01", "per:josep-borrell")]
    [InlineData("2023-03-01", "per:jose-manuel-albares")]
    public void TheSpanishForeignMinisterIsReadAtTheDateUnderAnyOfHisTitles(string date, string expected)
    {
        var article = Link("التقى رئيس الدبلوماسية الإسبانية نظيره المغربي في الرباط.", DateOnly.Parse(date));
        Assert.Equal(expected, TestKnowledge.EntityMentioning(article, "رئيس الدبلوماسية الإسبانية")?.Id);
    }

    [Fact]
    public void ACompoundNameWrittenWithAHyphenIsTheNameTheKnowledgeBaseWritesWithASpace()
    {
        var article = Link("التقى الزعيم الكوري كيم جونغ-أون وفدا رياضيا، بينما وصلت جينين هينيس-بلاسخارت إلى المدينة.");
        Assert.Equal("per:kim-jong-un", TestKnowledge.EntityMentioning(article, "كيم جونغ-أون")?.Id);
        Assert.Equal("per:jeanine-hennis-plasschaert", TestKnowledge.EntityMentioning(article, "جينين هينيس-بلاسخارت")?.Id);
    }

    [Fact]
    public void ASpacedDashBetweenTwoNamesDoesNotJoinThemIntoOne()
    {
        var article = Link("زار الوفد كيم - جونغ أون في العاصمة.");
        Assert.Null(TestKnowledge.EntityMentioning(article, "كيم - جونغ أون"));
        Assert.DoesNotContain(article.Entities, e => e.Id == "per:kim-jong-un");
    }

    [Fact]
    public void HamzaOnYehIsASpellingVariantOfTheName() =>
        Assert.Equal(["per:fayez-al-sarraj"], KnowledgeBase.Default.Lookup("فائز السراج").Select(e => e.Id));

    [Theory]
    [InlineData("2019-06-01", "per:giuseppe-conte")]
    [InlineData("2022-03-10", "per:mario-draghi")]
    public void TheItalianPrimeMinisterIsReadAtTheDate(string date, string expected)
    {
        var article = Link("استقبل رئيس الوزراء الإيطالي وفدا من رجال الأعمال.", DateOnly.Parse(date));
        Assert.Equal(expected, TestKnowledge.EntityMentioning(article, "رئيس الوزراء الإيطالي")?.Id);
    }

    [Fact]
    public void AFacilityNamedAfterAPlaceIsAPlaceOfItsOwnWithThePlaceInside()
    {
        const string body = "هبطت الطائرة في مطار بغداد الدولي صباحا.";
        var article = Link(body);
        var airport = Assert.Single(article.Entities, e => e.Mentions.Any(m => m.Text == "مطار بغداد الدولي"));
        Assert.Equal(EntityType.LOC, airport.Type);
        Assert.Contains(article.Entities, e => e.Id == "loc:baghdad");
    }

    [Fact]
    public void DescribeGivesAnEntitysRolesWithTheirDates()
    {
        var profile = KnowledgeBase.Default.Describe("per:john-kerry");
        Assert.NotNull(profile);
        var role = Assert.Single(profile.Roles, r => r.Office.Id == "us-secretary-of-state");
        Assert.Equal(new DateOnly(2013, 2, 1), role.From);
        Assert.Null(KnowledgeBase.Default.Describe("no:such-id"));
    }

    [Fact]
    public void TheShippedKnowledgeBaseLoadsWithoutWarnings() => Assert.Empty(KnowledgeBase.Default.Warnings);
}
