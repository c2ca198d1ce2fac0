namespace Marsad.Entities;

/// <summary>A training sentence as the <see cref="NeuralScorer"/> reads it: each token's lexicon entry, its sparse
/// feature ids (token i's are <c>Sparse[Offsets[i]..Offsets[i + 1]]</c>) and its gold tag.</summary>
internal sealed record NeuralSentence(int[] Words, int[] Sparse, int[] Offsets, int[] Tags)
{
    public int Length => Words.Length;

    /// <summary>Copies the inputs that <see cref="NeuralInput.Fill(NerWorkspace, int, NeuralInputSet)"/> left in <paramref name="ws"/>.</summary>
    public static NeuralSentence From(NerWorkspace ws, int[] tags)
    {
        var n = ws.Length;
        var nb = ws.Neural;
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] = offsets[i] + nb.SparseCount[i];
        }

        var sparse = new int[offsets[n]];
        for (var i = 0; i < n; i++)
        {
            nb.Sparse.AsSpan(i * NeuralBuffers.MaxSparse, nb.SparseCount[i]).CopyTo(sparse.AsSpan(offsets[i]));
        }

        return new NeuralSentence(nb.Word.AsSpan(0, n).ToArray(), sparse, offsets, tags);
    }
}
