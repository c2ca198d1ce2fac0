using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Text;
using Marsad.Text.Lucene;

namespace Marsad.Bench.Text;

/// <summary>
/// The text layer over one synthetic text of 2,000 words (~2,300 tokens). The span APIs (normalise into a buffer,
/// enumerate tokens, analyse clitics, split sentences with a callback) should show 0 B allocated per operation.
/// Divide the mean by the token/word count printed in the GlobalSetup log for per-token cost.
/// </summary>
[MemoryDiagnoser]
public class TextLayerBenchmarks
{
    private string text = string.Empty;
    private char[] buffer = [];
    private string[] words = [];
    private int sentenceCount;
    private Action<int, int> onSentence = (_, _) => { };
    private MarsadArabicAnalyzer analyzer = new();

    [GlobalSetup]
    public void Setup()
    {
        text = SyntheticArabicText.Create();
        buffer = new char[text.Length];
        words = ArabicTokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.ArabicWord).Select(t => t.Of(text).ToString()).ToArray();
        onSentence = (_, _) => sentenceCount++;
        _ = CliticAnalyzer.Default.Analyze("والتحالف");
        _ = SentenceSplitter.Default.Split("نص.");
        analyzer = new MarsadArabicAnalyzer();
        Console.WriteLine($"// text: {text.Length} chars, {ArabicTokenizer.Tokenize(text).Length} tokens, {words.Length} Arabic words, {SentenceSplitter.Default.Split(text).Length} sentences");
    }

    [Benchmark(Description = "Normalize span→buffer, table (after)")]
    public int NormalizeIntoBuffer() => ArabicNormalizer.Normalize(text, buffer);

    /// <summary>The same fold without the lookup table: the implementation before the table was added.</summary>
    [Benchmark(Baseline = true, Description = "Normalize span→buffer, range tests (before)")]
    public int NormalizeIntoBufferWithoutTable()
    {
        var written = 0;
        foreach (var c in text)
        {
            if (ArabicNormalizer.FoldSlow(c, NormalizationMode.Standard, out var folded))
            {
                buffer[written++] = folded;
            }
        }

        return written;
    }

    [Benchmark(Description = "NormalizedText.Create (string + offset map)")]
    public int NormalizedTextWithMap() => NormalizedText.Create(text).Length;

    [Benchmark(Description = "Tokens via ref-struct enumerator")]
    public int EnumerateTokens()
    {
        var count = 0;
        foreach (var token in ArabicTokenizer.Enumerate(text))
        {
            count += token.Length;
        }

        return count;
    }

    [Benchmark(Description = "Tokenize → ImmutableArray")]
    public int TokenizeToArray() => ArabicTokenizer.Tokenize(text).Length;

    [Benchmark(Description = "Clitic analysis of every Arabic word")]
    public int AnalyzeClitics()
    {
        var analyzer = CliticAnalyzer.Default;
        var total = 0;
        foreach (var word in words)
        {
            total += analyzer.Analyze(word).StemLength;
        }

        return total;
    }

    [Benchmark(Description = "Sentences via callback")]
    public int SplitSentencesCallback()
    {
        sentenceCount = 0;
        SentenceSplitter.Default.Split(text, onSentence);
        return sentenceCount;
    }

    [Benchmark(Description = "Sentences → ImmutableArray")]
    public int SplitSentencesToArray() => SentenceSplitter.Default.Split(text).Length;

    [Benchmark(Description = "Lucene MarsadArabicAnalyzer, whole text")]
    public int LuceneAnalyzer()
    {
        using var stream = analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var total = 0;
        while (stream.IncrementToken())
        {
            total += term.Length;
        }

        stream.End();
        return total;
    }
}
