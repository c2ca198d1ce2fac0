using Marsad.Model;
using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// «أعلن» reports an announced event, a bare noun phrase, when a tagged name after the cue ends its speaker — past the
/// time and place of the announcement, with «عن» dropped; not when no name bounds the speaker (a headline «تعلن» with a
/// noun after it) nor when the noun is definite. Read with the tagger and linker. Sentences written for these tests.
/// </summary>
public sealed class AnnouncedEventTests
{
    [Theory]
    [InlineData("أعلن البنك المركزي اليمني اليوم الأربعاء حزمة قرارات جديدة لتنظيم سوق الصرف.", "البنك المركزي اليمني", "حزمة قرارات جديدة لتنظيم سوق الصرف")]
    [InlineData("وأعلنت وزارة الصحة في بلاغ مساء أمس وفاة 12 شخصا بالحمى في الإقليم.", "وزارة الصحة", "وفاة 12 شخصا بالحمى في الإقليم")]
    [InlineData("أعلنت وزارة الصحة عن تسجيل 40 إصابة جديدة بالحمى خلال يومين.", "وزارة الصحة", "تسجيل 40 إصابة جديدة بالحمى خلال يومين")]
    public void An_event_announced_by_a_named_speaker_is_its_content(string sentence, string speaker, string content)
    {
        var quote = Assert.Single(FindLinked(sentence));
        Assert.Equal(speaker, quote.Speaker.Name);
        Assert.Equal(content, quote.Text);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Theory]
    [InlineData("الحكومة تعلن زيادة رواتب المتقاعدين مطلع العام")]
    [InlineData("وأعلنت الشرطة القبض على ثلاثة مشتبه بهم في السرقة.")]
    [InlineData("ولم يعلن وزير المالية يوسف الخليل موعدا لصرف الرواتب المتأخرة.")]
    [InlineData("لن تعلن شركة الكهرباء الوطنية زيادة جديدة في الأسعار هذا العام.")]
    public void No_event_without_a_name_bounding_the_speaker_with_a_definite_noun_or_denied(string sentence) =>
        Assert.Empty(FindLinked(sentence));

    [Fact]
    public void A_speaker_phrase_that_ran_past_its_name_into_the_event_reports_no_event()
    {
        // The speaker phrase runs over «فوز قائد الجيش سمير حداد»: the later name bounds no speaker, and «بالمنصب» is
        // no event of its own.
        var quotes = FindLinked("أعلن رئيس مجلس النواب نبيه بري فوز قائد الجيش سمير حداد بالمنصب بعد الجلسة.");
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("بالمنصب", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Speaker.Name.Contains("فوز", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cue_after_a_source_word_reports_the_clause_before_it_not_an_event()
    {
        // «حسبما أعلنت X»: the ministry's name runs on with «و», and what it announced is the clause before the cue.
        var quotes = FindLinked("وبدأت حملة لمراقبة الأسعار في أسواق الشمال، حسبما أعلنت وزارة الاقتصاد وتنمية الاستثمار.");
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("وتنمية", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وعقدت وزارة البيئة مؤتمرا صحفيا ظهر اليوم، أعلن خلالها المتحدث الرسمي باسم الوزارة الدكتور سامر الحلبي انطلاق حملة لتنظيف الشواطئ.")]
    [InlineData("وعقدت وزارة البيئة مؤتمرا صحفيا ظهر اليوم، أكد خلاله المتحدث الرسمي باسم الوزارة الدكتور سامر الحلبي أن الحملة ستبدأ غدا.")]
    public void A_word_pointing_back_at_the_occasion_is_no_speaker(string sentence)
    {
        var quote = Assert.Single(FindLinked(sentence));
        Assert.DoesNotContain("خلال", quote.Speaker.Name, StringComparison.Ordinal);
        Assert.Contains("سامر الحلبي", quote.Speaker.Name, StringComparison.Ordinal);
    }
}
