using System.Text;

namespace Marsad.Bench.Text;

/// <summary>
/// A fixed, made-up Arabic news-like text for the text-layer benchmarks: words with clitics, diacritics and tatweel,
/// numbers, dates, quotes, Latin names, hashtags, URLs. Generated from a seed, so every run measures the same text.
/// </summary>
public static class SyntheticArabicText
{
    private static readonly string[] Words =
    [
        "قال", "وقال", "أعلن", "وأكد", "الوزير", "وزير", "الخارجية", "والتحالف", "التحالف", "للتحالف", "بالمدينة",
        "المدينة", "الحكومة", "وللحكومة", "رئيس", "الرئيسُ", "مُحَمَّدٌ", "الـــوزير", "بريطانيا", "لبريطانيا", "وبروكسل",
        "أميركا", "الأمريكية", "إنّ", "أنه", "منها", "عليه", "كتابه", "وبكتبهم", "سيعقد", "وسيعقد", "اجتماعا", "في",
        "على", "إلى", "من", "عن", "مع", "بعد", "قبل", "اليوم", "أمس", "الأسبوع", "المقبل", "الماضي", "مؤتمر", "صحافي",
        "المسؤولين", "الاتفاق", "مسؤول", "المفاوضات", "الأمم", "المتحدة", "مجلس", "الأمن", "القرار", "الدولي", "لقد",
    ];

    private static readonly string[] Extras =
    [
        "3.5", "1,250", "17:39", "2021.06.28", "45%", "٢٠٢١", "الـ83", "#المفاوضات_الدولية", "Reuters",
        "https://example.org/news?id=7", "«", "»", "،", "؛", "؟", ":", "\"",
    ];

    /// <summary>About <paramref name="words"/> words in sentences of 8–25 words, paragraphs of 2–5 sentences.</summary>
    public static string Create(int words = 2000, int seed = 42)
    {
        var random = new Random(seed);
        var text = new StringBuilder(words * 8);
        var inSentence = 0;
        var sentenceLength = random.Next(8, 26);
        var sentencesInParagraph = 0;
        for (var i = 0; i < words; i++)
        {
            if (inSentence > 0)
            {
                text.Append(' ');
            }

            text.Append(random.Next(8) == 0 ? Extras[random.Next(Extras.Length)] : Words[random.Next(Words.Length)]);
            if (++inSentence < sentenceLength)
            {
                continue;
            }

            text.Append(random.Next(6) == 0 ? '؟' : '.');
            inSentence = 0;
            sentenceLength = random.Next(8, 26);
            if (++sentencesInParagraph >= random.Next(2, 6))
            {
                text.Append('\n');
                sentencesInParagraph = 0;
            }
            else
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }
}
