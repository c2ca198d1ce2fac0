using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Error classes counted across every development half in session 13 (the eleventh set's half included): a known
/// person the article spells otherwise than the knowledge base; an unnamed source whose head is not a role word
/// («مصرفي») keeping the place it speaks from; an unnamed source referred back to as «المصدر»; a role whose
/// organisation has a long name of its own before the speaker's; an interview whose guest is labelled by the full name
/// once and by the family name after; «ورد» as «و + رد» (replied), not only «ورد في البيان». Sentences written for
/// these tests.
/// </summary>
public sealed class UnseenElevenClassesTests
{
    [Fact]
    public void A_known_person_spelled_otherwise_by_the_article_is_named_as_the_article_writes_it()
    {
        var quotes = FindLinked("وقالت المستشارة الألمانية أنغيلا ميركل إن أوروبا تحتاج إلى سياسة لجوء مشتركة.\nوأضافت ميركل أن حكومتها ستعرض خطتها الأسبوع المقبل.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("per:angela-merkel", quotes[0].Speaker.EntityId);
        Assert.All(quotes, q => Assert.Equal("أنغيلا ميركل", q.Speaker.Name));
    }

    [Fact]
    public void A_known_person_written_with_a_middle_name_keeps_the_fuller_name_in_every_quote()
    {
        var quotes = FindLinked("وقال الأمين العام لمنظمة أوبك محمد سنوسي باركيندو إن السوق ستستعيد توازنها قريبا.\nوأضاف باركيندو أن الإنتاج سيتراجع في الربع المقبل.");
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("محمد سنوسي باركيندو", q.Speaker.Name));
    }

    [Fact]
    public void A_known_person_written_as_the_knowledge_base_names_them_keeps_that_name()
    {
        var quotes = FindLinked("وقالت المستشارة الألمانية أنجيلا ميركل إن أوروبا تحتاج إلى سياسة لجوء مشتركة.\nوأضافت ميركل أن حكومتها ستعرض خطتها الأسبوع المقبل.");
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("أنجيلا ميركل", q.Speaker.Name));
    }

    [Fact]
    public void An_unnamed_source_that_is_not_a_role_word_keeps_its_place()
    {
        var q = Single("وقال مصرفي في الدوحة، طلب عدم ذكر اسمه، إن المصارف سترفع الفائدة.");
        Assert.Equal("مصرفي في الدوحة", q.Speaker.Mention);
        Assert.Equal("المصارف سترفع الفائدة", q.Text);
    }

    [Fact]
    public void An_unnamed_source_referred_back_to_keeps_its_whole_phrase_as_name()
    {
        var quotes = Find("ونقلت الوكالة عن مصدر دبلوماسي مطلع قوله إن \"المفاوضات تعثرت\".\nوأشار المصدر إلى أن الوسيط \"مطالب بالحياد\"، مؤكدا أن أي اتفاق \"لن يصمد\".");
        Assert.Equal(3, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("مصدر دبلوماسي مطلع", q.Speaker.Name));
        Assert.Equal("المصدر", quotes[1].Speaker.Mention);
    }

    [Theory]
    [InlineData("وأكد رئيس جمعية نور حياة تونس كمال بوزيد أن الجمعية ستواصل حملتها.", "رئيس جمعية نور حياة تونس كمال بوزيد", "كمال بوزيد")]
    [InlineData("وقال المتحدث باسم حكومة إقليم الجنوب الشرقي سامر دوسري إن الحكومة ستعلن خطتها غدا.", "المتحدث باسم حكومة إقليم الجنوب الشرقي سامر دوسري", "سامر دوسري")]
    public void A_long_organisation_name_after_the_role_keeps_the_speakers_whole_name(string sentence, string mention, string name)
    {
        var q = Single(sentence);
        Assert.Equal(mention, q.Speaker.Mention);
        Assert.Equal(name, q.Speaker.Name);
    }

    [Fact]
    public void A_definite_organisation_inside_the_role_does_not_lengthen_the_name_into_the_object()
    {
        var q = Single("واتهم قائد الجيش الوطني الفريق أول عبد الرحيم الشامي قوات الحرس الوطني بعرقلة وصول القوافل إلى المدينة.");
        Assert.Equal("قائد الجيش الوطني الفريق أول عبد الرحيم الشامي", q.Speaker.Mention);
        Assert.Equal("قوات الحرس الوطني بعرقلة وصول القوافل إلى المدينة", q.Text);
    }

    [Fact]
    public void A_short_organisation_name_after_the_role_still_stops_at_a_three_word_name()
    {
        var q = Single("وقال رئيس جمعية البيئة عادل سعيد ناصر إن الجمعية ستواصل حملتها.");
        Assert.Equal("رئيس جمعية البيئة عادل سعيد ناصر", q.Speaker.Mention);
        Assert.Equal("عادل سعيد ناصر", q.Speaker.Name);
    }

    [Fact]
    public void An_interview_guest_labelled_by_the_family_name_after_the_full_name_answers_every_question()
    {
        var quotes = FindLinked(string.Join('\n',
            "التقت «مجلة الريف» الخبيرة الزراعية هالة منصور في مكتبها بالقاهرة.",
            "مجلة الريف: ما أكبر خطر يواجه المزارعين؟",
            "هالة منصور: شح المياه هو الخطر الأول، والحلول موجودة لكنها مكلفة.",
            "مجلة الريف: وهل تكفي التقنيات الحديثة؟",
            "منصور: لا تكفي وحدها، نحتاج إلى تدريب المزارعين أيضا.",
            "مجلة الريف: ماذا تنتظرين من الحكومة؟",
            "منصور: دعما حقيقيا للري بالتنقيط."));
        Assert.Equal(3, quotes.Length);
        Assert.Equal(["هالة منصور", "منصور", "منصور"], quotes.Select(q => q.Speaker.Mention));
        Assert.Equal("لا تكفي وحدها، نحتاج إلى تدريب المزارعين أيضا", quotes[1].Text);
    }

    [Fact]
    public void Warada_followed_by_a_speaker_and_a_complementizer_is_and_replied()
    {
        var q = Single("وسأل المذيع ضيفه عن الخلاف مع الحكومة، ورد الوزير بأن \"الحوار ما زال قائما\".");
        Assert.Equal("رد", q.Cue);
        Assert.Equal("الوزير", q.Speaker.Mention);
        Assert.Equal("الحوار ما زال قائما", q.Text);
    }

    [Theory]
    [InlineData("ورد خبر عاجل بأن القوات انسحبت من البلدة.")]
    [InlineData("ورد نبأ من العاصمة بأن الحكومة ستستقيل قريبا.")]
    [InlineData("ورد اسم المتهم في لائحة نشرتها النيابة بأنه مسؤول عن الحادث.")]
    public void Warada_with_news_or_a_name_as_its_subject_is_what_appeared_not_a_reply(string sentence) =>
        Assert.Empty(Find(sentence));

    [Fact]
    public void Warada_fi_al_bayan_without_a_speaker_still_gives_no_quote_of_its_own()
    {
        Assert.Empty(Find("وورد في الخبر أن الموسم سيبدأ مبكرا."));
    }
}
