namespace Marsad.Entities;

/// <summary>Per-workspace buffers of the <see cref="NeuralScorer"/>: each token's inputs (lexicon entry, sparse feature
/// ids), its class probabilities and the scorer's scratch rows. Grown on demand, reused between sentences.</summary>
internal sealed class NeuralBuffers
{
    /// <summary>Most sparse feature ids one token has (further ones are dropped).</summary>
    public const int MaxSparse = 96;

    /// <summary>The cap of networks without optional inputs (<see cref="NeuralInputSet.None"/>), as they were trained.</summary>
    public const int BaseMaxSparse = 64;

    public int[] Word = new int[64];
    public int[] Sparse = new int[64 * MaxSparse];
    public int[] SparseCount = new int[64];

    /// <summary>Which tokens the network scores (the others' <see cref="Probs"/> are not filled: see
    /// <see cref="NerModel.NeuralSkipMargin"/>).</summary>
    public bool[] Needed = new bool[64];

    /// <summary><see cref="NerTags.Count"/> probabilities per token.</summary>
    public float[] Probs = new float[64 * NerTags.Count];

    /// <summary>Where each token's projected rows (one row of hidden units per window position) are: an array of the
    /// scorer's <see cref="ProjectedRows"/> and the offset in it; null for a word without a vector.</summary>
    public float[]?[] RowArray = new float[]?[64];
    public int[] RowOffset = new int[64];
    public float[] Hidden = [];

    /// <summary>Projected rows of the sentence's rare words, one block of window positions per token.</summary>
    public float[] Projected = [];

    /// <summary>Tokens a mixed model's network scored and skipped on this workspace so far (for tuning and reports).</summary>
    public long ScoredTokens;
    public long SkippedTokens;

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
        Array.Resize(ref Needed, size);
        Array.Resize(ref Probs, size * NerTags.Count);
        Array.Resize(ref RowArray, size);
        Array.Resize(ref RowOffset, size);
    }

    /// <summary>A recurrent network's hidden units of every token of the sentence, and its layer's states.</summary>
    private float[] recurrentHidden = [];

    public RecurrentTrace Trace { get; } = new();

    public float[] EnsureRecurrent(int length)
    {
        if (recurrentHidden.Length < length)
        {
            recurrentHidden = new float[Math.Max(length, recurrentHidden.Length * 2)];
        }

        return recurrentHidden;
    }

    /// <summary>Character rows of the (at most two: a network and its partner) networks with an encoder that scored on
    /// this workspace.</summary>
    private CharRowCache? charRows;
    private CharRowCache? partnerCharRows;

    /// <summary>The character row cache of <paramref name="scorer"/> (a new one when another network used this
    /// workspace last).</summary>
    public CharRowCache CharRowsFor(NeuralScorer scorer)
    {
        if (charRows?.Owner == scorer)
        {
            return charRows;
        }

        if (partnerCharRows?.Owner != scorer)
        {
            partnerCharRows = charRows;
            charRows = new CharRowCache(scorer);
            return charRows;
        }

        return partnerCharRows;
    }

    /// <summary>The first network's probabilities while an ensemble's partner scores.</summary>
    private float[] ensemble = [];

    public float[] EnsureEnsemble(int length)
    {
        if (ensemble.Length < length)
        {
            ensemble = new float[Math.Max(length, ensemble.Length * 2)];
        }

        return ensemble;
    }

    public void EnsureScratch(int hidden, int projected)
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
