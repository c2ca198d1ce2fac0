using System.Numerics;
using System.Runtime.InteropServices;

namespace Marsad.Entities;

/// <summary>
/// Word embeddings by skip-gram with negative sampling (word2vec) over a stream of word ids. Single-threaded and
/// seeded, so the same stream and options give the same vectors bit for bit.
/// </summary>
public static class SkipGramTrainer
{
    /// <summary>Marks a sentence or document boundary in the stream (no context crosses it).</summary>
    public const int Boundary = -1;

    /// <summary>Trains unit-length vectors (<paramref name="options"/>.Dimensions per word) for words 0..vocabulary-1;
    /// ids outside that range are skipped like rare words.</summary>
    public static float[] Train(ReadOnlySpan<int> stream, IReadOnlyList<int> counts, EmbeddingOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(options);
        var v = counts.Count;
        var d = options.Dimensions;
        var random = new Random(options.Seed);
        var input = new float[v * d];
        var output = new float[v * d];
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = (float)((random.NextDouble() - 0.5) / d);
        }

        var total = 0L;
        foreach (var c in counts)
        {
            total += c;
        }

        var table = NoiseTable(counts, options.NoiseTableSize);

        // Frequent words are dropped at random (Mikolov et al.'s subsampling): keep probability per word.
        var keep = new float[v];
        for (var w = 0; w < v; w++)
        {
            var f = counts[w] / (double)Math.Max(1, total);
            keep[w] = f <= 0 ? 1f : (float)Math.Min(1.0, Math.Sqrt(options.Subsample / f) + (options.Subsample / f));
        }

        var sentence = new List<int>(256);
        var gradient = new float[d];
        var processed = 0L;
        var planned = (long)stream.Length * options.Epochs;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            var start = 0;
            for (var i = 0; i <= stream.Length; i++)
            {
                if (i < stream.Length && stream[i] != Boundary)
                {
                    continue;
                }

                // One sentence: stream[start..i], subsampled, then every (word, context) pair within a random window.
                sentence.Clear();
                for (var j = start; j < i; j++)
                {
                    var w = stream[j];
                    if ((uint)w < (uint)v && random.NextSingle() < keep[w])
                    {
                        sentence.Add(w);
                    }
                }

                processed += i - start;
                start = i + 1;
                var rate = (float)Math.Max(options.LearningRate * 0.0001, options.LearningRate * (1 - (processed / (double)(planned + 1))));
                var s = CollectionsMarshal.AsSpan(sentence);
                for (var p = 0; p < s.Length; p++)
                {
                    var reach = 1 + random.Next(options.Window);
                    for (var q = Math.Max(0, p - reach); q <= Math.Min(s.Length - 1, p + reach); q++)
                    {
                        if (q != p)
                        {
                            Pair(input.AsSpan(s[q] * d, d), output, s[p], table, options.Negatives, rate, gradient, random, d);
                        }
                    }
                }
            }

            progress?.Invoke($"embeddings: epoch {epoch + 1}/{options.Epochs}");
        }

        for (var w = 0; w < v; w++)
        {
            Normalise(input.AsSpan(w * d, d));
        }

        return input;
    }

    /// <summary>One positive pair (context vector → target word) and its negative samples.</summary>
    private static void Pair(Span<float> context, float[] output, int target, int[] table, int negatives, float rate, float[] gradient, Random random, int d)
    {
        gradient.AsSpan().Clear();
        for (var n = 0; n <= negatives; n++)
        {
            int word;
            float label;
            if (n == 0)
            {
                word = target;
                label = 1;
            }
            else
            {
                word = table[random.Next(table.Length)];
                if (word == target)
                {
                    continue;
                }

                label = 0;
            }

            var o = output.AsSpan(word * d, d);
            var dot = Dot(context, o);
            var g = (label - Sigmoid(dot)) * rate;
            AddScaled(gradient, o, g);
            AddScaled(o, context, g);
        }

        AddScaled(context, gradient, 1);
    }

    /// <summary>Word ids in proportion to count^0.75, for drawing negative samples.</summary>
    private static int[] NoiseTable(IReadOnlyList<int> counts, int size)
    {
        var table = new int[size];
        var sum = 0.0;
        foreach (var c in counts)
        {
            sum += Math.Pow(c, 0.75);
        }

        var w = 0;
        var cumulative = counts.Count == 0 ? 1.0 : Math.Pow(counts[0], 0.75) / sum;
        for (var i = 0; i < size; i++)
        {
            table[i] = w;
            if ((i + 1) / (double)size > cumulative && w < counts.Count - 1)
            {
                w++;
                cumulative += Math.Pow(counts[w], 0.75) / sum;
            }
        }

        return table;
    }

    private static float Sigmoid(float x) => x > 8 ? 1f : x < -8 ? 0f : 1f / (1f + MathF.Exp(-x));

    internal static void Normalise(Span<float> v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            foreach (ref var x in v)
            {
                x /= norm;
            }
        }
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<float>.Zero;
            var av = MemoryMarshal.Cast<float, Vector<float>>(a);
            var bv = MemoryMarshal.Cast<float, Vector<float>>(b);
            for (var j = 0; j < av.Length; j++)
            {
                acc += av[j] * bv[j];
            }

            sum = Vector.Sum(acc);
            i = av.Length * Vector<float>.Count;
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float factor)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var tv = MemoryMarshal.Cast<float, Vector<float>>(target);
            var sv = MemoryMarshal.Cast<float, Vector<float>>(source);
            for (var j = 0; j < tv.Length; j++)
            {
                tv[j] += sv[j] * factor;
            }

            i = tv.Length * Vector<float>.Count;
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i] * factor;
        }
    }
}
