using System.Numerics;
using System.Runtime.InteropServices;

namespace Marsad.Entities;

/// <summary>
/// Trains a <see cref="NeuralScorer"/> by stochastic gradient descent on the softmax loss, a sentence per step, one
/// thread and a seeded generator (initial weights, sentence order, word dropout): deterministic given the seed.
/// </summary>
internal static class NeuralTrainer
{
    private const int K = NerTags.Count;

    public static NeuralScorer Train(IReadOnlyList<NeuralSentence> sentences, NeuralOptions options, Action<string>? progress = null)
    {
        var vectors = options.Vectors ?? throw new ArgumentException("the neural scorer needs word vectors", nameof(options));
        var random = new Random(options.Seed);
        var net = NeuralScorer.Create(vectors, options.Hidden, options.SparseBits, options.Inputs, random, options.Recurrent, options.CharFilters);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var h = options.Hidden;
        var row = net.Positions * h;
        var d = vectors.Dimensions;
        var maxLength = sentences.Count == 0 ? 1 : sentences.Max(s => s.Length);
        var projected = new float[maxLength * row];
        var gradProjected = new float[maxLength * row];
        var hidden = new float[maxLength * h];
        var gradHidden = new float[h];
        var probs = new float[K];
        var dropped = new bool[maxLength];
        var total = (long)options.Epochs * sentences.Count;
        var done = 0L;
        var recurrent = net.Recurrent;
        var width = net.OutputWidth;
        var joined = new float[width];
        var gradJoined = new float[width];
        var trace = new RecurrentTrace();
        float[] gradStates = recurrent is null ? [] : new float[maxLength * recurrent.OutputWidth];
        float[] gradHiddenAll = recurrent is null ? [] : new float[maxLength * h];
        float[] gradRecurrent = recurrent is null ? [] : new float[recurrent.Weights.Length];
        var recurrentDropout = recurrent is null ? 0 : options.RecurrentDropout;
        float[] dropMask = recurrentDropout > 0 ? new float[maxLength * h] : [];
        float[] droppedHidden = recurrentDropout > 0 ? new float[maxLength * h] : [];
        float[] gradDropped = recurrentDropout > 0 ? new float[maxLength * h] : [];
        var chars = net.Chars;
        var charWidth = chars?.OutputWidth ?? 0;
        var pooled = new float[maxLength * charWidth];
        var best = new int[maxLength * charWidth];
        var gradPooled = new float[charWidth];
        var charDropout = chars is null ? 0 : options.CharDropout;
        var charKeep = (float)(1 / (1 - charDropout));
        var charMask = new float[maxLength * charWidth];
        var masked = new float[charWidth];
        float[] gradChars = chars is null ? [] : new float[chars.Weights.Length];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0.0;
            var tokens = 0;
            foreach (var s in order)
            {
                var sentence = sentences[s];
                var n = sentence.Length;
                var lr = options.LearningRate * (float)Math.Max(0.1, 1 - ((double)done++ / total));
                for (var j = 0; j < n; j++)
                {
                    dropped[j] = random.NextDouble() < options.WordDropout;
                    net.Project(dropped[j] ? -1 : sentence.Words[j], projected.AsSpan(j * row, row));
                    if (chars is not null)
                    {
                        // Word dropout keeps the letters: a token without its vector is what an unseen word looks
                        // like, and the letters are then its evidence.
                        var p = pooled.AsSpan(j * charWidth, charWidth);
                        chars.Encode(sentence.SymbolsOf(j), p, best.AsSpan(j * charWidth, charWidth));
                        // Dropout of the letters' vector (scaled to keep its expectation): without it the network
                        // leans on spellings it learned by heart, as measured on the dev slice.
                        var mask = charMask.AsSpan(j * charWidth, charWidth);
                        for (var q = 0; q < charWidth; q++)
                        {
                            mask[q] = charDropout > 0 ? (random.NextDouble() < charDropout ? 0f : charKeep) : 1f;
                            masked[q] = p[q] * mask[q];
                        }

                        chars.AddProjected(masked, projected.AsSpan(j * row, row));
                    }
                }

                gradProjected.AsSpan(0, n * row).Clear();
                if (recurrent is not null)
                {
                    // Every token's hidden units first: the recurrent layer reads the whole sentence.
                    for (var i = 0; i < n; i++)
                    {
                        Forward(net, sentence, i, dropped[i], projected, row, hidden.AsSpan(i * h, h));
                    }

                    // Dropout of the recurrent layer's inputs (scaled to keep their expectation): the layer must not
                    // lean on a few units that the output layer also reads directly.
                    var recurrentInput = hidden;
                    if (recurrentDropout > 0)
                    {
                        var keep = (float)(1 / (1 - recurrentDropout));
                        for (var q = 0; q < n * h; q++)
                        {
                            dropMask[q] = random.NextDouble() < recurrentDropout ? 0f : keep;
                            droppedHidden[q] = hidden[q] * dropMask[q];
                        }

                        recurrentInput = droppedHidden;
                    }

                    recurrent.Forward(recurrentInput.AsSpan(0, n * h), n, trace);
                    var states = recurrent.OutputWidth;
                    for (var i = 0; i < n; i++)
                    {
                        net.JoinStates(hidden.AsSpan(i * h, h), trace, i, joined);
                        loss += OutputStep(net, joined, sentence.Tags[i], probs, gradJoined, lr);
                        tokens++;
                        gradJoined.AsSpan(0, h).CopyTo(gradHiddenAll.AsSpan(i * h, h));
                        gradJoined.AsSpan(h, states).CopyTo(gradStates.AsSpan(i * states, states));
                    }

                    gradRecurrent.AsSpan().Clear();
                    if (recurrentDropout > 0)
                    {
                        gradDropped.AsSpan(0, n * h).Clear();
                        recurrent.Backward(recurrentInput.AsSpan(0, n * h), n, trace, gradStates.AsSpan(0, n * states), gradDropped.AsSpan(0, n * h), gradRecurrent);
                        for (var q = 0; q < n * h; q++)
                        {
                            gradHiddenAll[q] += gradDropped[q] * dropMask[q];
                        }
                    }
                    else
                    {
                        recurrent.Backward(recurrentInput.AsSpan(0, n * h), n, trace, gradStates.AsSpan(0, n * states), gradHiddenAll.AsSpan(0, n * h), gradRecurrent);
                    }

                    ApplyClipped(gradRecurrent, recurrent.Weights, lr);
                    for (var i = 0; i < n; i++)
                    {
                        var gradOwn = gradHiddenAll.AsSpan(i * h, h);
                        var hi = hidden.AsSpan(i * h, h);
                        for (var q = 0; q < h; q++)
                        {
                            if (hi[q] <= 0)
                            {
                                gradOwn[q] = 0;
                            }
                        }

                        UpdateWindow(net, sentence, i, dropped[i], gradOwn, lr, gradProjected, row);
                    }
                }
                else
                {
                    for (var i = 0; i < n; i++)
                    {
                        var hi = hidden.AsSpan(i * h, h);
                        Forward(net, sentence, i, dropped[i], projected, row, hi);
                        loss += OutputStep(net, hi, sentence.Tags[i], probs, gradHidden, lr);
                        tokens++;
                        for (var q = 0; q < h; q++)
                        {
                            if (hi[q] <= 0)
                            {
                                gradHidden[q] = 0;
                            }
                        }

                        UpdateWindow(net, sentence, i, dropped[i], gradHidden, lr, gradProjected, row);
                    }
                }

                // The dense layer: each token's vector times the gradient of its projected row.
                for (var j = 0; j < n; j++)
                {
                    var word = sentence.Words[j];
                    if (dropped[j] || word < 0 || word >= vectors.Count)
                    {
                        continue;
                    }

                    var v = vectors.Of(word);
                    var g = gradProjected.AsSpan(j * row, row);
                    for (var k = 0; k < d; k++)
                    {
                        if (v[k] != 0)
                        {
                            NeuralMath.Axpy(-lr * v[k], g, net.Dense.AsSpan(k * row, row));
                        }
                    }
                }

                if (chars is not null)
                {
                    UpdateChars(chars, sentence, pooled, best, charMask, gradProjected, row, gradPooled, gradChars, lr);
                }
            }

            progress?.Invoke($"neural: epoch {epoch}/{options.Epochs}, loss {loss / Math.Max(1, tokens):0.0000}");
        }

        return net;
    }

    /// <summary>The character encoder's step for a sentence: each token's projected rows have the gradient of its
    /// word-vector rows (both are added to the same hidden units), which flows into the projection and, through it and
    /// the max pooling, into the filters and letter embeddings.</summary>
    private static void UpdateChars(CharEncoder chars, NeuralSentence sentence, float[] pooled, int[] best, float[] charMask, float[] gradProjected, int row, float[] gradPooled, float[] gradChars, float lr)
    {
        var width = chars.OutputWidth;
        gradChars.AsSpan().Clear();
        for (var j = 0; j < sentence.Length; j++)
        {
            var g = gradProjected.AsSpan(j * row, row);
            var p = pooled.AsSpan(j * width, width);
            var m = charMask.AsSpan(j * width, width);
            for (var d = 0; d < width; d++)
            {
                var projection = chars.Projection.AsSpan(d * row, row);
                gradPooled[d] = NeuralMath.Dot(projection, g) * m[d];
                NeuralMath.Axpy(-lr * p[d] * m[d], g, projection);
            }

            chars.Backward(sentence.SymbolsOf(j), best.AsSpan(j * width, width), p, gradPooled, gradChars);
        }

        ApplyClipped(gradChars, chars.Weights, lr);
    }

    /// <summary>Largest norm of the recurrent layer's (or the character encoder's) gradient for one sentence (a long
    /// sentence's gradient through time can explode).</summary>
    private const float RecurrentClip = 5f;

    /// <summary>weights −= lr·gradient, the gradient scaled down to norm <see cref="RecurrentClip"/> if above it.</summary>
    private static void ApplyClipped(float[] gradient, float[] weights, float lr)
    {
        var norm = MathF.Sqrt(NeuralMath.Dot(gradient, gradient));
        var scale = norm > RecurrentClip ? RecurrentClip / norm : 1f;
        NeuralMath.Axpy(-lr * scale, gradient, weights);
    }

    /// <summary>The output layer's step for one token: softmax over <paramref name="input"/>, the loss's gradient for the
    /// input (read before the layer changes) into <paramref name="gradInput"/>, then the layer's update. Returns the
    /// token's loss.</summary>
    private static double OutputStep(NeuralScorer net, ReadOnlySpan<float> input, int gold, float[] probs, Span<float> gradInput, float lr)
    {
        var width = input.Length;
        net.OutputOf(input, probs);
        var loss = -Math.Log(Math.Max(probs[gold], 1e-9f));
        probs[gold] -= 1;
        gradInput.Clear();
        for (var t = 0; t < K; t++)
        {
            NeuralMath.Axpy(probs[t], net.Output.AsSpan(t * width, width), gradInput);
        }

        for (var t = 0; t < K; t++)
        {
            NeuralMath.Axpy(-lr * probs[t], input, net.Output.AsSpan(t * width, width));
            net.OutputBias[t] -= lr * probs[t];
        }

        return loss;
    }

    /// <summary>Updates token <paramref name="i"/>'s hidden bias and sparse rows from the gradient of its hidden units
    /// (after the ReLU) and adds that gradient to its window's projected rows.</summary>
    private static void UpdateWindow(NeuralScorer net, NeuralSentence sentence, int i, bool dropped, ReadOnlySpan<float> gradHidden, float lr, float[] gradProjected, int row)
    {
        var h = net.Hidden;
        var window = net.Window;
        var n = sentence.Length;
        NeuralMath.Axpy(-lr, gradHidden, net.HiddenBias);
        var ids = sentence.Sparse.AsSpan(sentence.Offsets[i], sentence.Offsets[i + 1] - sentence.Offsets[i]);
        for (var f = dropped ? 1 : 0; f < ids.Length; f++)
        {
            NeuralMath.Axpy(-lr, gradHidden, net.Sparse.AsSpan(ids[f] * h, h));
        }

        for (var o = -window; o <= window; o++)
        {
            var j = i + o;
            if (j >= 0 && j < n)
            {
                NeuralMath.Axpy(1, gradHidden, gradProjected.AsSpan((j * row) + ((o + window) * h), h));
            }
        }
    }

    private static void Forward(NeuralScorer net, NeuralSentence sentence, int i, bool dropped, float[] projected, int row, Span<float> h)
    {
        var n = sentence.Length;
        var width = net.Hidden;
        net.HiddenBias.CopyTo(h);
        for (var o = -net.Window; o <= net.Window; o++)
        {
            var j = i + o;
            if (j >= 0 && j < n)
            {
                NeuralMath.Axpy(1, projected.AsSpan((j * row) + ((o + net.Window) * width), width), h);
            }
        }

        var ids = sentence.Sparse.AsSpan(sentence.Offsets[i], sentence.Offsets[i + 1] - sentence.Offsets[i]);
        for (var f = dropped ? 1 : 0; f < ids.Length; f++)
        {
            NeuralMath.Axpy(1, net.Sparse.AsSpan(ids[f] * width, width), h);
        }

        var hv = MemoryMarshal.Cast<float, Vector<float>>(h);
        for (var q = 0; q < hv.Length; q++)
        {
            hv[q] = Vector.Max(hv[q], Vector<float>.Zero);
        }
    }
}
