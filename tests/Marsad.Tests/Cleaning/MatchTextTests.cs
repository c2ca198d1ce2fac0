using Marsad.Cleaning;

namespace Marsad.Tests.Cleaning;

/// <summary>The cleaner's matching form of a line (<see cref="MatchText"/>), read through its folding table, on text
/// written for these tests.</summary>
public sealed class MatchTextTests
{
    [Theory]
    [InlineData("أَحْمَد إلى مدرسةٍ", "احمد الي مدرسه")]
    [InlineData("ٱلمؤتمر الدولي للأئمة", "الموتمر الدولي للايمه")]
    [InlineData("مستشفى ـــ البلدة", "مستشفي البلده")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("٢٠٢٤ و۱۲", "2024 و12")]
    [InlineData("Breaking NEWS", "breaking news")]
    public void Letters_are_folded_marks_dropped_and_digits_made_ascii(string text, string expected) =>
        Assert.Equal(expected, MatchText.Normalize(text));

    [Theory]
    [InlineData("  السطر\u00A0\u00A0الأول\t ", "السطر الاول")]
    [InlineData("كلمة\u200Fأخرى\u200Eثالثة\u200Bرابعة", "كلمه اخري ثالثه رابعه")]
    [InlineData("كلمة\u2003\u3000بعيدة\u2028سطر", "كلمه بعيده سطر")]
    [InlineData("\u200F\u200E", "")]
    public void Every_run_of_whitespace_or_direction_marks_becomes_one_space_and_the_ends_are_trimmed(string text, string expected) =>
        Assert.Equal(expected, MatchText.Normalize(text));

    [Fact]
    public void Characters_outside_the_folding_table_pass_unchanged()
    {
        Assert.Equal("سعر 5€ ✓ 中文", MatchText.Normalize("سعر 5€ ✓ 中文"));
        Assert.Equal("\uFFFF", MatchText.Normalize("\uFFFF"));
    }

    [Fact]
    public void A_line_longer_than_the_stack_buffer_is_normalized_whole()
    {
        var text = string.Join(' ', Enumerable.Repeat("الإعلان", 200));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("الاعلان", 200)), MatchText.Normalize(text));
    }
}
