using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>The span APIs promise no allocation per token; these tests hold them to it after a warm-up call.</summary>
public sealed class AllocationTests
{
    private const string Text = "قال الوزيرُ، في 2021.06.28: «والتحالف مستمرّ بنسبة 3.5%» #سياسة https://example.org الـ83 بريطانيا.\nوسيعقد اجتماعا.";

    [Fact]
    public void Enumerating_tokens_allocates_nothing()
    {
        var count = CountTokens();
        var before = GC.GetAllocatedBytesForCurrentThread();
        count += CountTokens();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(count > 0);
    }

    [Fact]
    public void Normalising_into_a_buffer_allocates_nothing()
    {
        var buffer = new char[Text.Length];
        ArabicNormalizer.Normalize(Text, buffer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var length = ArabicNormalizer.Normalize(Text, buffer);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(length > 0);
    }

    [Fact]
    public void Analysing_clitics_allocates_nothing()
    {
        string[] words = ["والتحالف", "لبريطانيا", "كتابه", "منها", "وسيعقد", "بريطانيا"];
        var analyzer = CliticAnalyzer.Default;
        foreach (var w in words)
        {
            analyzer.Analyze(w);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        foreach (var w in words)
        {
            total += analyzer.Analyze(w).StemLength;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }

    [Fact]
    public void Splitting_sentences_with_a_callback_allocates_nothing()
    {
        var count = 0;
        Action<int, int> onSentence = (_, _) => count++;
        SentenceSplitter.Default.Split(Text, onSentence);
        var before = GC.GetAllocatedBytesForCurrentThread();
        SentenceSplitter.Default.Split(Text, onSentence);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(4, count);
    }

    private static int CountTokens()
    {
        var count = 0;
        foreach (var token in ArabicTokenizer.Enumerate(Text))
        {
            count += token.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
