using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Default.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Full_stops_question_and_exclamation_marks_end_sentences()
    {
        Assert.Equal(["وصل الوفد صباحا.", "هل بدأت المحادثات؟", "نعم!", "انتهى الاجتماع…", "ثم غادروا"],
            Sentences("وصل الوفد صباحا. هل بدأت المحادثات؟ نعم! انتهى الاجتماع… ثم غادروا"));
    }

    [Fact]
    public void A_line_break_ends_a_sentence_even_without_a_mark()
    {
        Assert.Equal(["عنوان الخبر", "نص الخبر هنا."], Sentences("عنوان الخبر\n  نص الخبر هنا.  \n\n"));
    }

    [Fact]
    public void Dots_inside_numbers_and_dates_do_not_end_sentences()
    {
        Assert.Equal(["ارتفع المؤشر 3.5 نقطة في 2021.06.28 عند الإغلاق.", "وهذا جيد."],
            Sentences("ارتفع المؤشر 3.5 نقطة في 2021.06.28 عند الإغلاق. وهذا جيد."));
    }

    [Fact]
    public void Single_letter_abbreviations_and_listed_ones_do_not_end_sentences()
    {
        Assert.Equal(["قال د. سامي إن الوضع مستقر (أ.ف.ب) اليوم.", "ثم التقى Dr. Smith أمس."],
            Sentences("قال د. سامي إن الوضع مستقر (أ.ف.ب) اليوم. ثم التقى Dr. Smith أمس."));
    }

    [Fact]
    public void An_era_letter_after_a_year_ends_the_sentence()
    {
        Assert.Equal(["ولد عام 1950 م.", "ثم سافر."], Sentences("ولد عام 1950 م. ثم سافر."));
    }

    [Fact]
    public void A_domain_name_does_not_end_a_sentence()
    {
        Assert.Equal(["نشر الموقع example.net الخبر."], Sentences("نشر الموقع example.net الخبر."));
    }

    [Fact]
    public void Marks_inside_a_closed_quotation_do_not_end_the_sentence()
    {
        Assert.Equal(["قال الوزير: «لن نتراجع. سنواصل العمل!» ثم غادر.", "وانتهى اللقاء."],
            Sentences("قال الوزير: «لن نتراجع. سنواصل العمل!» ثم غادر. وانتهى اللقاء."));
        Assert.Equal(["كتب \"هذا صحيح. تماما\" في رسالته.", "ورد آخرون."],
            Sentences("كتب \"هذا صحيح. تماما\" في رسالته. ورد آخرون."));
    }

    [Fact]
    public void A_closing_straight_quote_does_not_open_a_new_quotation()
    {
        Assert.Equal(["وصف الهجوم بأنه \"عمل جبان\" ثم غادر.", "وقال لاحقا \"سنرد\"."],
            Sentences("وصف الهجوم بأنه \"عمل جبان\" ثم غادر. وقال لاحقا \"سنرد\"."));
    }

    [Fact]
    public void A_dot_after_a_space_and_before_a_word_still_ends_the_sentence()
    {
        Assert.Equal(["الوضع مستقر في المنطقة .", "نحن نراقب."], Sentences("الوضع مستقر في المنطقة .نحن نراقب."));
    }

    [Fact]
    public void A_quotation_that_never_closes_on_its_line_is_ignored()
    {
        Assert.Equal(["قال: «لن نتراجع.", "سنواصل العمل."], Sentences("قال: «لن نتراجع. سنواصل العمل."));
    }

    [Fact]
    public void Closing_quotes_and_brackets_after_the_final_mark_belong_to_the_sentence()
    {
        Assert.Equal(["قال: «انتهى الأمر».", "ثم صمت."], Sentences("قال: «انتهى الأمر». ثم صمت."));
        Assert.Equal(["سافر (ثم عاد.)", "وبعدها استقر."], Sentences("سافر (ثم عاد.) وبعدها استقر."));
        Assert.Equal(["قال: «انتهى الأمر.»", "ثم صمت."], Sentences("قال: «انتهى الأمر.»\nثم صمت."));
    }

    [Fact]
    public void Spans_without_letters_or_digits_are_dropped()
    {
        Assert.Equal(["خبر أول.", "خبر ثان."], Sentences("خبر أول. ... \n***\nخبر ثان."));
    }

    [Fact]
    public void Sentences_of_random_text_are_trimmed_ordered_and_inside_the_text()
    {
        var random = new Random(11);
        var alphabet = "ابتثجحخدسشعغفقكلمنهوي 0123.456 abc .!?؟…«»\"“”\n\t\u00A0\u200F".ToCharArray();
        for (var round = 0; round < 3000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var previousEnd = 0;
            foreach (var s in SentenceSplitter.Default.Split(text))
            {
                Assert.True(s.Start >= previousEnd && s.End > s.Start && s.End <= text.Length, $"bad span {s} in «{text}»");
                Assert.False(ArabicChars.IsBlank(text[s.Start]) || ArabicChars.IsBlank(text[s.End - 1]), $"untrimmed span {s} in «{text}»");
                Assert.DoesNotContain('\n', text[s.Start..s.End]);
                previousEnd = s.End;
            }
        }
    }
}
