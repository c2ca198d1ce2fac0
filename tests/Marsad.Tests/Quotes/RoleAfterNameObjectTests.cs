using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// A role right after a name is that person's only when it is in apposition: after a verb that takes a person as its
/// object (استقبل، التقى) the role after the subject's name is the object, another person. Read without the linker, which
/// has a title rule of its own. Sentences written for these tests.
/// </summary>
public sealed class RoleAfterNameObjectTests
{
    [Theory]
    [InlineData("استقبل الرئيس سمير حداد مستشار الأمن القومي البرتغالي في القصر الرئاسي صباح أمس.")]
    [InlineData("والتقى الوزير سمير حداد مستشار الأمن القومي البرتغالي على هامش القمة.")]
    public void A_role_after_the_subjects_name_is_the_objects_and_a_later_bare_role_does_not_name_the_subject(string first)
    {
        var quotes = Find(string.Join('\n',
            first,
            "وقال مستشار الأمن القومي البرتغالي إن بلاده تدعم جهود التهدئة في المنطقة."));
        var quote = Assert.Single(quotes);
        Assert.NotEqual("سمير حداد", quote.Speaker.Name);
        Assert.Equal("مستشار الأمن القومي البرتغالي", quote.Speaker.Mention);
    }
}
