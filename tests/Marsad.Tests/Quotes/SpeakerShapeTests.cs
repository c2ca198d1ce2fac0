using Marsad.Model;

using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Speaker shapes and quotation layouts generalised on tuning sets 10 and 11, on sentences written for these tests.
/// </summary>
public sealed class SpeakerShapeTests
{
    [Theory]
    [InlineData("وقال سكان من قرية الحصن إن الدوريات انسحبت صباحا.", "سكان من قرية الحصن")]
    [InlineData("ويرى متابعون للشأن النقابي أن الأزمة ستطول.", "متابعون للشأن النقابي")]
    [InlineData("وقال أحد سكان المنطقة لفرانس برس إن الطائرات حلقت طوال الليل.", "أحد سكان المنطقة")]
    public void An_unnamed_source_keeps_its_group_but_not_the_outlet_it_spoke_to(string sentence, string speaker)
    {
        Assert.Equal(speaker, Single(sentence).Speaker.Mention);
    }

    [Fact]
    public void A_relative_clause_between_commas_describes_a_fronted_subject()
    {
        var quotes = Find("وقال المحافظ إن العمل بدأ.\nوزير النقل، الذي رافق الرئيس في زيارته إلى المدينة، أكد أن الطرق ستفتح قريبا.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("وزير النقل", quotes[1].Speaker.Mention);
    }

    [Fact]
    public void A_continuation_paragraph_that_opens_with_the_mark_again_belongs_to_the_quotation()
    {
        var q = Find("وقال المدرب: «الفريق جاهز للمباراة، ولدينا بدائل كثيرة.\n«المهم أن نلعب بشخصيتنا المعتادة.»")[0];
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("الفريق جاهز للمباراة، ولدينا بدائل كثيرة.\n«المهم أن نلعب بشخصيتنا المعتادة.", q.Text);
    }

    [Fact]
    public void A_word_joined_by_waw_inside_a_title_stays_in_the_speaker()
    {
        var q = Single("وأكدت وزيرة المالية ووزيرة الدولة للشؤون الاقتصادية المهندسة سلمى الراشد أن العجز سيتراجع.");
        Assert.Equal("وزيرة المالية ووزيرة الدولة للشؤون الاقتصادية المهندسة سلمى الراشد", q.Speaker.Mention);
        Assert.Equal("العجز سيتراجع", q.Text);
    }
}
