using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>Page frames seen in session 14, on articles written for these tests: a national agency's dateline run into
/// the story without marks (place, Hijri and Gregorian date, the agency's short name), a copyright footer naming an
/// outlet a credit line already names (an agency's alias, the page's own outlet by its last word), a signed piece whose
/// copyright footer credits nobody, and chrome lines (a slashed end mark, a story number, a notification prompt, a cookie notice with the site
/// as subject, an embedded post's counts, view counters, short links, next-story links, a consent button).</summary>
public sealed class AgencyCreditFrameTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text) =>
        Cleaner.Clean(Some.Document(text), new AnalysisOptions());

    private const string Story = """
        وقال وزير الأشغال إن الجسر الجديد سيختصر زمن الرحلة بين الضفتين إلى عشر دقائق.
        وأضاف أن أعمال الصيانة الدورية ستبدأ بعد عام من الافتتاح.
        """;

    [Fact]
    public void A_national_agency_dateline_run_into_the_story_gives_place_agency_and_date()
    {
        var raw = $"""
            وكالة أنباء البحرين
            افتتاح جسر جديد يربط ضفتي الخليج الصغير
            المنامة 5 رمضان 1446 هـ الموافق 5 مارس 2025 م بنا افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي الخليج الصغير.
            {Story}
            جميع الحقوق محفوظة © 2025 وكالة أنباء البحرين
            """;
        var article = Clean(raw);
        Assert.Equal("المنامة", article.Dateline);
        Assert.Equal(new DateOnly(2025, 3, 5), article.Published);
        // The copyright line names the same agency in full: it adds no second credit.
        Assert.Equal("بنا", Assert.Single(article.Agencies));
        Assert.Equal("افتتاح جسر جديد يربط ضفتي الخليج الصغير", article.Headline);
    }

    [Theory]
    [InlineData("بلدة النخيل 5 مارس 2025 م بنا افتتح وزير الأشغال اليوم جسرا جديدا في البلدة.")]
    [InlineData("المنامة 5 مارس 2025 م افتتح وزير الأشغال اليوم جسرا جديدا في العاصمة.")]
    public void A_place_and_date_opening_without_a_known_place_and_agency_is_no_dateline(string opening)
    {
        var raw = $"""
            افتتاح جسر جديد يربط ضفتي الخليج الصغير
            {opening}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Null(article.Dateline);
        Assert.Empty(article.Agencies);
        Assert.Contains(opening, article.Body.Split('\n'));
    }

    [Fact]
    public void The_page_outlet_named_by_its_last_word_in_the_byline_is_credited_as_written()
    {
        var raw = $"""
            قناة الواحة
            محليات | سياسة
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            عمان - الواحة
            افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بعد ثلاث سنوات من العمل.
            {Story}
            © 2024 قناة الواحة. جميع الحقوق محفوظة
            """;
        var article = Clean(raw);
        Assert.Equal("الواحة", Assert.Single(article.Agencies));
        Assert.Equal("عمان", article.Dateline);
    }

    [Theory]
    [InlineData("بقلم: سمير الحداد | محلل الشؤون الاقتصادية")]
    [InlineData("كتب المحرر الاقتصادي")]
    [InlineData("حاوره: فريق التحرير")]
    public void A_piece_signed_by_its_writer_is_not_credited_to_the_site_by_its_copyright_line(string signature)
    {
        var raw = $"""
            المرصد اليومي
            رأي وتحليل
            من يدفع ثمن الجسور الجديدة؟ قراءة في كلفة المشاريع
            {signature}
            افتتحت الحكومة خلال عام واحد ثلاثة جسور كبرى بكلفة تجاوزت نصف موازنة الأشغال.
            {Story}
            © المرصد اليومي 2024 - جميع الحقوق محفوظة
            """;
        Assert.Empty(Clean(raw).Agencies);
    }

    [Theory]
    [InlineData("// انتهى //")]
    [InlineData("0482")]
    [InlineData("هل تريد تلقي إشعارات بآخر الأخبار؟ سماح | لاحقًا")]
    [InlineData("فعل الإشعارات لتصلك آخر الأخبار")]
    [InlineData("تفعيل التنبيهات")]
    [InlineData("هذا الموقع يستعين بالكوكيز لأغراض إحصائية. أوافق")]
    [InlineData("3.1K رد | 950 إعادة نشر | 12K إعجاب")]
    [InlineData("عدد المشاهدات: 1520")]
    [InlineData("2.4K مشاهدة")]
    [InlineData("الرابط المختصر: https://example.com/a1")]
    [InlineData("المقال التالي")]
    [InlineData("أوافق")]
    [InlineData("العودة إلى الأعلى")]
    [InlineData("عرض الكل")]
    [InlineData("إرسال إلى صديق")]
    [InlineData("قيم هذا المقال")]
    [InlineData("هل كان هذا المقال مفيدا؟")]
    [InlineData("التعليقات (0)")]
    [InlineData("لا توجد تعليقات حتى الآن")]
    [InlineData("الموقع غير مسؤول عن التعليقات المنشورة")]
    [InlineData("منذ ساعتين")]
    [InlineData("(صورة أرشيفية)")]
    [InlineData("محتوى ممول")]
    [InlineData("من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام")]
    [InlineData("حمل تطبيقنا")]
    [InlineData("متوفر على App Store")]
    [InlineData("Google Play | App Store")]
    [InlineData("تابعوا آخر الأخبار عبر قناتنا على تلغرام")]
    [InlineData("الإبلاغ عن خطأ")]
    [InlineData("رئيس التحرير: سالم الراشد")]
    [InlineData("اختيارات المحرر")]
    [InlineData("A A A")]
    [InlineData("دقيقتان للقراءة")]
    [InlineData("قراءة: 4 دقائق")]
    [InlineData("الاستماع إلى الخبر")]
    public void Chrome_lines_of_new_frames_are_boilerplate(string chrome)
    {
        var raw = $"""
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بعد ثلاث سنوات من العمل.
            {Story}
            {chrome}
            """;
        var article = Clean(raw);
        Assert.Contains(chrome, article.Boilerplate);
        Assert.DoesNotContain(chrome, article.Body.Split('\n'));
    }

    [Theory]
    [InlineData("13")]
    [InlineData("2019")]
    [InlineData("وقال الموقع إنه يستخدم الكوكيز لقياس عدد الزوار فقط.")]
    [InlineData("وسأل النائب: هل تريد الحكومة تلقي إشعارات المواطنين بالبريد فقط؟")]
    [InlineData("وبلغ عدد المشاهدات 1520 مشاهدة في اليوم الأول.")]
    [InlineData("وقال رئيس التحرير: إن الصحيفة لن تتوقف عن الصدور رغم الأزمة المالية الخانقة.")]
    [InlineData("وأضاف أن الموقع غير مسؤول عن التعليقات كما يقول محاموه، لكن المحكمة رأت غير ذلك.")]
    [InlineData("ومنذ ساعتين تتواصل عمليات البحث عن المفقودين.")]
    [InlineData("هذه المادة متوفرة بكميات محدودة في الصيدليات الحكومية منذ مطلع الشهر.")]
    [InlineData("هذا التقرير متاح بالمجان على موقع المنظمة ويتضمن بيانات عن ثلاثين دولة.")]
    [InlineData("الموقع يستخدم ملفات تعريف الارتباط لجمع بيانات الزوار دون علمهم بحسب التحقيق.")]
    [InlineData("المدير العام: سنضاعف عدد الأسرة قريبا")]
    [InlineData("تفعيل التنبيهات بدأ في القرى الجبلية أمس.")]
    public void Day_labels_years_and_sentences_that_name_these_words_stay_in_the_body(string line)
    {
        var raw = $"""
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بعد ثلاث سنوات من العمل.
            {line}
            {Story}
            """;
        Assert.Contains(line, Clean(raw).Body.Split('\n'));
    }

    [Fact]
    public void A_headline_under_an_image_with_a_standfirst_below_stays_the_headline_and_keeps_its_text()
    {
        // «photo.jpg / line / longer line» is either caption / headline or headline / standfirst: no layout tells them
        // apart, and reading a headline as a caption would drop it from the body, so the first line stays the headline.
        var raw = $"""
            أخبار المدينة
            bridge-opening.jpg
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            الجسر يختصر زمن التنقل بين الحيين الشرقي والغربي إلى عشر دقائق بدل ساعة كاملة
            12 مارس 2024
            افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بعد ثلاث سنوات من العمل.
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("افتتاح جسر جديد يربط ضفتي النهر في العاصمة", article.Headline);
        Assert.DoesNotContain("افتتاح جسر جديد يربط ضفتي النهر في العاصمة", article.Boilerplate);
    }

    [Theory]
    [InlineData("القاهرة - سامر عبد الله")]
    [InlineData("12 مارس 2024")]
    public void A_headline_under_an_image_stays_the_headline_above_a_byline_or_timestamp(string frameLine)
    {
        var raw = $"""
            bridge-opening.jpg
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            {frameLine}
            افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بعد ثلاث سنوات من العمل.
            {Story}
            """;
        Assert.Equal("افتتاح جسر جديد يربط ضفتي النهر في العاصمة", Clean(raw).Headline);
    }

    [Theory]
    [InlineData("12 مارس، 2024")]
    [InlineData("مارس 12, 2024")]
    [InlineData("الخميس 12 من مارس 2024")]
    [InlineData("Mar 12, 2024")]
    [InlineData("12 March 2024 - 10:30")]
    [InlineData("تاريخ النشر : 12 - 03 - 2024")]
    public void Timestamps_with_a_comma_a_month_first_an_english_month_or_spaced_dashes_date_the_page(string stamp)
    {
        var raw = $"""
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            {stamp}
            افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بعد ثلاث سنوات من العمل.
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(new DateOnly(2024, 3, 12), article.Published);
        Assert.Contains(stamp, article.Boilerplate);
    }

    [Fact]
    public void A_story_line_with_a_month_name_and_numbers_is_no_timestamp()
    {
        const string line = "وسجلت المدينة في مارس 12 حادثا و2024 مخالفة مرورية خلال الشهر.";
        var raw = $"""
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بعد ثلاث سنوات من العمل.
            {line}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Null(article.Published);
        Assert.Contains(line, article.Body.Split('\n'));
    }

    [Theory]
    [InlineData("القاهرة - واس افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر.", "القاهرة", "واس", null)]
    [InlineData("القاهرة، الثلاثاء (رويترز) - افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر.", "القاهرة", "رويترز", null)]
    [InlineData("القاهرة 12-3 (كونا) -- افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر.", "القاهرة", "كونا", null)]
    [InlineData("القاهرة 12 مارس 2024 (شينخوا) افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر.", "القاهرة", "شينخوا", "2024-03-12")]
    [InlineData("القاهرة، 12 مارس 2024 - افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر.", "القاهرة", null, "2024-03-12")]
    [InlineData("القاهرة، مصر - افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر.", "القاهرة", null, null)]
    [InlineData("القاهرة، «الشرق الأوسط»: افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر.", "القاهرة", "الشرق الأوسط", null)]
    public void Dateline_forms_of_wires_and_papers_give_place_credit_and_date(string opening, string place, string? agency, string? date)
    {
        var raw = $"""
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            {opening}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal(place, article.Dateline);
        Assert.Equal(agency is null ? [] : [agency], article.Agencies.ToArray());
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), article.Published);
    }

    [Theory]
    [InlineData("مصر العربية ستبقى قلب الأمة كما قال الخطيب أمام الحشود.")]
    [InlineData("القاهرة تستضيف مؤتمرا دوليا للمياه في 12 مارس 2024 بحضور الوزراء.")]
    [InlineData("القاهرة، مدينة الألف مئذنة - كما يسميها زوارها - تستقبل السياح.")]
    public void A_sentence_opening_with_a_place_is_no_dateline(string opening)
    {
        var raw = $"""
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            {opening}
            {Story}
            """;
        var article = Clean(raw);
        Assert.Null(article.Dateline);
        Assert.Empty(article.Agencies);
    }

    [Theory]
    [InlineData("دمشق، الجزيرة السورية والساحل يعانيان من الجفاف منذ سنوات.")]
    [InlineData("الحسكة - الجزيرة السورية تشهد موجة جفاف غير مسبوقة هذا العام.")]
    public void A_place_and_an_outlet_named_like_a_region_credit_no_outlet_without_a_date_or_brackets(string opening)
    {
        var raw = $"""
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            {opening}
            {Story}
            """;
        Assert.Empty(Clean(raw).Agencies);
    }

    [Theory]
    [InlineData("الوزير يكشف موعد افتتاح الجسر…")]
    [InlineData("الوزير يكشف موعد افتتاح الجسر...")]
    public void A_headline_trailing_off_above_the_timestamp_is_the_headline(string headline)
    {
        var raw = $"""
            صوت المدينة
            محليات
            {headline}
            الخميس 12 مارس 2024 - 10:30
            افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بعد ثلاث سنوات من العمل.
            {Story}
            """;
        Assert.Equal(headline, Clean(raw).Headline);
    }

    [Theory]
    [InlineData("الخميس 12 مارس")]
    [InlineData("شاهد البث المباشر")]
    [InlineData("مرحبا بك في موقع صوت المدينة")]
    [InlineData("أنت هنا: الرئيسية » محليات")]
    [InlineData("هذا المقال متاح أيضا باللغة الإنجليزية")]
    [InlineData("هذا الخبر متوفر بالفرنسية")]
    [InlineData("مراجعة: فريق التدقيق")]
    [InlineData("إرسال إلى صديق")]
    [InlineData("الموقع غير مسؤول عن التعليقات")]
    [InlineData("هل كان هذا المقال مفيدا؟")]
    public void Chrome_above_the_headline_is_neither_headline_nor_body(string chrome)
    {
        var raw = $"""
            صوت المدينة
            {chrome}
            افتتاح جسر جديد يربط ضفتي النهر في العاصمة
            12 مارس 2024
            افتتح وزير الأشغال اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بعد ثلاث سنوات من العمل.
            {Story}
            """;
        var article = Clean(raw);
        Assert.Equal("افتتاح جسر جديد يربط ضفتي النهر في العاصمة", article.Headline);
        Assert.Contains(chrome, article.Boilerplate);
    }
}
