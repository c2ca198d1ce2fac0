using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Session 11 rules, with the shipped KB and lexicon (tagger mentions given by hand): a capital's word that
/// qualifies a noun, and place names that are everyday words, name no place; a conjunction the tagger left on a
/// first name is not part of the name; a facility head before a tagged name makes one place; «القطاع» is the strip
/// just named; a role head before an organisation's description is its office holder.</summary>
public class UnseenOutletLinkingTests
{
    private static AnalyzedArticle Link(string body, params (string Text, EntityType Type)[] tagged) =>
        TestKnowledge.LinkTagged(body, new DateOnly(2022, 5, 10), tagged);

    private static string[] IdsOf(AnalyzedArticle article, string text) => article.IdsOf(text);

    [Fact]
    public void A_capitals_word_after_a_noun_it_qualifies_names_no_place()
    {
        var adjective = Link("وأعلنت شركة الأسمدة حالة القوة القاهرة في مصنعها الساحلي بعد العاصفة.");
        Assert.DoesNotContain(adjective.Entities, e => e.Mentions.Any(m => m.Text.Contains("القاهرة", StringComparison.Ordinal)));

        var actor = Link("وقال الوزير إن القاهرة سترسل وفدا إلى المحادثات.");
        Assert.Equal(["loc:egypt"], IdsOf(actor, "القاهرة"));
    }

    [Fact]
    public void More_capitals_that_act_are_their_state_and_brussels_acting_is_the_european_union()
    {
        var rome = Link("وطالب رئيس البلدية روما بإرسال سفن إضافية.");
        Assert.Equal(["loc:italy"], IdsOf(rome, "روما"));

        var brussels = Link("وقال الوزير إن بروكسل لم تف بوعودها المالية.");
        Assert.Equal(["org:eu"], IdsOf(brussels, "بروكسل"));

        var place = Link("وعقد الاجتماع في بروكسل أمس.");
        Assert.Equal(["loc:brussels"], IdsOf(place, "بروكسل"));
    }

    [Fact]
    public void Place_names_that_are_everyday_words_are_not_taken_by_the_dictionary()
    {
        var article = Link("وأغلق الحارس الباب قبل نشر هذا الخبر بساعة، ورفع المحتجون الرايات البيضاء، وبلغ المتوسط ثلاثة أيام.");
        Assert.Empty(article.Entities);
    }

    [Fact]
    public void A_conjunction_on_a_known_first_name_is_not_part_of_the_persons_name()
    {
        const string body = "وحضر الجلسة كريم ناصر وسليم الحداد.";
        var article = Link(body, ("كريم ناصر", EntityType.PERS), ("وسليم الحداد", EntityType.PERS));
        Assert.Single(IdsOf(article, "سليم الحداد"));
        Assert.Empty(IdsOf(article, "وسليم الحداد"));
    }

    [Fact]
    public void A_first_name_that_begins_with_waw_keeps_it()
    {
        const string body = "وقال وليد الحداد إن اللجنة ستجتمع غدا.";
        var article = Link(body, ("وليد الحداد", EntityType.PERS));
        Assert.Single(IdsOf(article, "وليد الحداد"));
    }

    [Fact]
    public void A_facility_head_before_a_tagged_name_makes_one_place()
    {
        const string body = "وعبرت الشاحنات معبر سالم الحمدان صباح اليوم محملة بالأدوية.";
        var article = Link(body, ("سالم الحمدان", EntityType.PERS));
        var facility = Assert.Single(article.Entities);
        Assert.Equal(EntityType.LOC, facility.Type);
        Assert.Equal(["معبر سالم الحمدان"], facility.MentionTexts());
    }

    [Fact]
    public void The_strip_is_the_place_named_with_that_head_just_before()
    {
        const string body = "وقال مسؤول محلي إن قطاع غزة يحتاج إلى الوقود، وإن القطاع ينتظر القوافل منذ أسبوع.";
        var article = Link(body);
        var strip = Assert.Single(IdsOf(article, "قطاع غزة"));
        Assert.Equal([strip], IdsOf(article, "القطاع"));
    }

    [Fact]
    public void A_role_head_before_the_organisations_description_is_its_office_holder_at_the_date()
    {
        const string body = "وقالت منظمة الصحة العالمية إن الوضع يتدهور.\nوأضاف المدير العام للمنظمة أن الفرق ستصل غدا.";
        var current = TestKnowledge.LinkTagged(body, new DateOnly(2023, 3, 1));
        Assert.Equal(["per:tedros-adhanom"], IdsOf(current, "المدير العام للمنظمة"));

        var earlier = TestKnowledge.LinkTagged(body, new DateOnly(2012, 3, 1));
        Assert.Equal(["per:margaret-chan"], IdsOf(earlier, "المدير العام للمنظمة"));
    }

    [Fact]
    public void A_deputy_of_the_organisations_head_is_not_the_head()
    {
        const string body = "وقالت منظمة الصحة العالمية إن الوضع يتدهور.\nوأضاف نائب المدير العام للمنظمة أن الفرق ستصل غدا.";
        var article = Link(body);
        Assert.DoesNotContain(article.Entities, e => e.Id == "per:tedros-adhanom");
    }

    [Fact]
    public void The_word_organisation_before_a_quoted_or_known_name_is_no_part_of_it()
    {
        const string body = "وقالت منظمة \"أطباء المدن\" إن فرقها وصلت، وأكدت منظمة يونيسف الأممية أن اللقاحات جاهزة.";
        var article = Link(body, ("أطباء المدن", EntityType.ORG));
        Assert.Single(IdsOf(article, "أطباء المدن"));
        Assert.Equal(["org:unicef"], IdsOf(article, "يونيسف"));
        Assert.DoesNotContain(article.Entities, e => e.Mentions.Any(m => m.Text.StartsWith("منظمة", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_organisation_is_the_one_written_after_the_word_organisation()
    {
        const string body = "وقالت منظمة \"عيون الوادي\" إن فرقها وثقت الأضرار، وأضافت المنظمة أنها سترفع تقريرا.";
        var article = Link(body, ("عيون الوادي", EntityType.ORG));
        var named = Assert.Single(IdsOf(article, "عيون الوادي"));
        Assert.Equal([named], IdsOf(article, "المنظمة"));
    }

    [Fact]
    public void An_organisation_named_after_a_known_person_is_not_that_person()
    {
        const string body = "ووقعت منظمة ترامب عقدا لإدارة فندق جديد في المدينة.";
        var article = Link(body, ("منظمة ترامب", EntityType.ORG));
        Assert.DoesNotContain(article.Entities, e => e.Id == "per:donald-trump");
        Assert.Contains(article.Entities, e => e.Type == EntityType.ORG && e.Mentions.Any(m => m.Text.Contains("ترامب", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_facility_word_that_is_also_a_verb_makes_no_place_of_the_name_after_it()
    {
        const string body = "وفي العام الماضي سجن سالم الحمدان ستة أشهر.";
        var article = Link(body, ("سالم الحمدان", EntityType.PERS));
        Assert.DoesNotContain(article.Entities, e => e.Type == EntityType.LOC);
        Assert.Single(IdsOf(article, "سالم الحمدان"));
    }

    [Fact]
    public void A_capital_inside_a_clubs_name_is_neither_the_city_nor_its_state()
    {
        var article = Link("وفاز أتلتيكو مدريد على ضيفه بهدفين.");
        Assert.DoesNotContain(article.Entities, e => e.Id is "loc:spain" or "loc:madrid");
    }
}

