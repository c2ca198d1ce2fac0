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
        // The terms together are about as long as the text (grown if a spelling variant makes them longer).
        var buffer = new char[Math.Max(16, text.Length)];
        var length = 0;
        var ends = new List<int>(Math.Max(4, text.Length / 5));
        var increments = new List<int>(ends.Capacity);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (length + term.Length > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + term.Length));
            }

            term.Buffer.AsSpan(0, term.Length).CopyTo(buffer.AsSpan(length));
            length += term.Length;
            ends.Add(length);
            increments.Add(increment.PositionIncrement);
        }

        stream.End();
        return new AnalyzedText(buffer[..length], [.. ends], [.. increments]);
    }

    /// <summary>A token stream that replays the terms (what the index writer inverts).</summary>
    public TokenStream Replay() => new ReplayStream().Use(this);

    /// <summary>
    /// Replays an <see cref="AnalyzedText"/>'s terms. One stream can replay text after text (<see cref="Use"/>): the
    /// index writer then builds the stream's attributes once, not once per field of every document. Lucene resets the
    /// stream before reading it and clears its attributes at the end, so a reused stream gives the same terms.
    /// </summary>
    internal sealed class ReplayStream : TokenStream
    {
        private readonly ICharTermAttribute term;
        private readonly IPositionIncrementAttribute increment;
        private AnalyzedText? text;
        private int next;

        public ReplayStream()
        {
            term = AddAttribute<ICharTermAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
        }

        /// <summary>Sets the text the next reading replays.</summary>
        public ReplayStream Use(AnalyzedText replayed)
        {
            text = replayed;
            next = 0;
            return this;
        }

        public override bool IncrementToken()
        {
            if (text is null || next >= text.Count)
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
