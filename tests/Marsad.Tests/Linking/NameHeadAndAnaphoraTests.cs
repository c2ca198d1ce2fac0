using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>Session 8 rules, with the shipped KB and lexicon (tagger mentions given by hand): a title or a
/// "what it is" head before a name is no part of its mention, a capital acting as its state is that state, a
/// definite head noun goes to the body named just before it, and the tagger's unknown MISC guesses are no entities.</summary>
public class NameHeadAndAnaphoraTests
{
    private static AnalyzedArticle Link(string body, params (string Text, EntityType Type)[] tagged) =>
        TestKnowledge.LinkTagged(body, new DateOnly(2021, 3, 1), tagged);

    private static string[] IdsOf(AnalyzedArticle article, string text) => article.IdsOf(text);

    [Fact]
    public void A_rank_before_a_known_full_name_is_not_part_of_the_mention()
    {
        var article = Link("وأعلن المشير خليفة حفتر بدء عملية جديدة في الجنوب.");
        Assert.Equal(["per:khalifa-haftar"], IdsOf(article, "خليفة حفتر"));
        Assert.Empty(IdsOf(article, "المشير خليفة حفتر"));
    }

    [Fact]
    public void A_newspaper_is_named_without_the_word_newspaper()
    {
        var article = Link("ونشرت صحيفة الغارديان تحقيقا مطولا عن الأجور.");
        Assert.Equal(["org:guardian"], IdsOf(article, "الغارديان"));
        Assert.Empty(IdsOf(article, "صحيفة الغارديان"));
    }

    [Fact]
    public void A_capital_that_acts_is_its_state_and_a_capital_after_in_stays_the_city()
    {
        var actor = Link("قال الوزير إن برلين ستطلب عقد جلسة طارئة.");
        Assert.Equal(["loc:germany"], IdsOf(actor, "برلين"));

        var place = Link("عقد الاجتماع في برلين أمس.");
        Assert.Equal(["loc:berlin"], IdsOf(place, "برلين"));
    }

    [Fact]
    public void A_word_that_is_mostly_a_common_word_is_not_taken_as_a_city_by_the_dictionary()
    {
        var article = Link("وتساءل المحلل كيف يمكن أن يعود أكثر من ألف مدني إلى منازلهم.");
        Assert.Empty(article.Entities);
    }

    [Fact]
    public void The_organisation_goes_to_the_one_named_just_before_it_when_another_was_named_far_earlier()
    {
        const string body = "وقدمت منظمة الأمم المتحدة للطفولة لقاحات للأطفال في المخيمات الشمالية منذ بداية الشهر، ووزعت فرقها الحقائب المدرسية على آلاف التلاميذ في القرى النائية.\n"
            + "وقالت ممثلة منظمة الصحة العالمية في البلاد إن المنظمة سترسل فرقا إضافية.";
        var article = Link(body);
        var who = Assert.Single(IdsOf(article, "منظمة الصحة العالمية"));
        Assert.Equal([who], IdsOf(article, "المنظمة"));
    }

    [Fact]
    public void An_unknown_name_the_tagger_calls_misc_is_no_entity_but_an_unknown_person_is()
    {
        const string body = "وقال فريد حمدان إن الاتفاق سيولد ميتا.";
        var article = Link(body, ("سيولد", EntityType.MISC), ("فريد حمدان", EntityType.PERS));
        Assert.Empty(IdsOf(article, "سيولد"));
        Assert.Single(IdsOf(article, "فريد حمدان"));
    }

    [Fact]
    public void Headed_by_a_person_is_no_presidency_body()
    {
        const string body = "وصل وفد برئاسة سامي نور إلى العاصمة.";
        var article = Link(body, ("سامي نور", EntityType.PERS));
        Assert.DoesNotContain(article.Entities, e => e.Type == EntityType.ORG);
        Assert.Single(IdsOf(article, "سامي نور"));
    }

    [Fact]
    public void A_capitals_word_that_opens_the_phrase_for_birthplace_names_no_place()
    {
        var article = Link("وعاد الشاعر إلى مسقط رأسه في الجنوب بعد غياب طويل.");
        Assert.DoesNotContain(article.Entities, e => e.Mentions.Any(m => m.Text == "مسقط"));
    }

    [Fact]
    public void A_bodys_name_the_tagger_ran_over_a_future_verb_ends_before_the_verb()
    {
        const string body = "وقال المتحدث إن النقابة ستواصل الإضراب حتى نهاية الشهر.";
        var article = Link(body, ("النقابة ستواصل", EntityType.ORG));
        Assert.DoesNotContain(article.Entities, e => e.Mentions.Any(m => m.Text.Contains("ستواصل", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_capital_after_the_capital_of_a_nationality_is_the_city()
    {
        var article = Link("وتظاهر المئات في العاصمة الألمانية برلين أمس.");
        Assert.Equal(["loc:berlin"], IdsOf(article, "برلين"));
    }
}
