using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Error classes found on the eighth set's development half and the tuning sets: a warning's governed من before a
/// bare noun phrase, fronted subjects after «غير أن», participles that qualify or explain, an accusation with the
/// accused as a glued pronoun, an agreeing adjective that looks like a participle, a relative after a comma, unnamed
/// officials and labelled interview answers in quote marks. Sentences written for these tests.
/// </summary>
public sealed class UnseenEightClassesTests
{
    [Fact]
    public void A_warning_against_a_noun_phrase_drops_its_preposition()
    {
        var q = Single("وحذرت مصادر طبية من التهاون في الإجراءات الوقائية.");
        Assert.Equal("مصادر طبية", q.Speaker.Mention);
        Assert.Equal("التهاون في الإجراءات الوقائية", q.Text);
    }

    [Fact]
    public void A_fronted_subject_after_ghayr_anna_warns_and_its_coordinated_verb_keeps_it()
    {
        var quotes = Find("ولم تسجل وفيات جديدة، غير أن مصادر طبية في الإسكندرية حذرت من التهاون، وقالت إن المستشفيات تعاني نقصا في الأسرة.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("التهاون", quotes[0].Text);
        Assert.Equal("مصادر طبية في الإسكندرية", quotes[0].Speaker.Mention);
        Assert.Equal("المستشفيات تعاني نقصا في الأسرة", quotes[1].Text);
        Assert.Equal(quotes[0].Speaker.Name, quotes[1].Speaker.Name);
    }

    [Fact]
    public void A_plural_present_warning_after_its_subject_is_a_quote()
    {
        var q = Single("ولم تسجل إصابات، لكن خبراء في الصحة العامة يحذرون من أن الموجة المقبلة ستكون أشد.");
        Assert.Equal("خبراء في الصحة العامة", q.Speaker.Mention);
        Assert.Equal("الموجة المقبلة ستكون أشد", q.Text);
    }

    [Fact]
    public void A_present_plural_verb_takes_no_subject_after_it()
    {
        var quotes = Find("وما زال المسؤولون ينفون إرسال جنود إلى الحدود.");
        Assert.DoesNotContain(quotes, q => q.Speaker.Mention.StartsWith("إرسال", StringComparison.Ordinal));
    }

    [Fact]
    public void A_present_warning_headline_with_a_bare_noun_phrase_is_no_quote()
    {
        Assert.Empty(Find("نقابة الأطباء تحذر من نقص الأدوية في المستشفيات"));
    }

    [Fact]
    public void Qualifying_and_explaining_participles_start_quotes_of_their_own()
    {
        var quotes = Find("ولفت الوزير إلى أن الاستثمارات زادت، مستدركا بأن الطريق ما زال طويلا.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("الاستثمارات زادت", quotes[0].Text);
        Assert.Equal("مستدركا", quotes[1].Cue);
        Assert.Equal("الطريق ما زال طويلا", quotes[1].Text);

        var cause = Find("وقال الوزير إن الصادرات تراجعت، مرجعا ذلك إلى ارتفاع أسعار الشحن.");
        Assert.Equal(2, cause.Length);
        Assert.Equal("ذلك إلى ارتفاع أسعار الشحن", cause[1].Text);
    }

    [Fact]
    public void A_pledging_participle_takes_a_complementizer()
    {
        var quotes = Find("وقال الوزير إن الحكومة ستشتري لقاحات جديدة، متعهدا بأن تصل الجرعات قبل نهاية الشهر.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("تصل الجرعات قبل نهاية الشهر", quotes[1].Text);
    }

    [Fact]
    public void An_accusation_with_a_glued_pronoun_names_the_subject_after_the_verb()
    {
        var quotes = Find("وقال الوزير إن الخطة تمضي. واتهمه النائب سالم العلي بالتقصير في متابعة ملف المياه.");
        Assert.Equal(2, quotes.Length);
        var accusation = quotes[1];
        Assert.Equal("اتهمه", accusation.Cue);
        Assert.Equal("النائب سالم العلي", accusation.Speaker.Mention);
        Assert.Equal("بالتقصير في متابعة ملف المياه", accusation.Text);
    }

    [Fact]
    public void A_feminine_participle_agreeing_with_an_indefinite_noun_is_an_adjective()
    {
        var q = Single("وقال الوزير إن الوضع مستقر. وسجلت أول إصابة مؤكدة بالمرض في المحافظة منذ عشر سنوات.");
        Assert.Equal("الوضع مستقر", q.Text);
    }

    [Fact]
    public void A_relative_after_a_comma_speaks_for_the_quoted_organisation_before_it()
    {
        var quotes = Find("وقال الوزير إن الخطة تمضي. وأثار القرار انتقادات منظمة \"أطباء العالم\"، التي قالت في بيان إن المستشفيات تفتقر إلى الوقود.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("المستشفيات تفتقر إلى الوقود", quotes[1].Text);
        Assert.Equal("منظمة \"أطباء العالم\"", quotes[1].Speaker.Mention);
    }

    [Fact]
    public void A_relative_after_a_comma_leaves_the_comma_out_of_the_speaker()
    {
        var quotes = Find("وقال الوزير إن الخطة تمضي. وأثار القرار انتقادات خبراء الأمم المتحدة، الذين أكدوا أن القرار يخالف القانون.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("خبراء الأمم المتحدة", quotes[1].Speaker.Mention);
    }

    [Fact]
    public void A_relative_verb_with_its_own_quoted_subject_does_not_take_the_phrase_before_the_comma()
    {
        var quotes = Find("وقال الوزير إن الخطة تمضي. وسيتولى مهندس منصب المدير العام للمشروع، الذي قالت \"الشركة\" إنه سيكلف مليار دولار.");
        Assert.DoesNotContain(quotes, q => q.Speaker.Mention.Contains("المدير العام", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unnamed_official_keeps_the_body_he_comes_from()
    {
        var q = Single("وقال مسؤول من وزارة الخارجية إن الاجتماع سيعقد في موعده.");
        Assert.Equal("مسؤول من وزارة الخارجية", q.Speaker.Mention);
        Assert.Equal("مسؤول من وزارة الخارجية", q.Speaker.Name);
    }

    [Fact]
    public void A_labelled_answer_in_quote_marks_is_the_words_inside_them()
    {
        const string body = "حوار مع وزير الطاقة\n"
                            + "استضاف البرنامج وزير الطاقة سامر الخطيب في حلقة عن الكهرباء.\n"
                            + "س: متى تنتهي الأزمة؟\n"
                            + "الخطيب: \"قبل الصيف، وهذا وعد مني\".\n"
                            + "س: وماذا عن الأسعار؟ الناس تشتكي من الفواتير.\n"
                            + "الخطيب: \"الأسعار ثابتة حتى نهاية العام\".\n"
                            + "س: هل ستستقيل إذا فشلت الخطة؟\n"
                            + "الخطيب: لا، سأكمل عملي.\n";
        var answers = Find(body).Where(q => q.Cue.Length == 0).ToArray();
        Assert.Equal(["قبل الصيف، وهذا وعد مني", "الأسعار ثابتة حتى نهاية العام", "لا، سأكمل عملي"], answers.Select(q => q.Text));
    }
}
