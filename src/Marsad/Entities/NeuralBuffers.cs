namespace Marsad.Entities;

/// <summary>Per-workspace buffers of the <see cref="NeuralScorer"/>: each token's inputs (lexicon entry, sparse feature
/// ids), its class probabilities and the scorer's scratch rows. Grown on demand, reused between sentences.</summary>
internal sealed class NeuralBuffers
{
    /// <summary>Most sparse feature ids one token has (further ones are dropped).</summary>
    public const int MaxSparse = 64;

    public int[] Word = new int[64];
    public int[] Sparse = new int[64 * MaxSparse];
    public int[] SparseCount = new int[64];

    /// <summary><see cref="NerTags.Count"/> probabilities per token.</summary>
    public float[] Probs = new float[64 * NerTags.Count];

    /// <summary>Each token's first-layer contributions, one row of hidden units per window position.</summary>
    public float[] Projected = [];
    public float[] Hidden = [];

    public void Ensure(int tokens)
    {
        if (tokens <= Word.Length)
        {
            return;
        }

        var size = Math.Max(tokens, Word.Length * 2);
        Array.Resize(ref Word, size);
        Array.Resize(ref Sparse, size * MaxSparse);
        Array.Resize(ref SparseCount, size);
        Array.Resize(ref Probs, size * NerTags.Count);
    }

    public void EnsureScratch(int projected, int hidden)
    {
        if (Projected.Length < projected)
        {
            Projected = new float[Math.Max(projected, Projected.Length * 2)];
        }

        if (Hidden.Length < hidden)
        {
            Hidden = new float[hidden];
        }
    }
}
