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
    private readonly int[]? increments;

    /// <param name="chars">The terms, one after another.</param>
    /// <param name="ends">Where each term ends in <paramref name="chars"/>.</param>
    /// <param name="increments">Position increments; null when every one is 1 (nearly always: no stop words are removed).</param>
    private AnalyzedText(char[] chars, int[] ends, int[]? increments)
    {
        this.chars = chars;
        this.ends = ends;
        this.increments = increments;
    }

    /// <summary>Terms in the text.</summary>
    public int Count => ends.Length;

    public static AnalyzedText Create(Analyzer analyzer, string field, string text)
    {
        // Terms are gathered in the thread's scratch buffers and copied out at their exact size: per article the
        // scratch was about as large as the result (a buffer as long as the text, two lists of a fifth of it).
        var scratch = Scratch.ForThread();
        var buffer = scratch.Chars;
        var length = 0;
        var count = 0;
        var allOnes = true;
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (length + term.Length > buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + term.Length));
                    scratch.Chars = buffer;
                }

                if (count == scratch.Ends.Length)
                {
                    Array.Resize(ref scratch.Ends, count * 2);
                    Array.Resize(ref scratch.Increments, count * 2);
                }

                term.Buffer.AsSpan(0, term.Length).CopyTo(buffer.AsSpan(length));
                length += term.Length;
                scratch.Ends[count] = length;
                scratch.Increments[count] = increment.PositionIncrement;
                allOnes &= increment.PositionIncrement == 1;
                count++;
            }

            stream.End();
        }

        return new AnalyzedText(buffer[..length], scratch.Ends[..count], allOnes ? null : scratch.Increments[..count]);
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
            increment.PositionIncrement = text.increments is { } increments ? increments[next] : 1;
            next++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
        }
    }

    /// <summary>Per-thread buffers of <see cref="Create"/>, grown to the longest text seen.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        public char[] Chars = new char[4096];

        public int[] Ends = new int[1024];

        public int[] Increments = new int[1024];

        public static Scratch ForThread() => current ??= new Scratch();
    }
}
