using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Search;

/// <summary>
/// A text run through the index analyzer ahead of time: its terms (one character buffer) and position increments.
/// Ingest analyses headline and body on the analysis threads, so the single writer thread only inverts the terms.
/// </summary>
internal sealed class AnalyzedText
{
    private readonly char[] chars;
    private readonly int[] ends;
    private readonly int[] increments;

    private AnalyzedText(char[] chars, int[] ends, int[] increments)
    {
        this.chars = chars;
        this.ends = ends;
        this.increments = increments;
    }

    /// <summary>Terms in the text.</summary>
    public int Count => ends.Length;

    public static AnalyzedText Create(Analyzer analyzer, string field, string text)
    {
        var buffer = new List<char>(text.Length);
        var ends = new List<int>();
        var increments = new List<int>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            for (var i = 0; i < term.Length; i++)
            {
                buffer.Add(term.Buffer[i]);
            }

            ends.Add(buffer.Count);
            increments.Add(increment.PositionIncrement);
        }

        stream.End();
        return new AnalyzedText([.. buffer], [.. ends], [.. increments]);
    }

    /// <summary>A token stream that replays the terms (what the index writer inverts).</summary>
    public TokenStream Replay() => new ReplayStream(this);

    private sealed class ReplayStream : TokenStream
    {
        private readonly AnalyzedText text;
        private readonly ICharTermAttribute term;
        private readonly IPositionIncrementAttribute increment;
        private int next;

        public ReplayStream(AnalyzedText text)
        {
            this.text = text;
            term = AddAttribute<ICharTermAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (next >= text.Count)
            {
                return false;
            }

            ClearAttributes();
            var start = next == 0 ? 0 : text.ends[next - 1];
            term.CopyBuffer(text.chars, start, text.ends[next] - start);
            increment.PositionIncrement = text.increments[next];
            next++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
        }
    }
}
