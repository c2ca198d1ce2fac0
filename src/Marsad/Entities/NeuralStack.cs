namespace Marsad.Entities;

/// <summary>
/// Stacking of the <see cref="NeuralScorer"/> under the perceptron: the scorer's tag probabilities for each training
/// sentence come from a network trained on the other blocks of sentences (jack-knifed), so that the perceptron learns
/// how far to trust them on text the network has not seen; the network trained on every sentence then scores at
/// tagging time.
/// </summary>
public sealed class NeuralStack
{
    private readonly Dictionary<NerSentence, float[]> scores;

    private NeuralStack(NeuralScorer scorer, Dictionary<NerSentence, float[]> scores)
    {
        Scorer = scorer;
        this.scores = scores;
    }

    /// <summary>How far an ensemble partner's seed lies from the first network's.</summary>
    private const int PartnerSeedOffset = 1000;

    /// <summary>Whether the network's probabilities are features of the perceptron (else only mixed into its scores).</summary>
    public bool Features { get; private init; } = true;

    /// <summary>The network trained on every training sentence.</summary>
    public NeuralScorer Scorer { get; }

    /// <summary>Held-out probabilities of a training sentence (<see cref="NerTags.Count"/> per token), or null.</summary>
    public float[]? ScoresOf(NerSentence sentence) => scores.GetValueOrDefault(sentence);

    public static NeuralStack Train(IReadOnlyList<NerSentence> train, WordLexicon lexicon, NerGazetteer gazetteer, NeuralOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Vectors is null)
        {
            throw new ArgumentException("the neural scorer needs word vectors", nameof(options));
        }

        var inputs = Inputs(train, lexicon, gazetteer, options.SparseBits, options.Inputs);
        var scores = new Dictionary<NerSentence, float[]>(ReferenceEqualityComparer.Instance);
        const int size = NerTagger.PseudoDocumentSentences;
        var documents = (train.Count + size - 1) / size;
        // Held-out probabilities are only needed when they are perceptron features.
        var blocks = options.Features ? Math.Min(options.Blocks, documents) : 0;
        for (var b = 0; b < blocks && blocks >= 2; b++)
        {
            var from = (int)((long)b * documents / blocks) * size;
            var to = Math.Min((int)((long)(b + 1) * documents / blocks) * size, train.Count);
            var rest = inputs.Take(from).Concat(inputs.Skip(to)).ToList();
            var net = NeuralTrainer.Train(rest, options with { Seed = options.Seed + b + 1 });
            var right = 0;
            var count = 0;
            for (var s = from; s < to; s++)
            {
                var probs = new float[inputs[s].Length * NerTags.Count];
                net.Score(inputs[s], probs);
                scores[train[s]] = probs;
                for (var i = 0; i < inputs[s].Length; i++)
                {
                    right += ArgMax(probs.AsSpan(i * NerTags.Count, NerTags.Count)) == inputs[s].Tags[i] ? 1 : 0;
                    count++;
                }
            }

            progress?.Invoke($"neural: block {b + 1}/{blocks} (sentences {from}-{to}) held-out tag accuracy {100.0 * right / Math.Max(1, count):0.00}%");
        }

        var whole = NeuralTrainer.Train(inputs, options, progress);
        if (options.Networks > 1)
        {
            // The jack-knife blocks use seeds just above this one: the partner's lies clear of them.
            whole = whole.WithPartner(NeuralTrainer.Train(inputs, options with { Seed = options.Seed + PartnerSeedOffset }, progress));
        }

        if (blocks < 2 && options.Features)
        {
            // Too little data to hold any out: the whole network's own scores.
            for (var s = 0; s < train.Count; s++)
            {
                var probs = new float[inputs[s].Length * NerTags.Count];
                whole.Score(inputs[s], probs);
                scores[train[s]] = probs;
            }
        }

        return new NeuralStack(whole, scores) { Features = options.Features };
    }

    /// <summary>The network alone on <paramref name="sentences"/>: each token's most likely tag or, with
    /// <paramref name="viterbi"/>, the most likely tag sequence under the BIO constraints (log-probabilities, no
    /// transition scores), scored conlleval-style (for experiments: how much the network knows before the perceptron
    /// reads it).</summary>
    public static NerScore Evaluate(NeuralScorer scorer, IReadOnlyList<NerSentence> sentences, WordLexicon lexicon, NerGazetteer gazetteer, bool viterbi = false)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var score = new NerScore();
        var transitions = new float[(NerTags.Count + 1) * NerTags.Count];
        foreach (var input in Inputs(sentences, lexicon, gazetteer, scorer.SparseBits, scorer.Inputs))
        {
            var probs = new float[input.Length * NerTags.Count];
            scorer.Score(input, probs);
            var tags = new int[input.Length];
            if (viterbi)
            {
                for (var t = 0; t < probs.Length; t++)
                {
                    probs[t] = MathF.Log(Math.Max(probs[t], 1e-9f));
                }

                Viterbi.Decode<float>(probs, transitions, tags.Length, new float[probs.Length], new int[probs.Length], tags);
            }
            else
            {
                for (var i = 0; i < tags.Length; i++)
                {
                    tags[i] = ArgMax(probs.AsSpan(i * NerTags.Count, NerTags.Count));
                }
            }

            score.Add(input.Tags, tags);
        }

        return score;
    }

    /// <summary>Each sentence's network inputs, read from a workspace prepared as the tagger prepares it.</summary>
    private static List<NeuralSentence> Inputs(IReadOnlyList<NerSentence> sentences, WordLexicon lexicon, NerGazetteer gazetteer, int sparseBits, NeuralInputSet set)
    {
        var extractor = new NerFeatureExtractor(lexicon, gazetteer, 20);
        var ws = new NerWorkspace();
        var result = new List<NeuralSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            ws.Clear();
            foreach (var token in sentence.Tokens)
            {
                ws.Add(token);
            }

            extractor.Extract(ws);
            NeuralInput.Fill(ws, sparseBits, set);
            result.Add(NeuralSentence.From(ws, sentence.Tags));
        }

        return result;
    }

    internal static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var t = 1; t < values.Length; t++)
        {
            if (values[t] > values[best])
            {
                best = t;
            }
        }

        return best;
    }
}
