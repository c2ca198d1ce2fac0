using Marsad.Model;

namespace Marsad.Tests.Linking;

/// <summary>What raw pages of new outlets bring to the linker (shipped KB and lexicon): an in-body dateline, foreign
/// names spelt otherwise than the KB, a KB surname that is someone else's first name, short bracketed names.</summary>
public class RawPageLinkingTests
{
    private static AnalyzedArticle Link(string body, string? dateline = null, params (string Text, EntityType Type)[] tagged) =>
        TestKnowledge.ShippedLinker.Annotate(TestKnowledge.Article(body) with
        {
            Dateline = dateline,
            Mentions = [.. tagged.Select(t => TestKnowledge.Tag(body, t.Text, t.Type))],
        });

    [Fact]
    public void The_place_and_credit_of_an_in_body_dateline_are_not_entities()
    {
        const string body = "عنوان عن الموازنة الجديدة\nبغداد - (رويترز) - أقر البرلمان الموازنة العامة مساء الاثنين.";
        var article = Link(body, "بغداد", ("بغداد", EntityType.LOC));
        Assert.DoesNotContain(article.Entities, e => e.MentionTexts().Contains("بغداد"));
        Assert.DoesNotContain(article.Entities, e => e.MentionTexts().Contains("رويترز"));
    }

    [Fact]
    public void A_dateline_place_named_again_in_the_report_stays_an_entity_there()
    {
        const string body = "بغداد - (رويترز) - أقر البرلمان الموازنة العامة.\nوقال نائب إن بغداد ستصرف الرواتب قريبا.";
        var article = Link(body, "بغداد");
        var baghdad = Assert.Single(article.Entities, e => e.MentionTexts().Contains("بغداد"));
        Assert.True(baghdad.Mentions.Single().Start > body.IndexOf('\n'));
    }

    [Fact]
    public void Without_a_dateline_the_opening_place_is_an_entity()
    {
        const string body = "بغداد تستعد لاستقبال القمة العربية المقبلة.";
        var article = Link(body, dateline: null);
        Assert.Contains(article.Entities, e => e.MentionTexts().Contains("بغداد"));
    }

    [Fact]
    public void A_foreign_name_with_other_long_vowels_links_to_the_kb_person()
    {
        const string body = "التقى جوون كيرري نظيره في العاصمة مساء الأحد.";
        var article = Link(body, null, ("جوون كيرري", EntityType.PERS));
        Assert.Equal("per:john-kerry", article.EntityMentioning("جوون كيرري")?.Id);
    }

    [Fact]
    public void A_one_word_name_that_matches_no_kb_person_skeleton_stays_provisional()
    {
        const string body = "وصل المدرب كيرري إلى الملعب مبكرا.";
        var article = Link(body, null, ("كيرري", EntityType.PERS));
        Assert.NotEqual("per:john-kerry", article.EntityMentioning("كيرري")?.Id);
    }

    [Fact]
    public void A_kb_surname_that_opens_a_longer_tagged_name_is_someone_elses_first_name()
    {
        const string body = "وحذر رئيس النقابة راينر هوفمان من تسريح العمال.";
        var article = Link(body, null, ("راينر هوفمان", EntityType.PERS));
        Assert.DoesNotContain(article.Entities, e => e.Id == "per:angela-rayner");
        Assert.NotNull(article.EntityMentioning("راينر هوفمان"));
    }

    [Fact]
    public void A_kb_surname_alone_still_links()
    {
        const string body = "وقالت راينر إن الحكومة ستدعم الأسر.";
        var article = Link(body, null, ("راينر", EntityType.PERS));
        Assert.Equal("per:angela-rayner", article.EntityMentioning("راينر")?.Id);
    }

    [Fact]
    public void A_short_bracketed_name_keeps_its_first_letter()
    {
        const string body = "وقالت منظمة الأغذية والزراعة (فاو) إن الأسعار ارتفعت.";
        var article = Link(body, null, ("فاو", EntityType.ORG));
        Assert.DoesNotContain(article.Entities, e => e.MentionTexts().Contains("او"));
    }

    [Fact]
    public void An_arabic_name_is_not_matched_by_skeleton()
    {
        const string body = "وقال محمد مصطفوي إن الإنتاج سيرتفع.";
        var article = Link(body, null, ("محمد مصطفوي", EntityType.PERS));
        Assert.StartsWith("prov:", article.EntityMentioning("محمد مصطفوي")?.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_that_belongs_to_the_quoted_name_stays_in_the_mention()
    {
        const string body = "وتبنى تنظيم \"داعش\" الهجوم على الحاجز.";
        var article = Link(body);
        var isis = Assert.Single(article.Entities, e => e.Id == "org:isis");
        Assert.Contains(isis.MentionTexts(), m => m.StartsWith("تنظيم", StringComparison.Ordinal));
    }

    [Fact]
    public void A_currency_with_the_article_is_no_entity()
    {
        const string body = "وتراجع الدولار أمام اليورو في تعاملات الصباح.";
        var article = Link(body, null, ("الدولار", EntityType.MISC), ("اليورو", EntityType.MISC));
        Assert.Empty(article.Entities);
    }

    [Fact]
    public void A_tagged_number_or_two_letter_piece_is_no_entity()
    {
        const string body = "وقالت شبكة سي.إن.إن في تقرير عام 2019 إن الأرقام تغيرت.";
        var article = Link(body, null, ("سي", EntityType.ORG), ("2019", EntityType.MISC));
        Assert.DoesNotContain(article.Entities, e => e.MentionTexts().Contains("سي") || e.MentionTexts().Contains("2019"));
    }

    [Fact]
    public void An_indefinite_head_with_a_nisba_adjective_describes_no_named_organisation()
    {
        const string body = "وصنفت الحكومة الجماعة منظمة إرهابية بعد الهجوم.";
        var article = Link(body, null, ("منظمة إرهابية", EntityType.ORG));
        Assert.DoesNotContain(article.Entities, e => e.MentionTexts().Contains("منظمة إرهابية"));
    }

    [Fact]
    public void A_head_with_a_proper_name_after_it_stays_an_organisation()
    {
        const string body = "وقالت منظمة هيومن رايتس ووتش إن المعتقلين تعرضوا للتعذيب.";
        var article = Link(body, null, ("منظمة هيومن رايتس ووتش", EntityType.ORG));
        Assert.Contains(article.Entities, e => e.Type == EntityType.ORG);
    }

    [Fact]
    public void A_head_followed_by_a_place_in_ya_stays_an_organisation()
    {
        const string body = "وأعلن مجلس أبوظبي للاستثمار خطة جديدة، وخسر منتخب زيمبابوي مباراته.";
        var article = Link(body, null, ("مجلس أبوظبي", EntityType.ORG), ("منتخب زيمبابوي", EntityType.ORG));
        Assert.Contains(article.Entities, e => e.MentionTexts().Contains("منتخب زيمبابوي"));
    }
}
