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
        var net = NeuralScorer.Create(vectors, options.Hidden, options.SparseBits, options.Inputs, random);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var h = options.Hidden;
        var row = net.Positions * h;
        var window = net.Window;
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
                }

                gradProjected.AsSpan(0, n * row).Clear();
                for (var i = 0; i < n; i++)
                {
                    var hi = hidden.AsSpan(i * h, h);
                    Forward(net, sentence, i, dropped[i], projected, row, hi);
                    net.OutputOf(hi, probs);
                    var gold = sentence.Tags[i];
                    loss -= Math.Log(Math.Max(probs[gold], 1e-9f));
                    tokens++;
                    probs[gold] -= 1;

                    // Back through the output layer (read before it changes), then update it.
                    gradHidden.AsSpan().Clear();
                    for (var t = 0; t < K; t++)
                    {
                        Axpy(probs[t], net.Output.AsSpan(t * h, h), gradHidden);
                    }

                    for (var q = 0; q < h; q++)
                    {
                        if (hi[q] <= 0)
                        {
                            gradHidden[q] = 0;
                        }
                    }

                    for (var t = 0; t < K; t++)
                    {
                        Axpy(-lr * probs[t], hi, net.Output.AsSpan(t * h, h));
                        net.OutputBias[t] -= lr * probs[t];
                    }

                    Axpy(-lr, gradHidden, net.HiddenBias);
                    var ids = sentence.Sparse.AsSpan(sentence.Offsets[i], sentence.Offsets[i + 1] - sentence.Offsets[i]);
                    for (var f = dropped[i] ? 1 : 0; f < ids.Length; f++)
                    {
                        Axpy(-lr, gradHidden, net.Sparse.AsSpan(ids[f] * h, h));
                    }

                    for (var o = -window; o <= window; o++)
                    {
                        var j = i + o;
                        if (j >= 0 && j < n)
                        {
                            Axpy(1, gradHidden, gradProjected.AsSpan((j * row) + ((o + window) * h), h));
                        }
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
                            Axpy(-lr * v[k], g, net.Dense.AsSpan(k * row, row));
                        }
                    }
                }
            }

            progress?.Invoke($"neural: epoch {epoch}/{options.Epochs}, loss {loss / Math.Max(1, tokens):0.0000}");
        }

        return net;
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
                Axpy(1, projected.AsSpan((j * row) + ((o + net.Window) * width), width), h);
            }
        }

        var ids = sentence.Sparse.AsSpan(sentence.Offsets[i], sentence.Offsets[i + 1] - sentence.Offsets[i]);
        for (var f = dropped ? 1 : 0; f < ids.Length; f++)
        {
            Axpy(1, net.Sparse.AsSpan(ids[f] * width, width), h);
        }

        var hv = MemoryMarshal.Cast<float, Vector<float>>(h);
        for (var q = 0; q < hv.Length; q++)
        {
            hv[q] = Vector.Max(hv[q], Vector<float>.Zero);
        }
    }

    /// <summary>y += a·x.</summary>
    private static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var xv = MemoryMarshal.Cast<float, Vector<float>>(x);
        var yv = MemoryMarshal.Cast<float, Vector<float>>(y);
        var av = new Vector<float>(a);
        for (var q = 0; q < yv.Length; q++)
        {
            yv[q] += xv[q] * av;
        }
    }
}
