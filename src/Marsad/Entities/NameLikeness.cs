using Marsad.Model;

namespace Marsad.Entities;

/// <summary>
/// Gazetteer expansion through word embeddings: a softmax classifier over the skip-gram vectors learns, from the
/// gazetteers' one-word names (PERS, LOC, ORG) and words outside them (sampled across the whole frequency range, so
/// that rarity alone does not look like a name), which type a word is used like; every lexicon word then gets its
/// most likely type and how sure the classifier is. Unseen names that the corpus uses like known ones get a feature
/// of their own. Deterministic: seeded order, one thread.
/// </summary>
public static class NameLikeness
{
    /// <summary>Every how-many-th word outside the gazetteers serves as a "not a name" example.</summary>
    public const int OtherStride = 3;

    private const int Classes = 4; // PERS, LOC, ORG, other
    private const sbyte Unlabelled = -1;
    private const sbyte Other = 3;
    private const int Epochs = 8;

    /// <summary>Upper bounds of the confidence buckets of a code.</summary>
    private static readonly float[] Buckets = [0.4f, 0.55f, 0.7f, 0.85f];

    /// <summary>Codes for the unit vectors (<paramref name="d"/> floats each) of the lexicon <paramref name="words"/>:
    /// 8 × type (0 other, 1 PERS, 2 LOC, 3 ORG) + confidence bucket (0..4).</summary>
    public static byte[] Compute(IReadOnlyList<string> words, float[] vectors, int d, NerGazetteer gazetteer, int seed, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var n = words.Count;
        var labels = new sbyte[n];
        var others = 0;
        for (var i = 0; i < n; i++)
        {
            labels[i] = TypeOf(gazetteer, words[i]);
            if (labels[i] == Unlabelled && words[i].Length > 1 && others++ % OtherStride == 0)
            {
                labels[i] = Other;
            }
        }

        var examples = Enumerable.Range(0, n).Where(i => labels[i] != Unlabelled).ToArray();

        // Every tenth example is held out to report how well the embeddings separate the types.
        var train = examples.Where((_, j) => j % 10 != 0).ToArray();
        var held = examples.Where((_, j) => j % 10 == 0).ToArray();
        var weights = Fit(vectors, d, labels, train, seed);
        var correct = held.Count(i => Predict(vectors.AsSpan(i * d, d), weights, d, out _) == labels[i]);
        var names = held.Where(i => labels[i] != Other).ToArray();
        var namesCorrect = names.Count(i => Predict(vectors.AsSpan(i * d, d), weights, d, out _) == labels[i]);
        progress?.Invoke($"name likeness: {examples.Length} examples ({examples.Count(i => labels[i] != Other)} gazetteer names); held-out accuracy {100.0 * correct / Math.Max(1, held.Length):0.0}%, on names {100.0 * namesCorrect / Math.Max(1, names.Length):0.0}%");

        // The final classifier learns from every example.
        weights = Fit(vectors, d, labels, examples, seed);
        var codes = new byte[n];
        for (var i = 0; i < n; i++)
        {
            var type = Predict(vectors.AsSpan(i * d, d), weights, d, out var p);
            var bucket = 0;
            while (bucket < Buckets.Length && p > Buckets[bucket])
            {
                bucket++;
            }

            codes[i] = (byte)((8 * (type == Other ? 0 : type + 1)) + bucket);
        }

        progress?.Invoke($"name likeness: {codes.Count(c => c >= 8 + 3)} words likely a name type (p > {Buckets[2]})");
        return codes;
    }

    /// <summary>Softmax regression by plain SGD over the examples in a seeded order.</summary>
    private static float[] Fit(float[] vectors, int d, sbyte[] labels, int[] examples, int seed)
    {
        var weights = new float[Classes * (d + 1)];
        var order = (int[])examples.Clone();

        // Classes weighted by inverse frequency: the "other" examples outnumber the names several times.
        Span<float> classWeight = stackalloc float[Classes];
        foreach (var i in examples)
        {
            classWeight[labels[i]]++;
        }

        for (var c = 0; c < Classes; c++)
        {
            classWeight[c] = classWeight[c] == 0 ? 0 : examples.Length / (Classes * classWeight[c]);
        }

        var random = new Random(seed);
        Span<float> p = stackalloc float[Classes];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = 0.2f / (1 + epoch);
            foreach (var i in order)
            {
                var x = vectors.AsSpan(i * d, d);
                Probabilities(x, weights, d, p);
                for (var c = 0; c < Classes; c++)
                {
                    var g = ((c == labels[i] ? 1 : 0) - p[c]) * rate * classWeight[labels[i]];
                    var w = weights.AsSpan(c * (d + 1), d + 1);
                    for (var j = 0; j < d; j++)
                    {
                        w[j] += g * x[j];
                    }

                    w[d] += g;
                }
            }
        }

        return weights;
    }

    private static void Probabilities(ReadOnlySpan<float> x, float[] weights, int d, Span<float> p)
    {
        var max = float.NegativeInfinity;
        for (var c = 0; c < Classes; c++)
        {
            var w = weights.AsSpan(c * (d + 1), d + 1);
            p[c] = SkipGramTrainer.Dot(x, w[..d]) + w[d];
            max = Math.Max(max, p[c]);
        }

        var sum = 0f;
        for (var c = 0; c < Classes; c++)
        {
            p[c] = MathF.Exp(p[c] - max);
            sum += p[c];
        }

        for (var c = 0; c < Classes; c++)
        {
            p[c] /= sum;
        }
    }

    private static int Predict(ReadOnlySpan<float> x, float[] weights, int d, out float probability)
    {
        Span<float> p = stackalloc float[Classes];
        Probabilities(x, weights, d, p);
        var best = 0;
        for (var c = 1; c < Classes; c++)
        {
            if (p[c] > p[best])
            {
                best = c;
            }
        }

        probability = p[best];
        return best;
    }

    /// <summary>The type of a one-word name in the gazetteers: 0 PERS, 1 LOC, 2 ORG, else unlabelled.</summary>
    private static sbyte TypeOf(NerGazetteer gazetteer, string word)
    {
        var known = gazetteer.Describe(NerGazetteer.Key(word));
        if ((known.Word & (GazetteerFlags.FirstName | GazetteerFlags.FamilyName)) != 0)
        {
            return 0;
        }

        if (!known.IsPhrase)
        {
            return Unlabelled;
        }

        return NerGazetteer.TypeOfFlags(known.Phrase) switch
        {
            EntityType.PERS => 0,
            EntityType.LOC => 1,
            EntityType.ORG => 2,
            _ => Unlabelled,
        };
    }
}
