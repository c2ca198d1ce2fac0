namespace Marsad.Entities;

/// <summary>
/// Each lexicon word's vector times the network's dense layer (one row of hidden units per window position), computed
/// the first time a word is tagged and kept for the process: a token then only adds rows. Blocks of words are
/// allocated on first use, so memory grows with the vocabulary actually seen (the scorer asks only for its frequent
/// words: 8,192 × 1.25 kB at most). Thread-safe without locks: a row is computed aside and then copied in, so two threads that race on a word
/// only ever store its final values, and a row is read only after its ready mark is published.
/// </summary>
internal sealed class ProjectedRows
{
    private const int BlockBits = 8;
    private const int BlockSize = 1 << BlockBits;

    private readonly NeuralScorer scorer;
    private readonly int width;
    private readonly float[]?[] blocks;
    private readonly int[] ready;

    public ProjectedRows(NeuralScorer scorer)
    {
        this.scorer = scorer;
        width = scorer.Positions * scorer.Hidden;
        var count = scorer.Vectors.Count;
        blocks = new float[]?[(count + BlockSize - 1) >> BlockBits];
        ready = new int[count];
    }

    /// <summary>The array holding <paramref name="word"/>'s projected rows and where they start in it; null for a word
    /// without a vector (its rows would be zeros).</summary>
    public float[]? RowsOf(int word, out int offset)
    {
        offset = 0;
        if ((uint)word >= (uint)ready.Length)
        {
            return null;
        }

        var block = Volatile.Read(ref blocks[word >> BlockBits]);
        if (block is null)
        {
            Interlocked.CompareExchange(ref blocks[word >> BlockBits], new float[BlockSize * width], null);
            block = Volatile.Read(ref blocks[word >> BlockBits])!;
        }

        offset = (word & (BlockSize - 1)) * width;
        if (Volatile.Read(ref ready[word]) == 0)
        {
            Span<float> row = width <= 2048 ? stackalloc float[width] : new float[width];
            scorer.Project(word, row);
            row.CopyTo(block.AsSpan(offset, width));
            Volatile.Write(ref ready[word], 1);
        }

        return block;
    }
}
