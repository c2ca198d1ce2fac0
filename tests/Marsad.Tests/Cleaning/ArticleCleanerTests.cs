using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cleaning;

/// <summary>The cleaner on articles written for these tests in the styles of several Arabic news sites.</summary>
public sealed class ArticleCleanerTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Marsad.Model.AnalyzedArticle Clean(string text, string? title = null, DateOnly? published = null) =>
        Cleaner.Clean(Some.Document(text, title: title), new AnalysisOptions { Published = published });

    [Fact]
    public void Gulf_portal_chrome_above_the_headline_is_removed_and_the_headline_is_the_first_real_title()
    {
        const string raw = """
            Facebook Twitter Youtube Instagram
            محليات | اقتصاد
            سياسة
            + حجم الخط -
            حجم الخط : A- A+
            بلدية الشارقة تطلق حملة لتشجير الأحياء السكنية
            sharjah_trees_campaign.webp
            متطوعون يزرعون الأشجار في أحد الأحياء
            الشارقة - وام

            أطلقت بلدية الشارقة اليوم حملة لزراعة ألفي شجرة في الأحياء السكنية بمشاركة المتطوعين.
            وقال مدير البلدية إن الحملة تستمر شهرين وتشمل المدارس والحدائق العامة.
            للبقاء على اطلاع، أدخل بريدك الإلكتروني
            ن ج/ ع س
            """;
        var article = Clean(raw);
        Assert.Equal("بلدية الشارقة تطلق حملة لتشجير الأحياء السكنية", article.Headline);
        Assert.Equal("الشارقة", article.Dateline);
        Assert.Equal(
            ["Facebook Twitter Youtube Instagram", "محليات | اقتصاد", "سياسة", "+ حجم الخط -", "حجم الخط : A- A+",
             "sharjah_trees_campaign.webp", "متطوعون يزرعون الأشجار في أحد الأحياء", "الشارقة - وام",
             "للبقاء على اطلاع، أدخل بريدك الإلكتروني", "ن ج/ ع س"],
            article.Boilerplate.ToArray());
    }

    [Fact]
    public void The_site_name_and_a_section_label_above_the_headline_are_chrome_not_the_headline()
    {
        const string raw = """
            نافذة الخليج
            شؤون محلية
            الأحد 12 آذار 2023 - 09:15
            مجلس المدينة يقر خطة لتوسيع شبكة الحافلات العامة
            buses_plan.jpg

            أقر مجلس المدينة أمس خطة لتوسيع شبكة الحافلات العامة بإضافة عشرين خطا جديدا.
            وقال رئيس المجلس إن الخطة تنفذ على ثلاث مراحل تنتهي في العام المقبل.
            شارك
            المصدر : نافذة الخليج
            """;
        var article = Clean(raw);
        Assert.Equal("مجلس المدينة يقر خطة لتوسيع شبكة الحافلات العامة", article.Headline);
        Assert.Contains("نافذة الخليج", article.Boilerplate);
        Assert.Contains("شؤون محلية", article.Boilerplate);
        Assert.DoesNotContain("نافذة الخليج", article.Body.Split('\n'));
    }

    [Fact]
    public void A_short_line_that_is_the_only_title_stays_the_headline()
    {
        const string raw = """
            زلزال قوي

            ضرب زلزال بقوة ست درجات المنطقة الجبلية فجر اليوم دون أن يسفر عن إصابات.
            """;
        Assert.Equal("زلزال قوي", Clean(raw).Headline);
    }

    [Fact]
    public void A_line_after_an_image_name_that_is_the_headline_stays_the_headline()
    {
        const string raw = """
            cover-photo.jpg
            المنتخب يتأهل إلى نهائي البطولة العربية

            تأهل المنتخب إلى نهائي البطولة العربية بعد فوزه على منافسه بهدفين دون رد مساء أمس.
            """;
        var article = Clean(raw);
        Assert.Equal("المنتخب يتأهل إلى نهائي البطولة العربية", article.Headline);
        Assert.Equal(["cover-photo.jpg"], article.Boilerplate.ToArray());
    }

    [Fact]
    public void A_timestamp_with_a_pipe_is_still_read_as_the_publication_date()
    {
        var article = Clean("2024.02.11 | 09:15 عمان\nعنوان الخبر هنا\n\nجاء في الخبر أن الاجتماع عقد في العاصمة بحضور الوزراء.");
        Assert.Equal(new DateOnly(2024, 2, 11), article.Published);
    }

    [Fact]
    public void Egyptian_portal_chrome_is_removed_and_headline_byline_and_date_are_read()
    {
        const string raw = """
            الرئيسية > أخبار > محافظات
            كتب محمد عبد السلام
            الأحد، 10 مارس 2024 10:30 ص
            حجم الخط
            وزير النقل يفتتح محطة قطار جديدة في أسيوط

            افتتح وزير النقل اليوم الأحد محطة قطار جديدة في مدينة أسيوط بتكلفة بلغت 200 مليون جنيه.
            وقال الوزير في كلمته إن المحطة ستخدم نحو خمسين ألف راكب يوميا.
            اقرأ أيضا: خطة لتطوير 12 محطة على خط الصعيد
            شارك
            فيسبوك
            تويتر
            جميع الحقوق محفوظة لموقع المثال 2024
            """;
        var article = Clean(raw);
        Assert.Equal("وزير النقل يفتتح محطة قطار جديدة في أسيوط", article.Headline);
        Assert.Equal(new DateOnly(2024, 3, 10), article.Published);
        Assert.Equal(
            ["الرئيسية > أخبار > محافظات", "كتب محمد عبد السلام", "الأحد، 10 مارس 2024 10:30 ص", "حجم الخط",
             "اقرأ أيضا: خطة لتطوير 12 محطة على خط الصعيد", "شارك", "فيسبوك", "تويتر", "جميع الحقوق محفوظة لموقع المثال 2024"],
            article.Boilerplate.ToArray());
        Assert.Equal(
            "وزير النقل يفتتح محطة قطار جديدة في أسيوط\nافتتح وزير النقل اليوم الأحد محطة قطار جديدة في مدينة أسيوط بتكلفة بلغت 200 مليون جنيه.\nوقال الوزير في كلمته إن المحطة ستخدم نحو خمسين ألف راكب يوميا.",
            article.Body);
    }

    [Fact]
    public void Agency_dateline_opening_the_first_paragraph_gives_place_and_agency_but_caption_credits_do_not_count()
    {
        const string raw = """
            رجال الإطفاء قرب الميناء (أ ف ب)
            بيروت (رويترز) - قال مسؤول في الدفاع المدني اليوم الثلاثاء إن فرق الإطفاء أخمدت حريقا كبيرا في مستودع قرب الميناء.
            وأضاف أن الحريق لم يسفر عن إصابات.
            """;
        var article = Clean(raw);
        Assert.Equal("بيروت", article.Dateline);
        Assert.Equal(["رويترز"], article.Agencies.ToArray());
        Assert.Equal(["رجال الإطفاء قرب الميناء (أ ف ب)"], article.Boilerplate.ToArray());
        Assert.StartsWith("بيروت (رويترز) - قال", article.Body);
    }

    [Fact]
    public void Outlet_byline_and_source_line_are_credited_in_text_order_and_generic_credits_are_not()
    {
        const string raw = """
            الرباط ـ الشرق الأوسط
            أعلنت وزارة الصحة المغربية تسجيل تراجع في عدد الإصابات بالإنفلونزا الموسمية خلال الأسبوع الماضي.
            وأوضحت الوزارة في بيان أن الوضع تحت السيطرة.
            المصدر: وكالات، الأناضول
            """;
        var article = Clean(raw);
        Assert.Equal("الرباط", article.Dateline);
        Assert.Equal(["الشرق الأوسط", "الأناضول"], article.Agencies.ToArray());
        Assert.Equal(["الرباط ـ الشرق الأوسط", "المصدر: وكالات، الأناضول"], article.Boilerplate.ToArray());
    }

    [Fact]
    public void Source_line_credits_an_outlet_whose_name_ends_in_a_number_but_not_a_date()
    {
        const string raw = """
            افتتحت البلدية أمس جسرا جديدا فوق النهر بعد عامين من الأشغال.
            وقال رئيس البلدية إن الجسر يخفف الازدحام في وسط المدينة.
            المصدر: قناة النهر 9 / وكالات / 12 مارس 2024
            """;
        var article = Clean(raw);
        Assert.Equal(["قناة النهر 9"], article.Agencies.ToArray());
    }

    [Fact]
    public void Outlet_then_writer_byline_gives_no_dateline()
    {
        var article = Clean("العربية.نت - سامي الخطيب\nقال مصدر مطلع إن المفاوضات ستستأنف الأسبوع المقبل في الدوحة.");
        Assert.Null(article.Dateline);
        Assert.Equal(["العربية.نت"], article.Agencies.ToArray());
    }

    [Fact]
    public void Writer_then_place_byline_takes_the_place_not_the_writer()
    {
        var article = Clean("خالد المصري - الخرطوم\nأعلنت السلطات المحلية إعادة فتح الجسر الرئيسي أمام حركة السير بعد أسبوعين من الإغلاق.");
        Assert.Equal("الخرطوم", article.Dateline);
        Assert.Equal(["خالد المصري - الخرطوم"], article.Boilerplate.ToArray());
    }

    [Fact]
    public void Repeated_headline_block_after_the_body_is_boilerplate_and_gives_the_headline()
    {
        const string raw = """
            قالت وزيرة البيئة الأردنية، سلمى النمري، إن بلادها ستزرع مليون شجرة خلال ثلاثة أعوام.
            وأضافت في مؤتمر صحافي أن المشروع ممول من صندوق دولي.
            النمري: مليون شجرة في الأردن خلال ثلاثة أعوام
            أعلنت إطلاق حملة وطنية للتشجير بمشاركة البلديات
            النمري: مليون شجرة في الأردن خلال ثلاثة أعوام
            سجل الدخول
            """;
        var article = Clean(raw);
        Assert.Equal("النمري: مليون شجرة في الأردن خلال ثلاثة أعوام", article.Headline);
        Assert.Equal(4, article.Boilerplate.Length);
        Assert.Equal(2, article.Body.Split('\n').Length);
    }

    [Fact]
    public void Crossheads_between_paragraphs_are_boilerplate_but_list_items_and_quote_introductions_stay()
    {
        const string raw = """
            عقد مجلس النواب جلسة طارئة أمس لمناقشة أزمة الكهرباء في المحافظات الجنوبية.
            أزمة متفاقمة
            وقال رئيس المجلس في افتتاح الجلسة:
            «لن نقبل باستمرار الانقطاع أكثر من أسبوع».
            وحدد النواب ثلاث أولويات:
            1- صيانة المحطات
            2- استيراد الوقود
            وختم الوزير حديثه بالتأكيد على أن الحل قريب.
            """;
        var article = Clean(raw);
        Assert.Equal(["أزمة متفاقمة"], article.Boilerplate.ToArray());
        Assert.Contains("1- صيانة المحطات", article.Body.Split('\n'));
        Assert.Contains("وقال رئيس المجلس في افتتاح الجلسة:", article.Body.Split('\n'));
    }

    [Fact]
    public void Bbc_style_photo_lines_share_prompts_and_related_lists_are_removed()
    {
        const string raw = """
            مصدر الصورةGetty Images
            التعليق على الصورة متظاهرون أمام مبنى البرلمان
            خرج آلاف المتظاهرين إلى شوارع العاصمة مطالبين بإصلاحات اقتصادية عاجلة.
            وقالت الشرطة إن المظاهرات كانت سلمية في معظمها.
            شارك هذا الموضوع
            مواضيع ذات صلة
            الحكومة تعلن حزمة إجراءات جديدة
            البنك المركزي يرفع سعر الفائدة
            """;
        var article = Clean(raw);
        Assert.Equal(2, article.Body.Split('\n').Length);
        Assert.Equal(6, article.Boilerplate.Length);
        Assert.Empty(article.Agencies.ToArray());
    }

    [Fact]
    public void Metadata_title_and_date_win_and_the_callers_date_is_the_last_resort()
    {
        var withMeta = Cleaner.Clean(
            Some.Document("نص الخبر الأول هنا.", title: "  عنوان   من البيانات ", published: new DateTimeOffset(2023, 5, 20, 23, 30, 0, TimeSpan.FromHours(3))),
            new AnalysisOptions { Published = new DateOnly(2000, 1, 1) });
        Assert.Equal("عنوان من البيانات", withMeta.Headline);
        Assert.Equal(new DateOnly(2023, 5, 20), withMeta.Published);
        var fallback = Clean("نص بلا تاريخ في أي سطر.", published: new DateOnly(2024, 1, 2));
        Assert.Equal(new DateOnly(2024, 1, 2), fallback.Published);
    }

    [Fact]
    public void Levantine_month_names_on_a_timestamp_line_give_the_date()
    {
        var article = Clean("الخميس 5 تشرين الأول 2023 - 14:20\nأقر البرلمان قانون الموازنة بأغلبية 70 صوتا.");
        Assert.Equal(new DateOnly(2023, 10, 5), article.Published);
        Assert.Single(article.Boilerplate.ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData(")\n(\n---")]
    [InlineData("كلمة")]
    [InlineData("a\u00A0\u00A0b\n\u200F\n«»")]
    public void Odd_text_never_throws_and_every_line_is_either_body_or_boilerplate(string raw)
    {
        var article = Clean(raw);
        var lines = raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var body = article.Body.Length == 0 ? [] : article.Body.Split('\n');
        Assert.Equal(lines.Count, body.Length + article.Boilerplate.Length);
        Assert.All(body, l => Assert.Contains(l, lines));
        Assert.All(article.Boilerplate, l => Assert.Contains(l, lines));
    }
}
