using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Marsad.Entities;

/// <summary>
/// A small window network that gives each token a probability per BIO tag: one ReLU hidden layer over the frozen word
/// vectors of the ±2 window (<see cref="WordVectors"/>) and learned rows for sparse features (<see cref="NeuralInput"/>),
/// then a softmax over <see cref="NerTags"/>. Its probabilities are features of the perceptron (stacking): the
/// vectors carry what the unlabelled corpus knows about words the labelled data never shows. Immutable once trained.
/// </summary>
public sealed class NeuralScorer
{
    private const int K = NerTags.Count;

    internal NeuralScorer(WordVectors vectors, int hidden, int sparseBits, float[] dense, float[] sparse, float[] hiddenBias, float[] output, float[] outputBias, NeuralInputSet inputs = NeuralInputSet.None, RecurrentLayer? recurrent = null, CharEncoder? chars = null)
    {
        Inputs = inputs;
        Recurrent = recurrent;
        Chars = chars;
        Window = NeuralInput.WindowOf(inputs);
        Vectors = vectors;
        Hidden = hidden;
        SparseBits = sparseBits;
        Dense = dense;
        Sparse = sparse;
        HiddenBias = hiddenBias;
        Output = output;
        OutputBias = outputBias;
        projected = new Lazy<ProjectedRows>(() => new ProjectedRows(this), LazyThreadSafetyMode.ExecutionAndPublication);
        quantised = new Lazy<QuantisedRows>(() => QuantisedRows.Of(Sparse), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The sparse rows as tagging reads them: 16-bit integers (half the memory of floats, so fewer cache misses
    /// on the random rows a token gathers), quantised on first use — after training, which changes the float rows.</summary>
    private readonly Lazy<QuantisedRows> quantised;

    /// <summary>Lexicon entries (ranked by corpus frequency) whose projected rows are kept once computed: most tokens of
    /// news text are among them, so tagging multiplies few vectors.</summary>
    private const int FrequentWords = 8192;

    /// <summary>The frequent words' projected rows, each computed the first time the word is tagged.</summary>
    private readonly Lazy<ProjectedRows> projected;

    public WordVectors Vectors { get; }

    public int Hidden { get; }

    public int SparseBits { get; }

    /// <summary>The optional inputs the network was trained with (and reads when tagging).</summary>
    public NeuralInputSet Inputs { get; }

    /// <summary>A bidirectional recurrent layer over the sentence's hidden units, or null: the output layer then reads
    /// each token's hidden units and its recurrent states, so it sees the whole sentence, not only the window.</summary>
    public RecurrentLayer? Recurrent { get; }

    /// <summary>A character encoder whose projected rows join each window position's word-vector rows, or null.</summary>
    public CharEncoder? Chars { get; }

    /// <summary>Width of the output layer's input: the hidden units, then the recurrent states if any.</summary>
    internal int OutputWidth => Hidden + (Recurrent?.OutputWidth ?? 0);

    /// <summary>Tokens on each side whose vectors the network reads.</summary>
    internal int Window { get; }

    internal int Positions => (2 * Window) + 1;

    /// <summary>A second network of the same shape and inputs trained with another seed, or null: the scorer's
    /// probabilities are then the mean of the two (an ensemble, steadier on words neither saw in training).</summary>
    public NeuralScorer? Partner { get; private init; }

    /// <summary>This network with <paramref name="partner"/> averaged in (same vectors, shape and inputs).</summary>
    internal NeuralScorer WithPartner(NeuralScorer? partner)
    {
        if (partner is not null && (partner.Partner is not null || partner.Hidden != Hidden || partner.SparseBits != SparseBits || partner.Inputs != Inputs || partner.Recurrent?.Units != Recurrent?.Units || partner.Chars?.Filters != Chars?.Filters || !ReferenceEquals(partner.Vectors, Vectors)))
        {
            throw new ArgumentException("a partner network must share the vectors, shape and inputs", nameof(partner));
        }

        return new NeuralScorer(Vectors, Hidden, SparseBits, Dense, Sparse, HiddenBias, Output, OutputBias, Inputs, Recurrent, Chars) { Partner = partner };
    }

    /// <summary>The most sparse weights (2^bits rows × hidden units) a model file may hold: larger tables are not read
    /// back, so training must not make them.</summary>
    public const long MaxSparseWeights = 1L << 24;

    /// <summary>First layer for the word vectors: row d holds, position by position, the hidden units' weights of
    /// vector dimension d (so one token's vector is multiplied once for all the positions it fills).</summary>
    internal float[] Dense { get; }

    /// <summary>A row of hidden units per hashed sparse feature.</summary>
    internal float[] Sparse { get; }

    internal float[] HiddenBias { get; }

    /// <summary>Output layer, one row of <see cref="Hidden"/> weights per tag.</summary>
    internal float[] Output { get; }

    internal float[] OutputBias { get; }

    internal static NeuralScorer Create(WordVectors vectors, int hidden, int sparseBits, NeuralInputSet inputs, Random random, int recurrentUnits = 0, int charFilters = 0)
    {
        var d = vectors.Dimensions;
        var positions = NeuralInput.PositionsOf(inputs);
        var dense = new float[d * positions * hidden];
        var limit = (float)Math.Sqrt(6.0 / ((d * positions) + hidden));
        for (var i = 0; i < dense.Length; i++)
        {
            dense[i] = (float)((random.NextDouble() * 2) - 1) * limit;
        }

        var width = hidden + (2 * recurrentUnits);
        var output = new float[K * width];
        var outLimit = (float)Math.Sqrt(6.0 / (width + K));
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)((random.NextDouble() * 2) - 1) * outLimit;
        }

        var bias = new float[hidden];
        Array.Fill(bias, 0.01f);
        var recurrent = recurrentUnits > 0 ? RecurrentLayer.Create(hidden, recurrentUnits, random) : null;
        // Drawn last, so that a network without the encoder starts from the same weights as before it existed.
        var chars = charFilters > 0 ? CharEncoder.Create(charFilters, positions * hidden, random) : null;
        return new NeuralScorer(vectors, hidden, sparseBits, dense, new float[(1 << sparseBits) * hidden], bias, output, new float[K], inputs, recurrent, chars);
    }

    /// <summary>Scores the sentence in <paramref name="ws"/> (prepared by the extractor) into its
    /// <see cref="NeuralBuffers.Probs"/>.</summary>
    public void Score(NerWorkspace ws)
    {
        ArgumentNullException.ThrowIfNull(ws);
        ws.Neural.Ensure(ws.Length);
        ws.Neural.Needed.AsSpan(0, ws.Length).Fill(true);
        ScoreNeeded(ws);
    }

    /// <summary>Scores the tokens marked in <see cref="NeuralBuffers.Needed"/> (the others' probabilities are left as
    /// they were): each token's probabilities depend on its window alone, so they are those of <see cref="Score(NerWorkspace)"/>.</summary>
    internal void ScoreNeeded(NerWorkspace ws)
    {
        // A recurrent layer reads every token's hidden units, so every token's inputs are needed.
        NeuralInput.Fill(ws, SparseBits, Inputs, onlyNeeded: Recurrent is null);
        ScoreWindows(ws, ws.Length);
    }

    /// <summary>Scores the needed tokens from the inputs already filled in <paramref name="ws"/>'s neural buffers.</summary>
    private void ScoreWindows(NerWorkspace ws, int n)
    {
        var nb = ws.Neural;
        var row = Positions * Hidden;
        nb.EnsureScratch(OutputWidth, n * row);
        var rows = projected.Value;
        var every = Recurrent is not null;
        var charRows = Chars is null ? null : nb.CharRowsFor(this);
        nb.RowOffset.AsSpan(0, n).Fill(-1);
        for (var i = 0; i < n; i++)
        {
            if (!every && !nb.Needed[i])
            {
                continue;
            }

            // Only the window of a scored token needs projected rows (a rare word skipped is never multiplied).
            for (var j = Math.Max(0, i - Window); j <= Math.Min(n - 1, i + Window); j++)
            {
                if (nb.RowOffset[j] >= 0)
                {
                    continue;
                }

                var word = nb.Word[j];
                if (charRows is not null)
                {
                    // The word's rows (cached per word type) plus its letters' rows (cached per spelling).
                    var target = nb.Projected.AsSpan(j * row, row);
                    if (word >= 0 && word < FrequentWords && rows.RowsOf(word, out var offset) is { } frequent)
                    {
                        frequent.AsSpan(offset, row).CopyTo(target);
                    }
                    else
                    {
                        Project(word, target);
                    }

                    NeuralMath.Axpy(1, charRows.RowsOf(ws.Norm(j), ws.Proclitic[j]), target);
                    nb.RowArray[j] = nb.Projected;
                    nb.RowOffset[j] = j * row;
                }
                else if (word < FrequentWords)
                {
                    nb.RowArray[j] = rows.RowsOf(word, out nb.RowOffset[j]);
                }
                else
                {
                    // A rare word is projected where it stands: kept, the rows of the whole lexicon would fill memory
                    // that the processor cache cannot hold (measured slower on the pipeline).
                    Project(word, nb.Projected.AsSpan(j * row, row));
                    nb.RowArray[j] = nb.Projected;
                    nb.RowOffset[j] = j * row;
                }
            }
        }

        var sparse = quantised.Value;
        if (Recurrent is { } recurrent)
        {
            var hidden = nb.EnsureRecurrent(n * Hidden);
            for (var i = 0; i < n; i++)
            {
                HiddenOf(nb, sparse, i, n, hidden.AsSpan(i * Hidden, Hidden));
            }

            OutputOfSentence(recurrent, hidden, n, nb.Trace, nb.Hidden.AsSpan(0, OutputWidth), nb.Probs, nb.Needed);
        }
        else
        {
            var h = nb.Hidden.AsSpan(0, Hidden);
            for (var i = 0; i < n; i++)
            {
                if (nb.Needed[i])
                {
                    HiddenOf(nb, sparse, i, n, h);
                    OutputOf(h, nb.Probs.AsSpan(i * K, K));
                }
            }
        }

        if (Partner is { } partner)
        {
            // The partner reads the same inputs: its rows are gathered again (its projected rows are its own).
            var own = nb.EnsureEnsemble(n * K);
            nb.Probs.AsSpan(0, n * K).CopyTo(own);
            partner.ScoreWindows(ws, n);
            for (var i = 0; i < n; i++)
            {
                if (nb.Needed[i])
                {
                    for (var t = (i * K); t < (i + 1) * K; t++)
                    {
                        nb.Probs[t] = 0.5f * (nb.Probs[t] + own[t]);
                    }
                }
            }
        }
    }

    /// <summary>Scores a training sentence into <paramref name="probs"/> (<see cref="NerTags.Count"/> per token).</summary>
    internal void Score(NeuralSentence sentence, Span<float> probs)
    {
        var n = sentence.Length;
        var row = Positions * Hidden;
        var projected = new float[n * row];
        for (var j = 0; j < n; j++)
        {
            Project(sentence.Words[j], projected.AsSpan(j * row, row));
            Chars?.AddRows(sentence.SymbolsOf(j), projected.AsSpan(j * row, row));
        }

        var all = new float[n * Hidden];
        for (var i = 0; i < n; i++)
        {
            var h = all.AsSpan(i * Hidden, Hidden);
            var hv = MemoryMarshal.Cast<float, Vector<float>>(h);
            HiddenBias.CopyTo(h);
            for (var o = -Window; o <= Window; o++)
            {
                var j = i + o;
                if (j >= 0 && j < n)
                {
                    var p = MemoryMarshal.Cast<float, Vector<float>>(projected.AsSpan((j * row) + ((o + Window) * Hidden), Hidden));
                    for (var q = 0; q < hv.Length; q++)
                    {
                        hv[q] += p[q];
                    }
                }
            }

            for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
            {
                var s = MemoryMarshal.Cast<float, Vector<float>>(Sparse.AsSpan(sentence.Sparse[f] * Hidden, Hidden));
                for (var q = 0; q < hv.Length; q++)
                {
                    hv[q] += s[q];
                }
            }

            for (var q = 0; q < hv.Length; q++)
            {
                hv[q] = Vector.Max(hv[q], Vector<float>.Zero);
            }

            if (Recurrent is null)
            {
                OutputOf(h, probs.Slice(i * K, K));
            }
        }

        if (Recurrent is { } recurrent)
        {
            var needed = new bool[n];
            Array.Fill(needed, true);
            OutputOfSentence(recurrent, all, n, new RecurrentTrace(), new float[OutputWidth], probs, needed);
        }

        if (Partner is { } partner)
        {
            var other = new float[n * K];
            partner.Score(sentence, other);
            for (var t = 0; t < n * K; t++)
            {
                probs[t] = 0.5f * (probs[t] + other[t]);
            }
        }
    }

    /// <summary>The word vector of <paramref name="word"/> times the dense layer, for every window position (zeros for
    /// a word without a vector).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Project(int word, Span<float> target)
    {
        target.Clear();
        if (word < 0 || word >= Vectors.Count)
        {
            return;
        }

        var v = Vectors.Of(word);
        var width = target.Length;
        var t = MemoryMarshal.Cast<float, Vector<float>>(target);
        for (var d = 0; d < v.Length; d++)
        {
            var x = v[d];
            if (x == 0)
            {
                continue;
            }

            var w = MemoryMarshal.Cast<float, Vector<float>>(Dense.AsSpan(d * width, width));
            var scale = new Vector<float>(x);
            for (var q = 0; q < t.Length; q++)
            {
                t[q] += w[q] * scale;
            }
        }
    }

    /// <summary>Hidden units of token <paramref name="i"/> from the projected rows of its window and its sparse rows, 16
    /// units at a time: the sparse rows are summed as integers (exact in any order) and scaled once, then added to the
    /// bias and the window's float rows. A word without a vector adds nothing (its rows are zeros). The training path
    /// (<see cref="Score(NeuralSentence, Span{float})"/>) reads the float rows, so its sums differ only by the
    /// quantisation (within 2^-16 of the largest weight per row).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void HiddenOf(NeuralBuffers nb, QuantisedRows sparse, int i, int n, Span<float> h)
    {
        ref var bias = ref MemoryMarshal.GetArrayDataReference(HiddenBias);
        ref var rows16 = ref MemoryMarshal.GetArrayDataReference(sparse.Rows);
        ref var target = ref MemoryMarshal.GetReference(h);
        var scale = Vector256.Create(sparse.Scale);
        var ids = nb.Sparse.AsSpan(i * NeuralBuffers.MaxSparse, nb.SparseCount[i]);
        var hidden = Hidden;
        var from = Math.Max(0, i - Window);
        var to = Math.Min(n - 1, i + Window);
        for (var q = 0; q < hidden; q += 16)
        {
            var low = Vector256<int>.Zero;
            var high = Vector256<int>.Zero;
            foreach (var f in ids)
            {
                var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref rows16, (nuint)((f * hidden) + q)));
                low += a;
                high += b;
            }

            var accLow = Vector256.LoadUnsafe(ref bias, (nuint)q) + (Vector256.ConvertToSingle(low) * scale);
            var accHigh = Vector256.LoadUnsafe(ref bias, (nuint)(q + 8)) + (Vector256.ConvertToSingle(high) * scale);
            for (var j = from; j <= to; j++)
            {
                if (nb.RowArray[j] is { } rows)
                {
                    var at = (nuint)(nb.RowOffset[j] + ((j - i + Window) * hidden) + q);
                    ref var start = ref MemoryMarshal.GetArrayDataReference(rows);
                    accLow += Vector256.LoadUnsafe(ref start, at);
                    accHigh += Vector256.LoadUnsafe(ref start, at + 8);
                }
            }

            Vector256.Max(accLow, Vector256<float>.Zero).StoreUnsafe(ref target, (nuint)q);
            Vector256.Max(accHigh, Vector256<float>.Zero).StoreUnsafe(ref target, (nuint)(q + 8));
        }
    }

    /// <summary>Runs the recurrent layer over the sentence's hidden units and scores each needed token from its hidden
    /// units and states (<paramref name="joined"/> is scratch of <see cref="OutputWidth"/>).</summary>
    private void OutputOfSentence(RecurrentLayer recurrent, float[] hidden, int n, RecurrentTrace trace, Span<float> joined, Span<float> probs, bool[] needed)
    {
        // Only the needed tokens' states are read: the forward direction can stop at the last, the backward at the first.
        var first = Array.IndexOf(needed, true, 0, n);
        if (first < 0)
        {
            return;
        }

        recurrent.Forward(hidden.AsSpan(0, n * Hidden), n, trace, first, Array.LastIndexOf(needed, true, n - 1, n));
        for (var i = 0; i < n; i++)
        {
            if (needed[i])
            {
                JoinStates(hidden.AsSpan(i * Hidden, Hidden), trace, i, joined);
                OutputOf(joined, probs.Slice(i * K, K));
            }
        }
    }

    /// <summary>Token <paramref name="i"/>'s input of the output layer: its hidden units, then its recurrent states.</summary>
    internal void JoinStates(ReadOnlySpan<float> hidden, RecurrentTrace trace, int i, Span<float> joined)
    {
        var states = Recurrent!.OutputWidth;
        hidden.CopyTo(joined);
        trace.States.AsSpan(i * states, states).CopyTo(joined[Hidden..]);
    }

    /// <summary>Softmax of the output layer over hidden units <paramref name="h"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void OutputOf(ReadOnlySpan<float> h, Span<float> probs)
    {
        var hv = MemoryMarshal.Cast<float, Vector<float>>(h);
        var max = float.NegativeInfinity;
        for (var t = 0; t < K; t++)
        {
            var w = MemoryMarshal.Cast<float, Vector<float>>(Output.AsSpan(t * OutputWidth, OutputWidth));
            var acc = Vector<float>.Zero;
            for (var q = 0; q < hv.Length; q++)
            {
                acc += hv[q] * w[q];
            }

            probs[t] = Vector.Sum(acc) + OutputBias[t];
            max = Math.Max(max, probs[t]);
        }

        var sum = 0f;
        for (var t = 0; t < K; t++)
        {
            probs[t] = MathF.Exp(probs[t] - max);
            sum += probs[t];
        }

        for (var t = 0; t < K; t++)
        {
            probs[t] /= sum;
        }
    }

    /// <summary>Writes the network (not the vectors: <see cref="NerModel"/> writes those once); <paramref name="withRecurrent"/>:
    /// in the format that holds a recurrent layer (its units, 0 for none, before the weights, the layer after them);
    /// <paramref name="withChars"/>: in the format that may hold a character encoder (a presence flag, then the encoder,
    /// last).</summary>
    internal void Write(BinaryWriter w, bool withRecurrent = false, bool withChars = false)
    {
        w.Write(Hidden);
        w.Write(SparseBits);
        if (withRecurrent)
        {
            w.Write(Recurrent?.Units ?? 0);
        }

        WriteFloats(w, Dense);
        WriteFloats(w, HiddenBias);
        WriteFloats(w, Output);
        WriteFloats(w, OutputBias);

        // Sparse rows never touched in training stay zero: only the others are written, as half floats.
        var rows = 1 << SparseBits;
        var used = 0;
        for (var r = 0; r < rows; r++)
        {
            used += IsZero(r) ? 0 : 1;
        }

        w.Write(used);
        var last = -1;
        for (var r = 0; r < rows; r++)
        {
            if (IsZero(r))
            {
                continue;
            }

            w.Write7BitEncodedInt(r - last);
            last = r;
            foreach (var x in Sparse.AsSpan(r * Hidden, Hidden))
            {
                w.Write((Half)x);
            }
        }

        if (withRecurrent)
        {
            Recurrent?.Write(w);
        }

        if (withChars)
        {
            w.Write(Chars is not null);
            Chars?.Write(w);
        }
    }

    internal static NeuralScorer Read(BinaryReader r, WordVectors vectors, NeuralInputSet inputs, bool withRecurrent = false, bool withChars = false)
    {
        var hidden = r.ReadInt32();
        var bits = r.ReadInt32();
        var units = withRecurrent ? r.ReadInt32() : 0;
        // The table size is checked before anything is allocated: a tampered header must not ask for gigabytes.
        if (hidden is <= 0 or > 1024 || hidden % 16 != 0 || bits is < 8 or > 22 || ((1L << bits) * hidden) > MaxSparseWeights || units is < 0 or > 512 || units % 16 != 0)
        {
            throw new InvalidDataException("neural scorer is corrupt");
        }

        var dense = ReadFloats(r, vectors.Dimensions * NeuralInput.PositionsOf(inputs) * hidden);
        var hiddenBias = ReadFloats(r, hidden);
        var output = ReadFloats(r, K * (hidden + (2 * units)));
        var outputBias = ReadFloats(r, K);
        var sparse = new float[(1 << bits) * hidden];
        var used = r.ReadInt32();
        if (used < 0 || used > 1 << bits)
        {
            throw new InvalidDataException("neural scorer is corrupt");
        }

        var row = -1;
        for (var u = 0; u < used; u++)
        {
            row += r.Read7BitEncodedInt();
            if (row < 0 || row >= 1 << bits)
            {
                throw new InvalidDataException("neural scorer is corrupt");
            }

            for (var q = 0; q < hidden; q++)
            {
                sparse[(row * hidden) + q] = (float)r.ReadHalf();
            }
        }

        var recurrent = units > 0 ? RecurrentLayer.Read(r, hidden) : null;
        if (recurrent is not null && recurrent.Units != units)
        {
            throw new InvalidDataException("neural scorer is corrupt");
        }

        var chars = withChars && r.ReadBoolean() ? CharEncoder.Read(r, NeuralInput.PositionsOf(inputs) * hidden) : null;
        return new NeuralScorer(vectors, hidden, bits, dense, sparse, hiddenBias, output, outputBias, inputs, recurrent, chars);
    }

    private bool IsZero(int row)
    {
        foreach (var x in Sparse.AsSpan(row * Hidden, Hidden))
        {
            if (x != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteFloats(BinaryWriter w, float[] values)
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[] ReadFloats(BinaryReader r, int expected)
    {
        if (r.ReadInt32() != expected)
        {
            throw new InvalidDataException("neural scorer is corrupt");
        }

        var bytes = r.ReadBytes(expected * sizeof(float));
        if (bytes.Length != expected * sizeof(float))
        {
            throw new EndOfStreamException();
        }

        return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }
}
