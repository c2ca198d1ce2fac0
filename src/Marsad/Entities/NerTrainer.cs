namespace Marsad.Entities;

/// <summary>
/// Trains the tagger: an averaged structured perceptron over hashed features, decoded with constrained Viterbi.
/// Deterministic: sentence order is shuffled with a seeded generator and nothing runs in parallel.
/// </summary>
public sealed class NerTrainer
{
    private const int K = NerTags.Count;
    private readonly NerTrainingOptions options;
    private readonly NerFeatureExtractor extractor;
    private readonly WordLexicon lexicon;

    public NerTrainer(NerTrainingOptions options, WordLexicon lexicon, NerGazetteer gazetteer)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        extractor = new NerFeatureExtractor(lexicon, gazetteer, options.HashBits);
    }

    /// <summary>Trains on <paramref name="train"/>; after each epoch, reports and (when given) scores <paramref name="dev"/> with the averaged weights.</summary>
    /// <remarks>With <c>firstPass</c> (the second pass of a two-pass model): the first pass's tags of every training
    /// sentence, held out from the model that made them, are read as features; the caller attaches the first-pass
    /// model, and dev scoring is skipped (the second pass alone cannot tag).</remarks>
    public NerModel Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev = null, Action<string>? progress = null, string description = "", IReadOnlyList<int[]>? firstPass = null)
    {
        var (weights, transitions) = TrainAveraged(train, dev, progress, firstPass);
        return NerModel.Quantise(options.HashBits, weights, transitions, lexicon, description).Attach(Stack);
    }

    /// <summary>A stacked network: its held-out probabilities of each training sentence are features, and its network
    /// goes with the trained model (null: no network).</summary>
    public NeuralStack? Stack { get; init; }

    /// <summary>Like <see cref="Train"/>, with <see cref="NerTrainingOptions.Ensemble"/> models of consecutive seeds
    /// whose averaged weights are averaged again (less dependence on one shuffle of the data).</summary>
    public NerModel TrainEnsemble(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev = null, Action<string>? progress = null, string description = "", IReadOnlyList<int[]>? firstPass = null)
    {
        if (options.Ensemble <= 1)
        {
            return Train(train, dev, progress, description, firstPass);
        }

        float[]? weights = null;
        float[]? transitions = null;
        for (var e = 0; e < options.Ensemble; e++)
        {
            var member = new NerTrainer(options with { Seed = options.Seed + e, Ensemble = 1 }, lexicon, extractor.Gazetteer) { Stack = Stack };
            var (w, t) = member.TrainAveraged(train, e == 0 ? dev : null, progress, firstPass);
            if (weights is null || transitions is null)
            {
                (weights, transitions) = (w, t);
                continue;
            }

            AddTo(weights, w);
            AddTo(transitions, t);
            progress?.Invoke($"ensemble: {e + 1} of {options.Ensemble} models");
        }

        // The mean, so that the O bias keeps its scale.
        Scale(weights!, 1f / options.Ensemble);
        Scale(transitions!, 1f / options.Ensemble);
        return NerModel.Quantise(options.HashBits, weights!, transitions!, lexicon, description).Attach(Stack);
    }

    /// <summary>Cost-augmented decoding: every wrong tag starts <paramref name="margin"/> ahead, so that training goes
    /// on until the gold path wins by a margin rather than barely (entity tags wrong cost more than O wrong).</summary>
    private static void AddMargin(float[] emission, int[] gold, float margin)
    {
        if (margin <= 0)
        {
            return;
        }

        for (var i = 0; i < gold.Length; i++)
        {
            for (var t = 0; t < K; t++)
            {
                if (t != gold[i])
                {
                    emission[(i * K) + t] += gold[i] == NerTags.Outside ? margin : 2 * margin;
                }
            }
        }
    }

    private static void AddTo(float[] target, float[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private static void Scale(float[] values, float factor)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }

    private (float[] Weights, float[] Transitions) TrainAveraged(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, Action<string>? progress, IReadOnlyList<int[]>? firstPass)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (firstPass is not null)
        {
            dev = null;
        }

        var size = (1 << options.HashBits) * K;
        var weights = new float[size];
        var totals = new double[size];
        var trans = new float[(K + 1) * K];
        var transTotals = new double[(K + 1) * K];
        var step = 1L;
        var features = Precompute(train, firstPass);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        var emission = new float[64 * K];
        var lattice = new float[64 * K];
        var back = new int[64 * K];
        var path = new int[64];

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var s in order)
            {
                var (feats, counts) = features[s];
                var gold = train[s].Tags;
                var n = gold.Length;
                if (emission.Length < n * K)
                {
                    emission = new float[n * K * 2];
                    lattice = new float[n * K * 2];
                    back = new int[n * K * 2];
                    path = new int[n * 2];
                }

                var dropped = Dropout(random, n, counts, feats);
                Emissions(weights, feats, counts, n, emission);
                AddMargin(emission, gold, options.Margin);
                Viterbi.Decode<float>(emission, trans, n, lattice, back, path);
                for (var i = 0; i < n; i++)
                {
                    var g = gold[i];
                    var p = path[i];
                    if (g != p)
                    {
                        mistakes++;
                        for (var j = 0; j < counts[i]; j++)
                        {
                            var f = feats[(i * NerWorkspace.Stride) + j] * K;
                            if (f < 0)
                            {
                                continue;
                            }

                            Update(weights, totals, f + g, 1, step);
                            Update(weights, totals, f + p, -1, step);
                        }
                    }

                    var gPrev = i == 0 ? 0 : gold[i - 1] + 1;
                    var pPrev = i == 0 ? 0 : path[i - 1] + 1;
                    if (gPrev != pPrev || g != p)
                    {
                        Update(trans, transTotals, (gPrev * K) + g, 1, step);
                        Update(trans, transTotals, (pPrev * K) + p, -1, step);
                    }
                }

                Restore(dropped, feats);
                step++;
            }

            var line = $"epoch {epoch}/{options.Epochs}: {mistakes} token errors on {train.Count} training sentences";
            if (dev is { Count: > 0 })
            {
                var (w, t) = Average(weights, totals, trans, transTotals, step);
                var model = NerModel.Quantise(options.HashBits, w, t, lexicon, string.Empty).Attach(Stack);
                var score = Evaluate(new NerTagger(model, extractor.Gazetteer), dev);
                line += $"; dev F1 {100 * score.F1:0.00}";
            }

            progress?.Invoke(line);
        }

        return Average(weights, totals, trans, transTotals, step);
    }

    /// <summary>Trains the model the options ask for: one pass, or a first pass and a second pass that reads the
    /// first pass's (jack-knifed) tags.</summary>
    public NerModel TrainModel(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev = null, Action<string>? progress = null, string description = "")
    {
        ArgumentNullException.ThrowIfNull(train);
        if (!options.TwoPass)
        {
            return TrainEnsemble(train, dev, progress, description);
        }

        var first = TrainEnsemble(train, dev, progress, "first pass");
        var firstPass = JackknifeTags(train, first, progress);
        progress?.Invoke("second pass");
        return TrainEnsemble(train, null, progress, description, firstPass).WithFirstStage(first);
    }

    /// <summary>First-pass tags of every training sentence, each from a model that did not see it: contiguous blocks of
    /// pseudo-documents, the model of each trained on the others (so the second pass learns how far to trust tags
    /// made on unseen text).</summary>
    private int[][] JackknifeTags(IReadOnlyList<NerSentence> train, NerModel whole, Action<string>? progress)
    {
        var tags = new int[train.Count][];
        const int size = NerTagger.PseudoDocumentSentences;
        var blocks = (train.Count + size - 1) / size;
        var folds = Math.Min(options.JackknifeFolds, blocks);
        if (folds < 2)
        {
            // Too little data to hold any out: the whole model's own tags.
            var i = 0;
            foreach (var t in new NerTagger(whole, extractor.Gazetteer).TagInBlocks(train))
            {
                tags[i++] = t;
            }

            return tags;
        }

        for (var k = 0; k < folds; k++)
        {
            var from = (int)((long)k * blocks / folds) * size;
            var to = Math.Min((int)((long)(k + 1) * blocks / folds) * size, train.Count);
            var rest = train.Take(from).Concat(train.Skip(to)).ToList();
            var held = train.Skip(from).Take(to - from).ToList();
            var model = new NerTrainer(options, lexicon, extractor.Gazetteer) { Stack = Stack }.Train(rest);
            var s = from;
            foreach (var t in new NerTagger(model, extractor.Gazetteer).TagInBlocks(held))
            {
                tags[s++] = t;
            }

            progress?.Invoke($"first-pass tags of sentences {from}-{to} from a model of the other {rest.Count}");
        }

        return tags;
    }

    /// <summary>Tags every sentence and scores it against its gold tags.</summary>
    public static NerScore Evaluate(NerTagger tagger, IEnumerable<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var list = sentences as IReadOnlyList<NerSentence> ?? [.. sentences];
        var score = new NerScore();
        var s = 0;
        foreach (var tags in tagger.TagInBlocks(list))
        {
            score.Add(list[s++].Tags, tags);
        }

        return score;
    }

    private static (float[] Weights, float[] Transitions) Average(float[] weights, double[] totals, float[] trans, double[] transTotals, long step)
    {
        var avg = new float[weights.Length];
        for (var i = 0; i < avg.Length; i++)
        {
            avg[i] = (float)(weights[i] - (totals[i] / step));
        }

        var avgTrans = new float[trans.Length];
        for (var i = 0; i < avgTrans.Length; i++)
        {
            avgTrans[i] = (float)(trans[i] - (transTotals[i] / step));
        }

        return (avg, avgTrans);
    }

    /// <summary>Slots of the word-identity features in every token's list (see <see cref="NerFeatureExtractor"/>).</summary>
    private static readonly int[] IdentitySlots = [1, 2, 9, 10, 11];

    private const int DroppedFeature = -1;
    private readonly List<(int Index, int Value)> droppedBuffer = [];

    /// <summary>Hides the identity features of some tokens (marked -1, skipped by scoring and updates); returns what to restore.</summary>
    private List<(int Index, int Value)> Dropout(Random random, int n, int[] counts, int[] feats)
    {
        droppedBuffer.Clear();
        if (options.WordDropout <= 0)
        {
            return droppedBuffer;
        }

        for (var i = 0; i < n; i++)
        {
            if (random.NextDouble() >= options.WordDropout)
            {
                continue;
            }

            foreach (var slot in IdentitySlots)
            {
                if (slot < counts[i])
                {
                    var index = (i * NerWorkspace.Stride) + slot;
                    droppedBuffer.Add((index, feats[index]));
                    feats[index] = DroppedFeature;
                }
            }
        }

        return droppedBuffer;
    }

    private static void Restore(List<(int Index, int Value)> dropped, int[] feats)
    {
        foreach (var (index, value) in dropped)
        {
            feats[index] = value;
        }
    }

    private static void Update(float[] w, double[] totals, int index, int delta, long step)
    {
        w[index] += delta;
        totals[index] += (double)step * delta;
    }

    private static void Emissions(float[] weights, int[] feats, int[] counts, int n, float[] emission)
    {
        for (var i = 0; i < n; i++)
        {
            var e = emission.AsSpan(i * K, K);
            e.Clear();
            for (var j = 0; j < counts[i]; j++)
            {
                var f = feats[(i * NerWorkspace.Stride) + j];
                if (f < 0)
                {
                    continue;
                }

                var row = weights.AsSpan(f * K, K);
                for (var t = 0; t < K; t++)
                {
                    e[t] += row[t];
                }
            }
        }
    }

    private static void Fill(NerWorkspace ws, NerSentence sentence)
    {
        ws.Clear();
        foreach (var token in sentence.Tokens)
        {
            ws.Add(token);
        }
    }

    private (int[] Features, int[] Counts)[] Precompute(IReadOnlyList<NerSentence> sentences, IReadOnlyList<int[]>? firstPass)
    {
        var result = new (int[], int[])[sentences.Count];
        var ws = new NerWorkspace();
        for (var start = 0; start < sentences.Count; start += NerTagger.PseudoDocumentSentences)
        {
            var end = Math.Min(start + NerTagger.PseudoDocumentSentences, sentences.Count);
            ws.BeginDocument();
            for (var s = start; s < end; s++)
            {
                ws.Clear();
                foreach (var token in sentences[s].Tokens)
                {
                    ws.AddForEvidence(token);
                }

                extractor.CollectEvidence(ws);
            }

            if (firstPass is not null)
            {
                for (var s = start; s < end; s++)
                {
                    Fill(ws, sentences[s]);
                    ws.Votes.Record(ws, firstPass[s]);
                }
            }

            for (var s = start; s < end; s++)
            {
                Fill(ws, sentences[s]);
                extractor.Extract(ws);
                if (Stack is { Features: true } && Stack.ScoresOf(sentences[s]) is { } probs)
                {
                    ws.Neural.Ensure(ws.Length);
                    probs.CopyTo(ws.Neural.Probs, 0);
                    extractor.AddNeural(ws);
                }

                if (firstPass is not null)
                {
                    firstPass[s].CopyTo(ws.FirstTags, 0);
                    extractor.AddSecondPass(ws);
                }

                var n = ws.Length;
                result[s] = (ws.Features.AsSpan(0, n * NerWorkspace.Stride).ToArray(), ws.FeatureCount.AsSpan(0, n).ToArray());
            }

            ws.EndDocument();
        }

        return result;
    }
}
