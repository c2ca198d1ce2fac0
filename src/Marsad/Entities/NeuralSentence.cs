namespace Marsad.Entities;

/// <summary>A training sentence as the <see cref="NeuralScorer"/> reads it: each token's lexicon entry, its sparse
/// feature ids (token i's are <c>Sparse[Offsets[i]..Offsets[i + 1]]</c>), its gold tag and the letter symbols a
/// <see cref="CharEncoder"/> reads (token i's are <c>Symbols[SymbolOffsets[i]..SymbolOffsets[i + 1]]</c>).</summary>
internal sealed record NeuralSentence(int[] Words, int[] Sparse, int[] Offsets, int[] Tags, int[] Symbols, int[] SymbolOffsets)
{
    public int Length => Words.Length;

    /// <summary>Token <paramref name="i"/>'s letter symbols.</summary>
    public ReadOnlySpan<int> SymbolsOf(int i) => Symbols.AsSpan(SymbolOffsets[i], SymbolOffsets[i + 1] - SymbolOffsets[i]);

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

        var symbolOffsets = new int[n + 1];
        var symbols = new List<int>(n * 8);
        Span<int> word = stackalloc int[CharEncoder.MaxSymbols];
        for (var i = 0; i < n; i++)
        {
            var count = CharEncoder.SymbolsOf(ws.Norm(i), ws.Proclitic[i], word);
            symbols.AddRange(word[..count]);
            symbolOffsets[i + 1] = symbols.Count;
        }

        return new NeuralSentence(nb.Word.AsSpan(0, n).ToArray(), sparse, offsets, tags, [.. symbols], symbolOffsets);
    }
}
