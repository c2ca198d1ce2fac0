using Marsad.Linking;
using Marsad.Model;
using static Marsad.Tests.Linking.TestKnowledge;

namespace Marsad.Tests.Linking;

/// <summary>Shapes of session 17's unseen outlets: a Gulf agency's dateline whose credit stands between slashes, and
/// «الأخير» naming back the person named last.</summary>
public class UnseenOutletClasses17Tests
{
    [Theory]
    [InlineData("الدوحة في 4 مارس /وكالة/ أعلن المجلس خطة جديدة.", "الدوحة", "أعلن المجلس")]
    [InlineData("مسقط في ٢٢ مايو /العمانية/ افتتحت الوزارة مركزا جديدا.", "مسقط", "افتتحت الوزارة")]
    [InlineData("القاهرة 5/3/2025 (أ ش أ) - أعلنت الوزارة خطة جديدة.", "القاهرة", "أعلنت الوزارة")]
    public void AnInBodyDatelineEndsAfterACreditBetweenSlashes(string body, string place, string report)
    {
        var (start, end) = InBodyDateline.Find(body, place);
        Assert.Equal(0, start);
        Assert.StartsWith(report, body[end..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("الدوحة في 4 مارس استضافت المدينة اجتماعا موسعا.")]
    [InlineData("الدوحة في قلب الحدث /وكالة/ أعلن المجلس خطة جديدة.")]
    public void NoCreditNoDateMakesNoSlashedDateline(string body)
    {
        Assert.Equal((0, 0), InBodyDateline.Find(body, "الدوحة"));
    }

    [Fact]
    public void TheLatterAfterAVerbIsThePersonNamedLast()
    {
        const string body = "استقبل سالم العبري السفير كريم ناصر أمس. وأوضح الأخير أن العلاقات متينة.";
        var article = Link(body, null, Tag(body, "سالم العبري", EntityType.PERS), Tag(body, "كريم ناصر", EntityType.PERS));
        Assert.Contains("الأخير", article.EntityMentioning("كريم ناصر")!.MentionTexts());
        Assert.DoesNotContain("الأخير", article.EntityMentioning("سالم العبري")!.MentionTexts());
    }

    [Theory]
    [InlineData("قال سالم العبري إن الأسبوع الأخير كان صعبا.")] // after a definite noun
    [InlineData("قال سالم العبري: في لقائنا الأخير اتفقنا على الخطة.")] // after a possessed noun
    [InlineData("قال سالم العبري إن الفريق فاز في الأخير بالمباراة.")] // «in the end»
    [InlineData("رثى سالم العبري صديقه، وقال الوزير الذي رافقه طويلا إنه حزين. وأوضح الأخير أن الجنازة غدا.")] // an unnamed role between
    public void TheLatterAfterANounOrAPrepositionNamesNobody(string body)
    {
        var article = Link(body, null, Tag(body, "سالم العبري", EntityType.PERS));
        Assert.DoesNotContain(article.Entities, e => e.MentionTexts().Contains("الأخير"));
    }

    [Fact]
    public void TheMasculineLatterNeverNamesAWomanNamedLast()
    {
        const string body = "استقبل سالم العبري وزيرة الصحة ليلى منصور أمس. وأوضح الأخير أن العلاقات متينة.";
        var article = Link(body, null, Tag(body, "سالم العبري", EntityType.PERS), Tag(body, "ليلى منصور", EntityType.PERS));
        Assert.DoesNotContain("الأخير", article.EntityMentioning("ليلى منصور")!.MentionTexts());
    }
}
