using Marsad.Model;

using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Error classes found on the tenth set's development half (and the earlier halves they recur in): participles that
/// are also adjectives, a spokesperson's «باسمه», bulleted Q&amp;A lines whose questions carry no label, a chain of
/// roles set off by commas before the name. Sentences written for these tests.
/// </summary>
public sealed class UnseenTenClassesTests
{
    [Fact]
    public void A_participle_cue_that_is_also_an_adjective_inside_the_content_does_not_cut_it()
    {
        var q = Single("ورأى رئيس الجامعة فادي الخوري أن الكليات مطالبة بتحديث مناهجها.");
        Assert.Equal("الكليات مطالبة بتحديث مناهجها", q.Text);
    }

    [Fact]
    public void A_proposal_participle_after_a_comma_is_a_report_of_its_own()
    {
        var quotes = Find("وقال الوزير سالم العتيبي إن الموسم كان صعبا، مقترحا إنشاء صندوق لدعم المزارعين.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الموسم كان صعبا", quotes[0].Text);
        Assert.Equal("إنشاء صندوق لدعم المزارعين", quotes[1].Text);
        Assert.Equal("مقترحا", quotes[1].Cue);
    }

    [Fact]
    public void A_role_set_off_by_commas_before_the_name_gives_the_name()
    {
        var q = Single("وأكد وزير النقل الأردني، ماهر القيسي، أن الطريق سيفتح قريبا.");
        Assert.Equal("ماهر القيسي", q.Speaker.Name);
        Assert.Equal("الطريق سيفتح قريبا", q.Text);
    }

    [Fact]
    public void Bulleted_answers_after_unlabelled_questions_are_the_guests_quotes()
    {
        var quotes = Find(
            "التقت الصحيفة العداءة سلمى الرفاعي بعد السباق.\n" +
            "- هل كنت تتوقعين الفوز؟\n" +
            "- سلمى الرفاعي: لا، لكنني تدربت كثيرا\n" +
            "- ما خطوتك المقبلة؟\n" +
            "- سلمى الرفاعي: بطولة العالم في الصيف\n");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("لا، لكنني تدربت كثيرا", quotes[0].Text);
        Assert.Equal("بطولة العالم في الصيف", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("سلمى الرفاعي", q.Speaker.Mention));
    }

    [Fact]
    public void A_spokesperson_for_a_pronoun_is_followed_by_the_name()
    {
        var q = Single("وقال المتحدث باسمه كريم الفارس إن البعثة ستبقى في المدينة.");
        Assert.Equal("كريم الفارس", q.Speaker.Name);
    }

    [Fact]
    public void A_chain_of_roles_set_off_by_commas_before_the_name_gives_the_name()
    {
        var q = Single("وقال رئيس الاتحاد، عضو اللجنة الأولمبية، الدكتور ماهر القيسي، في كلمته، إن البطولة ستقام في موعدها.");
        Assert.Equal("ماهر القيسي", q.Speaker.Name);
    }

    [Fact]
    public void A_family_name_after_al_in_apposition_is_the_name_though_its_word_is_a_title()
    {
        var q = Single("وأكد وزير الأوقاف، فهد آل الشيخ، أن المساجد ستفتح أبوابها.");
        Assert.Equal("فهد آل الشيخ", q.Speaker.Name);
    }

    [Fact]
    public void A_tagged_name_that_stops_inside_the_family_name_or_starts_on_the_role_gives_way_to_the_phrase()
    {
        var quotes = FindLinked(
            "وأكد وزير الشؤون البلدية السعودي، فهد آل الشيخ، أن المشاريع \"ستنجز في موعدها\".\n" +
            "وقال المتحدث باسمه رامي الجبوري في مؤتمر صحافي إن اللجنة \"ستواصل عملها\".");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("فهد آل الشيخ", quotes[0].Speaker.Name);
        Assert.Equal("رامي الجبوري", quotes[1].Speaker.Name);
    }

    [Fact]
    public void A_source_whose_verb_carries_the_relatives_pronoun_is_the_speaker()
    {
        var q = Single("وبحسب ما أعلنته النقابة، سيبدأ الإضراب صباح الأحد.");
        Assert.Equal("النقابة", q.Speaker.Mention);
        Assert.Equal("سيبدأ الإضراب صباح الأحد", q.Text);
    }

    [Fact]
    public void A_fronted_report_closed_by_a_source_whose_verb_carries_the_pronoun_is_quoted()
    {
        var quotes = Find("ارتفع عدد المصابين إلى 40 شخصا، وفق ما ذكرته وزارة الصحة، اليوم الأحد، مشيرة إلى أن خمسة منهم في حالة حرجة.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("ارتفع عدد المصابين إلى 40 شخصا", quotes[0].Text);
        Assert.Equal("خمسة منهم في حالة حرجة", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("وزارة الصحة", q.Speaker.Name));
    }

    [Fact]
    public void An_outlet_relaying_a_cued_report_with_ma_naqalathu_is_not_its_speaker()
    {
        var q = Single("وتتوقع هيئة الطيران أن يرتفع عدد الرحلات، وفق ما نقلته وكالة الأنباء الرسمية.");
        Assert.Equal("هيئة الطيران", q.Speaker.Mention);
    }

    [Fact]
    public void A_known_persons_canonical_title_is_no_part_of_the_speakers_name()
    {
        var q = FindLinked("وقال الملك سلمان في كلمة إن المملكة \"ماضية في الإصلاح\".").Single();
        Assert.Equal("سلمان بن عبد العزيز", q.Speaker.Name);
        Assert.NotNull(q.Speaker.EntityId);
    }
}
