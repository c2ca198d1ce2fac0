using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Marsad.Knowledge;

namespace Marsad.Entities;

/// <summary>
/// Tags token sequences with ANERcorp's BIO tags using a trained <see cref="NerModel"/> and the gazetteers.
/// Thread-safe: each thread tags in its own <see cref="NerWorkspace"/>.
/// </summary>
public sealed class NerTagger
{
    /// <summary>Where the shipped model lives among the embedded resources.</summary>
    public const string ShippedModelPath = "ner/model.bin";

    private static readonly Lazy<NerTagger> DefaultTagger = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static NerWorkspace? threadWorkspace;

    private readonly NerFeatureExtractor extractor;

    public NerTagger(NerModel model, NerGazetteer gazetteer)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        extractor = new NerFeatureExtractor(model.Lexicon, gazetteer ?? NerGazetteer.Empty, model.HashBits);
    }

    /// <summary>The model that ships with Marsad and the default gazetteers, loaded once on first use.</summary>
    public static NerTagger Default => DefaultTagger.Value;

    public NerModel Model { get; }

    public WordLexicon Lexicon => Model.Lexicon;

    public NerGazetteer Gazetteer => extractor.Gazetteer;

    /// <summary>The shipped model when <paramref name="path"/> is null, else the model file at that path.</summary>
    public static NerTagger Load(string? path, ResourceFiles? files = null)
    {
        if (path is null && files is null)
        {
            return Default;
        }

        var model = path is null ? LoadShippedModel() : NerModel.Load(path);
        return new NerTagger(model, files is null ? DefaultGazetteer.Value : NerGazetteer.Load(files));
    }

    /// <summary>Tags one sentence of tokens; returns one tag index per token.</summary>
    public int[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var ws = threadWorkspace ??= new NerWorkspace();
        ws.Clear();
        foreach (var t in tokens)
        {
            ws.Add(t);
        }

        var tags = new int[tokens.Count];
        Tag(ws, tags);
        return tags;
    }

    /// <summary>Sentences of CoNLL data taken together as one document (the files mark no article boundaries, but
    /// their sentences run in article order).</summary>
    public const int PseudoDocumentSentences = 20;

    /// <summary>Adds the sentence held in <paramref name="ws"/> to the document evidence (after <see cref="NerWorkspace.BeginDocument"/>).</summary>
    public void AddToDocument(NerWorkspace ws) => extractor.CollectEvidence(ws);

    /// <summary>Tags the sentences of one document, each with the evidence of all of them; one tag array per sentence.</summary>
    public int[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ws = threadWorkspace ??= new NerWorkspace();
        ws.BeginDocument();
        try
        {
            foreach (var sentence in sentences)
            {
                ws.Clear();
                foreach (var t in sentence)
                {
                    ws.AddForEvidence(t);
                }

                AddToDocument(ws);
            }

            if (Model.FirstStage is not null)
            {
                foreach (var sentence in sentences)
                {
                    ws.Clear();
                    foreach (var t in sentence)
                    {
                        ws.Add(t);
                    }

                    AddFirstPass(ws);
                }
            }

            var result = new int[sentences.Count][];
            for (var s = 0; s < sentences.Count; s++)
            {
                ws.Clear();
                foreach (var t in sentences[s])
                {
                    ws.Add(t);
                }

                result[s] = new int[sentences[s].Count];
                Tag(ws, result[s]);
            }

            return result;
        }
        finally
        {
            ws.EndDocument();
        }
    }

    /// <summary>Tags labelled sentences in blocks of <see cref="PseudoDocumentSentences"/>, in order.</summary>
    public IEnumerable<int[]> TagInBlocks(IReadOnlyList<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        for (var start = 0; start < sentences.Count; start += PseudoDocumentSentences)
        {
            var block = new List<IReadOnlyList<string>>();
            for (var s = start; s < Math.Min(start + PseudoDocumentSentences, sentences.Count); s++)
            {
                block.Add(sentences[s].Tokens);
            }

            foreach (var tags in TagDocument(block))
            {
                yield return tags;
            }
        }
    }

    /// <summary>Whether the model tags in two passes: then each sentence of a document goes through
    /// <see cref="AddFirstPass"/> (after <see cref="AddToDocument"/>, before any is tagged).</summary>
    public bool IsTwoPass => Model.FirstStage is not null;

    /// <summary>Two-pass models: tags the sentence in <paramref name="ws"/> with the first pass and adds its tags to the
    /// document's votes. Nothing for a one-pass model.</summary>
    public void AddFirstPass(NerWorkspace ws)
    {
        ArgumentNullException.ThrowIfNull(ws);
        if (Model.FirstStage is not { } first || ws.Length == 0)
        {
            return;
        }

        ExtractFeatures(ws);
        Decode(ws, first, ws.FirstTags);
        ws.Votes.Record(ws, ws.FirstTags.AsSpan(0, ws.Length));
    }

    /// <summary>Tags the sentence held in <paramref name="ws"/> into <paramref name="tags"/>.</summary>
    public void Tag(NerWorkspace ws, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(ws);
        var n = ws.Length;
        if (n == 0)
        {
            return;
        }

        ExtractFeatures(ws);
        if (Model.FirstStage is { } first)
        {
            Decode(ws, first, ws.FirstTags);
            if (!ws.InDocument)
            {
                // A sentence on its own is its own document.
                ws.Votes.Clear();
                ws.Votes.Record(ws, ws.FirstTags.AsSpan(0, n));
            }

            extractor.AddSecondPass(ws);
        }

        Decode(ws, Model, tags);
    }

    /// <summary>The features of every token, with the stacked network's when they are features of the model (a mixed
    /// model's network runs in <see cref="Decode"/>, after the perceptron, on the tokens it is needed for).</summary>
    private void ExtractFeatures(NerWorkspace ws)
    {
        extractor.Extract(ws);
        if (Model.Neural is { } neural && Model.NeuralFeatures)
        {
            neural.Score(ws);
            extractor.AddNeural(ws);
        }
    }

    private static void Decode(NerWorkspace ws, NerModel model, Span<int> tags)
    {
        var n = ws.Length;
        ComputeEmissions(ws, model);
        if (model.Neural is { } neural && model.NeuralWeight != 0)
        {
            if (!model.NeuralFeatures)
            {
                var scored = MarkUncertain(ws, model.NeuralSkipMargin);
                ws.Neural.ScoredTokens += scored;
                ws.Neural.SkippedTokens += n - scored;

                // A sentence the perceptron is sure of throughout needs no network at all (a recurrent one would
                // otherwise run over every token).
                if (scored > 0)
                {
                    neural.ScoreNeeded(ws);
                }
            }

            AddNeuralScores(ws, model.NeuralWeight);
        }

        Viterbi.Decode<float>(ws.Emission, model.Transitions, n, ws.Lattice, ws.Back, ws.Path);
        ws.Path.AsSpan(0, n).CopyTo(tags);
    }

    /// <summary>Marks for the network the tokens whose perceptron scores leave the best tag less than
    /// <paramref name="margin"/> above the second (every token when the margin is 0); returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MarkUncertain(NerWorkspace ws, float margin)
    {
        var n = ws.Length;
        ws.Neural.Ensure(n);
        var needed = ws.Neural.Needed.AsSpan(0, n);
        if (margin <= 0)
        {
            needed.Fill(true);
            return n;
        }

        var count = 0;
        for (var i = 0; i < n; i++)
        {
            var e = ws.Emission.AsSpan(i * NerTags.Count, NerTags.Count);
            var best = float.NegativeInfinity;
            var second = float.NegativeInfinity;
            foreach (var x in e)
            {
                if (x > best)
                {
                    second = best;
                    best = x;
                }
                else if (x > second)
                {
                    second = x;
                }
            }

            needed[i] = best - second < margin;
            count += needed[i] ? 1 : 0;
        }

        return count;
    }

    /// <summary>Probabilities under this floor count as the floor (one tag's near-zero probability must not veto it).</summary>
    private const float ProbabilityFloor = 1e-4f;

    private static readonly float LogFloor = MathF.Log(ProbabilityFloor);

    /// <summary>How far the network can move one tag's score against another per unit of weight (−log of the floor).</summary>
    internal static float NetworkSwing => -LogFloor;

    /// <summary>Adds the network's log-probabilities, times <paramref name="weight"/>, to the emission scores (a product
    /// of the two models' evidence). A token the network skipped is scored as if it agreed with the perceptron: nothing
    /// for the perceptron's best tag, the floor for the others.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddNeuralScores(NerWorkspace ws, float weight)
    {
        var probs = ws.Neural.Probs;
        var needed = ws.Neural.Needed;
        const int k = NerTags.Count;
        for (var i = 0; i < ws.Length; i++)
        {
            var e = ws.Emission.AsSpan(i * k, k);
            if (needed[i])
            {
                for (var t = 0; t < k; t++)
                {
                    e[t] += weight * MathF.Log(Math.Max(probs[(i * k) + t], ProbabilityFloor));
                }

                continue;
            }

            var best = 0;
            for (var t = 1; t < k; t++)
            {
                best = e[t] > e[best] ? t : best;
            }

            for (var t = 0; t < k; t++)
            {
                e[t] += t == best ? 0f : weight * LogFloor;
            }
        }
    }

    /// <summary>A workspace for the calling thread (reused between calls).</summary>
    public static NerWorkspace ThreadWorkspace() => threadWorkspace ??= new NerWorkspace();

    /// <summary>Sums each token's feature rows (16-bit weights, 32-bit sums); the hot loop of tagging, without bounds checks
    /// (feature indices are masked to the table size by the extractor).</summary>
    /// <remarks>This and the network's loops are compiled optimised on first call: the tiered JIT left them
    /// unoptimised (vector intrinsics not expanded) for much of a pipeline run on a loaded machine — in a profile of
    /// <c>bench</c> on 1,500 articles, two thirds of the NER code's samples were in their tier-0 code.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ComputeEmissions(NerWorkspace ws, NerModel model)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(model.Weights);
        var scale = model.Scale;
        var bias = model.OutsideBias;
        for (var i = 0; i < ws.Length; i++)
        {
            // Tags 0-7 of a row in one 16-byte load, widened to two int vectors; tag 8 alone. Integer sums, so the
            // result is the same as adding the nine values one by one.
            var low = Vector128<int>.Zero;
            var high = Vector128<int>.Zero;
            var a8 = 0;
            foreach (var f in ws.Features.AsSpan(i * NerWorkspace.Stride, ws.FeatureCount[i]))
            {
                ref var row = ref Unsafe.Add(ref weights, (nint)f * NerTags.Count);
                var (lo, hi) = Vector128.Widen(Vector128.LoadUnsafe(ref row));
                low += lo;
                high += hi;
                a8 += Unsafe.Add(ref row, 8);
            }

            var e = ws.Emission.AsSpan(i * NerTags.Count, NerTags.Count);
            e[0] = (low[0] * scale) - bias;
            e[1] = low[1] * scale;
            e[2] = low[2] * scale;
            e[3] = low[3] * scale;
            e[4] = high[0] * scale;
            e[5] = high[1] * scale;
            e[6] = high[2] * scale;
            e[7] = high[3] * scale;
            e[8] = a8 * scale;
        }
    }

    private static readonly Lazy<NerGazetteer> DefaultGazetteer = new(() => NerGazetteer.Load(ResourceFiles.Default));

    /// <summary>Experiments: a model file that stands in for the shipped one wherever the shipped one is used (the
    /// pipeline of <c>analyze</c>, <c>bench</c>, <c>eval articles</c>), so a candidate is measured without a rebuild.</summary>
    public const string ModelOverrideVariable = "MARSAD_NER_MODEL";

    private static NerModel LoadShippedModel()
    {
        if (Environment.GetEnvironmentVariable(ModelOverrideVariable) is { Length: > 0 } overridePath)
        {
            return NerModel.Load(overridePath);
        }

        using var stream = ResourceFiles.OpenShipped(ShippedModelPath)
            ?? throw new InvalidOperationException($"no NER model ships with this build (Resources/{ShippedModelPath} is missing); train one with 'marsad train-ner'");
        return NerModel.Load(stream, "Resources/" + ShippedModelPath);
    }

    private static NerTagger LoadShipped() => new(LoadShippedModel(), DefaultGazetteer.Value);
}
