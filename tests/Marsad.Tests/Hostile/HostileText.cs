using System.Text;

namespace Marsad.Tests.Hostile;

/// <summary>
/// A seeded generator of hostile Arabic-news-like text, built from invented words only: unbalanced and nested quote
/// marks, cues at the very end, bodies of only chrome, punctuation or digits, huge tokens, thousands of lines, lone
/// surrogates, combining marks and format characters, control characters, odd line ends, impossible dates and
/// numbers past any sensible range. The same seed always gives the same cases.
/// </summary>
public static class HostileText
{
    /// <summary>Every quote mark a scraped page may hold, paired and not.</summary>
    public static readonly string[] QuoteMarks = ["\"", "«", "»", "“", "”", "„", "'", "‹", "›", "‘", "’", "‚"];

    private static readonly string[] Words =
    [
        "قال", "وقال", "أكد", "وأكد", "وأضاف", "أضاف", "صرح", "أعلن", "وأوضح", "ذكر", "أفاد", "نقلت", "حسب", "وفق", "بحسب",
        "إن", "أن", "بأن", "إنه", "أنها", "الرئيس", "وزير الداخلية", "المتحدث باسم الشرطة", "رئيس البلدية", "مصدر مطلع",
        "سمير الحداد", "ليلى منصور", "عمر", "الدكتور", "الشيخ", "الحكومة", "البرلمان", "اللجنة", "الأمم المتحدة",
        "القاهرة", "بغداد", "طرابلس", "نواكشوط", "الرباط", "صنعاء", "الخرطوم", "الاجتماع", "الميناء", "المستشفى",
        "يوم", "الأحد", "الخميس", "أمس", "غدا", "اليوم", "الماضي", "المقبل", "الشهر", "العام", "مايو", "أيار", "فبراير",
        "مليون", "مليار", "ألف", "آلاف", "دولار", "دينار", "شخصا", "قتيلا", "بالمئة", "عشرة", "ثلاثة", "مئة",
        "ال", "و", "لل", "ب", "ف", "بـ", "الـ", "وال", "فال", "كال",
    ];

    private static readonly string[] Punctuation =
    [
        ".", "،", "؛", "؟", "!", ":", "...", "…", "-", "–", "—", "(", ")", "[", "]", "{", "}", "/", "\\", "*", "#", "@",
        "٪", "%", "؛؛", "!!", "؟!", "<", ">", "&", "|", "~", "^", "=", "+", "_",
    ];

    private static readonly string[] Chrome =
    [
        "شارك", "طباعة", "إعلان", "تابعونا", "اقرأ المزيد", "الرئيسية", "أرسل لصديق", "نسخ الرابط", "حجم الخط",
        "جميع الحقوق محفوظة", "بث مباشر", "عاجل", "share", "print", "Advertisement", "الصور", "فيديو",
        "مشاركة على تويتر", "اشترك في النشرة", "تاريخ النشر: 2019/02/30", "آخر تحديث 99:99",
    ];

    private static readonly string[] Oddities =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D", "😀", "👨‍👩‍👧", "\u0640", "\u0640\u0640\u0640\u0640",
        "\u064B", "\u064E\u0650\u0651\u0652", "\u0670", "\u200D", "\u200C", "\u200F", "\u200E", "\u202B", "\u202C", "\u202E",
        "\u2066", "\u2069", "\uFEFF", "\u200B", "\u00A0", "\u2028", "\u2029", "\u0085", "\0", "\u0001", "\u0007", "\u0008",
        "\u001B", "\u007F", "\t", "\v", "\f", "\r", "\r\n", "\n\r", "\uFFFD", "\uFFFF", "\uFDFD", "\uFEFB", "ﻻ", "ﷺ",
    ];

    private static readonly string[] Digits =
    [
        "0", "7", "31", "2018", "٣١", "٢٠١٨", "۳۱", "۲۰۱۸", "1,500", "1.5", "٣٫٥", "٣٬٥٠٠", "۱۲۳٤", "-5", "+7", "10^30",
        "1e30", "1E+308", "999999999999999999999999999999", "0000000000", "3/4", "50%", "٥٠٪", "12:30", "2021.06.28",
        "28-06-2021", "١٢/٠٥/٢٠١٨", "9999", "0001",
    ];

    private static readonly string[] ImpossibleDates =
    [
        "31 فبراير", "30 فبراير 2019", "0 مايو", "99 يناير 2020", "32 مارس", "31 نيسان", "29 فبراير 2019", "١ محرم ٠",
        "عام 0", "عام 99999", "سنة 2147483648", "في القرن الـ999", "يوم 2018/13/45", "الأحد 31 يونيو", "منذ 999999 عام",
        "بعد 2147483647 يوما", "قبل 100000000000 سنة", "في 1/1/1", "عام ٩٩٩٩٩٩٩", "الأسبوع الماضي", "الشهر المقبل",
    ];

    private static readonly string[] HugeNumbers =
    [
        "1000000000000000000000000000000", "١٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠", "ألف مليار مليار مليار", "مليار مليار مليار مليار",
        "تريليون تريليون دولار", "9,999,999,999,999,999,999,999 دولار", "10^30 شخص", "مئة ألف مليون مليار",
        "ألف ألف ألف ألف ألف ألف ألف ألف ألف ألف", "999999999999999999999999999999999999999 قتيلا", "-0 دولار", "0.000000001 بالمئة",
    ];

    /// <summary>The named fixed shapes, then <paramref name="mixes"/> random mixes of every kind of piece.</summary>
    public static IEnumerable<(string Name, string Text)> Cases(int seed, int mixes)
    {
        var random = new Random(seed);
        foreach (var shape in FixedShapes(random))
        {
            yield return shape;
        }

        for (var i = 0; i < mixes; i++)
        {
            yield return ($"mix-{seed}-{i}", Mix(random, random.Next(0, 160)));
        }
    }

    /// <summary>The shapes named in the hostile-input checklist, each in a few seeded variants.</summary>
    public static IEnumerable<(string Name, string Text)> FixedShapes(Random random)
    {
        for (var i = 0; i < 12; i++)
        {
            yield return ($"unbalanced-quotes-{i}", UnbalancedQuotes(random));
        }

        for (var depth = 1; depth <= 64; depth *= 4)
        {
            yield return ($"nested-quotes-{depth}", NestedQuotes(random, depth));
        }

        string[] endings = ["وقال", "وأضاف أن", "قال المتحدث:", "وأكد أن «", "وقال: \"", "بحسب", "قال", "إن", "«", "»", "“"];
        foreach (var ending in endings)
        {
            yield return ($"cue-at-end-{ending}", Sentence(random) + " " + ending);
            yield return ($"cue-only-{ending}", ending);
        }

        yield return ("only-chrome", string.Join('\n', Enumerable.Range(0, 30).Select(_ => Pick(random, Chrome))));
        yield return ("only-punctuation", string.Concat(Enumerable.Range(0, 400).Select(_ => Pick(random, Punctuation) + (random.Next(4) == 0 ? " " : ""))));
        yield return ("only-quote-marks", string.Concat(Enumerable.Range(0, 300).Select(_ => Pick(random, QuoteMarks))));
        yield return ("only-latin-digits", DigitRun(random, '0'));
        yield return ("only-arabic-indic-digits", DigitRun(random, '\u0660'));
        yield return ("only-persian-digits", DigitRun(random, '\u06F0'));
        yield return ("only-mixed-digits", string.Join(' ', Enumerable.Range(0, 200).Select(_ => Pick(random, Digits))));
        yield return ("huge-arabic-token", new string('ب', 100_000));
        yield return ("long-arabic-token", new string('ت', 10_000));
        yield return ("huge-mixed-token", string.Concat(Enumerable.Range(0, 10_000).Select(i => "سلم"[i % 3].ToString() + (char)('0' + (i % 10)))));
        yield return ("huge-token-inside-sentence", "قال الوزير إن «" + new string('م', 100_000) + "» في المدينة.");
        yield return ("huge-quote-run", "قال الرئيس: " + string.Concat(Enumerable.Repeat("«", 20_000)) + " نعم");
        yield return ("quote-run", "قال الرئيس: " + string.Concat(Enumerable.Repeat("«", 2_000)) + " نعم" + string.Concat(Enumerable.Repeat("»", 1_000)));
        yield return ("ten-thousand-short-lines", string.Join('\n', Enumerable.Range(0, 10_000).Select(i => i % 7 == 0 ? "قال:" : Pick(random, Words))));
        yield return ("quote-lines", string.Join('\n', Enumerable.Range(0, 2_000).Select(i => Pick(random, QuoteMarks))));
        yield return ("lone-surrogates", Interleave(random, ["\uD800", "\uDC00", "\uDBFF", "\uDFFF"]));
        yield return ("combining-marks", Interleave(random, ["\u0640", "\u064E", "\u0651", "\u0652", "\u0670", "\u200D", "\u200C"]));
        yield return ("direction-marks", Interleave(random, ["\u200F", "\u200E", "\u202B", "\u202E", "\u2067", "\u2069", "\u061C"]));
        yield return ("bom-in-the-middle", Sentence(random) + "\uFEFF" + Sentence(random) + "\uFEFF\uFEFF" + Sentence(random));
        yield return ("harakat-first", "\u064E\u0650\u0651" + Sentence(random));
        yield return ("tatweel-everywhere", string.Join("\u0640", Sentence(random).ToCharArray()));
        yield return ("nul-and-controls", Interleave(random, ["\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\b"]));
        yield return ("crlf-lines", string.Join("\r\n", Enumerable.Range(0, 20).Select(_ => Sentence(random))));
        yield return ("cr-only-lines", string.Join("\r", Enumerable.Range(0, 20).Select(_ => Sentence(random))));
        yield return ("mixed-line-ends", string.Join(Pick(random, ["\r", "\n", "\r\n", "\n\r", "\u2028", "\u2029", "\u0085"]), Enumerable.Range(0, 20).Select(_ => Sentence(random))));
        yield return ("mixed-latin-arabic", "قال John Smith إن «the deal is done» في London يوم Monday، وأضاف أن ACME Corp دفعت 5 million dollars.");
        yield return ("latin-only", "Reuters - The minister said: \"We will not accept this\" on Tuesday, adding that 1,500 people left.");
        yield return ("lone-clitics", string.Join(' ', Enumerable.Range(0, 200).Select(_ => Pick(random, ["ال", "و", "لل", "ب", "ف", "ك", "ل", "بال", "وال"]))));
        yield return ("clitic-then-quote", "و « ال » لل \" و \" ال");
        foreach (var date in ImpossibleDates)
        {
            yield return ($"date-{date}", $"قال المتحدث إن الاجتماع عقد في {date} بالعاصمة.");
        }

        yield return ("today-first-no-date", "اليوم أعلنت الحكومة أن الميناء سيغلق غدا، وقال الوزير إن القرار نهائي.");
        yield return ("relative-days-only", "اليوم أمس غدا بعد غد أول أمس الأسبوع المقبل الشهر الماضي العام القادم");
        foreach (var number in HugeNumbers)
        {
            yield return ($"number-{number}", $"قالت الوزارة إن الخسائر بلغت {number} خلال العام.");
        }

        yield return ("thousand-thousands", "بلغ العدد " + string.Join(' ', Enumerable.Repeat("ألف", 400)) + " شخص.");
        yield return ("million-millions", "بلغت الكلفة " + string.Join(' ', Enumerable.Repeat("مليار", 200)) + " دولار.");
        yield return ("long-digit-run", "قتل " + new string('9', 5_000) + " شخصا.");
        yield return ("empty", "");
        yield return ("only-spaces", new string(' ', 1_000));
        yield return ("only-newlines", new string('\n', 1_000));
        yield return ("only-nbsp-and-zwsp", string.Concat(Enumerable.Repeat("\u00A0\u200B\u3000", 300)));
        yield return ("html-in-text", "<script>alert(1)</script> قال \"><img src=x onerror=alert(1)> إن <b>الخبر</b> صحيح.");
        yield return ("json-in-text", "{\"id\": \"x\", \"text\": \"قال إن\"} [1,2,3] \\u0000 \\\" «");
    }

    /// <summary>A random concatenation of words, quote marks, punctuation, digits, dates and odd characters.</summary>
    public static string Mix(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            var pool = random.Next(10) switch
            {
                0 or 1 or 2 or 3 => Words,
                4 => QuoteMarks,
                5 => Punctuation,
                6 => Oddities,
                7 => Digits,
                8 => ImpossibleDates,
                _ => random.Next(2) == 0 ? HugeNumbers : Chrome,
            };
            builder.Append(Pick(random, pool));
            builder.Append(random.Next(5) switch
            {
                0 => "",
                1 => "\n",
                _ => " ",
            });
        }

        return builder.ToString();
    }

    private static string Sentence(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(3, 12)).Select(_ => Pick(random, Words))) + Pick(random, [".", "،", "؟", "!", ""]);

    private static string UnbalancedQuotes(Random random)
    {
        var builder = new StringBuilder(Sentence(random));
        for (var i = 0; i < random.Next(2, 10); i++)
        {
            builder.Append(' ').Append(Pick(random, QuoteMarks)).Append(Sentence(random));
        }

        return builder.ToString();
    }

    private static string NestedQuotes(Random random, int depth)
    {
        var builder = new StringBuilder("قال ").Append(Pick(random, Words)).Append(' ');
        var closers = new Stack<string>();
        for (var i = 0; i < depth; i++)
        {
            var (open, close) = Pick(random, [("«", "»"), ("“", "”"), ("\"", "\""), ("‹", "›"), ("„", "“"), ("'", "'")]);
            builder.Append(open).Append(Sentence(random)).Append(" قال إن ");
            closers.Push(close);
        }

        while (closers.Count > 0)
        {
            builder.Append(closers.Pop()).Append(random.Next(2) == 0 ? " وأضاف " : ".");
        }

        return builder.ToString();
    }

    private static string DigitRun(Random random, char zero) =>
        string.Join(' ', Enumerable.Range(0, 300).Select(_ => new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)(zero + random.Next(10))).ToArray())));

    private static string Interleave(Random random, string[] marks) =>
        string.Concat(Sentence(random).Select(c => c + (random.Next(2) == 0 ? Pick(random, marks) : "")))
        + " " + string.Concat(Enumerable.Range(0, 40).Select(_ => Pick(random, marks)));

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
