using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Documents as speakers, counted across the development halves in session 14: «جاء فيه» after a clause that names a
/// document and its issuer («نشرت X بيانا … جاء فيه») gives the quote to the issuer; a document's other name in an
/// apposition («، المعروف بـ"…"،») is no quotation. Sentences written for these tests.
/// </summary>
public sealed class DocumentSpeakerTests
{
    [Fact]
    public void A_pronoun_after_jaa_refers_to_the_document_just_named_and_its_issuer_speaks()
    {
        var q = Single("وفي القاهرة، أصدرت نقابة الأطباء بيانا على موقعها جاء فيه: \"نطالب بزيادة الأجور فورا\".");
        Assert.Equal("نقابة الأطباء", q.Speaker.Mention);
        Assert.Equal("جاء فيه", q.Cue);
        Assert.Equal("نطالب بزيادة الأجور فورا", q.Text);
        Assert.Equal(Marsad.Model.QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void A_feminine_document_with_a_complementizer_gives_the_quote_to_its_issuer()
    {
        var q = Single("ووجهت الهيئة الوطنية للانتخابات رسالة إلى الأحزاب جاء فيها أن موعد التسجيل سيمدد أسبوعا.");
        Assert.Equal("الهيئة الوطنية للانتخابات", q.Speaker.Mention);
        Assert.Equal("موعد التسجيل سيمدد أسبوعا", q.Text);
    }

    [Fact]
    public void A_pronoun_after_jaa_without_a_document_before_it_reports_nothing()
    {
        Assert.Empty(Find("وحضر الوزير حفلا كبيرا جاء فيه أن الفرق الشعبية قدمت عروضها."));
    }

    [Fact]
    public void A_quoted_other_name_in_an_apposition_after_the_document_is_no_quotation()
    {
        var q = Single("وأكد البيان الختامي للمؤتمر، المعروف بـ\"إعلان المدينة\"، على أن التعاون الإقليمي \"ضرورة لا بديل عنها\".");
        Assert.Equal("البيان الختامي للمؤتمر", q.Speaker.Mention);
        Assert.Equal("التعاون الإقليمي \"ضرورة لا بديل عنها\"", q.Text);
        Assert.Equal(Marsad.Model.QuoteKind.Mixed, q.Kind);
    }
}
