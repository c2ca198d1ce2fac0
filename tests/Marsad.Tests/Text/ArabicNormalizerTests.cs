using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class ArabicNormalizerTests
{
    [Fact]
    public void An_already_normal_string_is_returned_as_the_same_instance()
    {
        var text = "الوزير قال 12";
        Assert.Same(text, ArabicNormalizer.Normalize(text));
    }

    [Fact]
    public void Span_normalisation_writes_into_the_destination_and_returns_its_length()
    {
        Span<char> destination = stackalloc char[16];
        var written = ArabicNormalizer.Normalize("أُمّة".AsSpan(), destination);
        Assert.Equal("امه", destination[..written].ToString());
    }

    [Fact]
    public void A_destination_shorter_than_the_source_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ArabicNormalizer.Normalize("أحمد".AsSpan(), new char[2]));
    }

    [Fact]
    public void In_place_normalisation_shrinks_the_text()
    {
        var buffer = "كـــتاب".ToCharArray();
        var length = ArabicNormalizer.NormalizeInPlace(buffer);
        Assert.Equal("كتاب", new string(buffer, 0, length));
    }

    [Fact]
    public void Every_character_folds_to_at_most_one_character_and_never_throws()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var input = ((char)c).ToString();
            var output = ArabicNormalizer.Normalize(input);
            Assert.True(output.Length <= 1);
        }
    }
}
