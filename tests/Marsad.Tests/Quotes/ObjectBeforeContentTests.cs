using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Cues whose content opens with a governed preposition (اتهم/طالب/هدد/وعد بـ، حذر من): the speaker comes first, then
/// an optional object that opens the text, then the preposition. Sentences written for these tests.
/// </summary>
public sealed class ObjectBeforeContentTests
{
    [Fact]
    public void An_accusation_names_its_speaker_and_keeps_the_accused_in_the_text()
    {
        var q = Single("واتهمت منظمة العفو الدولية السلطات باعتقال الصحفيين تعسفيا.");
        Assert.Equal("منظمة العفو الدولية", q.Speaker.Mention);
        Assert.Equal("السلطات باعتقال الصحفيين تعسفيا", q.Text);
    }

    [Fact]
    public void A_warning_with_min_keeps_the_warned_in_the_text()
    {
        var q = Single("وحذر الدفاع المدني السكان من الاقتراب من الأودية.");
        Assert.Equal("الدفاع المدني", q.Speaker.Mention);
        Assert.Equal("السكان من الاقتراب من الأودية", q.Text);
    }

    [Fact]
    public void A_demand_on_an_object_splits_after_the_organisation()
    {
        var q = Single("وطالب اتحاد المزارعين الحكومة بخفض أسعار الأسمدة.");
        Assert.Equal("اتحاد المزارعين", q.Speaker.Mention);
        Assert.Equal("الحكومة بخفض أسعار الأسمدة", q.Text);
    }

    [Fact]
    public void An_adjunct_between_commas_is_neither_speaker_nor_text()
    {
        var threat = Single("وهدد الجيش، في بيان مقتضب، بالرد على أي اعتداء جديد.");
        Assert.Equal("الجيش", threat.Speaker.Mention);
        Assert.Equal("بالرد على أي اعتداء جديد", threat.Text);

        // A word of the adjunct that starts with ب (بلديات) does not open the content.
        var promise = Single("ووعد الوزير، خلال لقائه رؤساء بلديات الشمال، بإعادة فتح المستشفى خلال شهر.");
        Assert.Equal("الوزير", promise.Speaker.Mention);
        Assert.Equal("بإعادة فتح المستشفى خلال شهر", promise.Text);
    }

    [Fact]
    public void A_promise_coordinated_without_its_own_subject_is_a_further_action()
    {
        var q = Single("قال الوزير إن المستشفى سيفتح قريبا، ووعد بتوفير الأطباء.");
        Assert.Equal("المستشفى سيفتح قريبا", q.Text);
    }
}
