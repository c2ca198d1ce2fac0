using Marsad.Linking;

namespace Marsad.Tests.Linking;

/// <summary>Shapes of session 17's unseen outlets: a Gulf agency's dateline whose credit stands between slashes.</summary>
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
}
