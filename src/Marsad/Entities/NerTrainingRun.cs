using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Sources;

namespace Marsad.Entities;

/// <summary>
/// A whole training run as <c>marsad train-ner</c> does it: word clusters from the unlabelled corpus (held-out days
/// excluded), a dev-slice or k-fold estimate, then the final model trained on every labelled sentence.
/// </summary>
public static partial class NerTrainingRun
{
    /// <summary>ANT articles published 1–15 May 2018 are held out for evaluation: never learned from.</summary>
    public static readonly DateOnly HeldOutFrom = new(2018, 5, 1);

    public static readonly DateOnly HeldOutTo = new(2018, 5, 15);

    public static NerModel Run(
        IReadOnlyList<NerSentence> sentences,
        IReadOnlyList<string> unlabelledPaths,
        WordLexicon? lexiconGiven,
        NerGazetteer gazetteer,
        NerTrainingOptions options,
        double devFraction,
        int folds,
        Action<string> progress,
        bool estimateOnly = false,
        TextWriter? errors = null,
        NerModel? skipFor = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        var lexicon = lexiconGiven ?? (unlabelledPaths.Count == 0 ? WordLexicon.Empty : InduceLexicon(unlabelledPaths, options.Seed, progress, options.Embeddings, gazetteer));
        progress($"lexicon: {lexicon.Count} words ({clock.Elapsed.TotalSeconds:0}s)");
        if (options.Neural is { Vectors: null, VectorsPath: { } vectorsPath } neural)
        {
            var vectors = WordVectors.ReadRaw(vectorsPath, lexicon)
                ?? throw new InvalidDataException($"{vectorsPath}: not raw vectors of this lexicon's {lexicon.Count} words");
            options = options with { Neural = neural with { Vectors = vectors } };
            progress($"neural: {vectors.Count} word vectors of {vectors.Dimensions} dimensions");
        }

        var corpus = options.ProfileArticles > 0 && unlabelledPaths.Count > 0 ? CorpusProfile.ReadArticles(unlabelledPaths, options.ProfileArticles, progress) : null;
        var estimate = "none";
        var outsideBias = 0f;
        var neuralWeight = 0f;
        var skipMargin = 0f;
        if (folds >= 2)
        {
            var models = new List<(NerModel Model, List<NerSentence> Test)>();
            for (var k = 0; k < folds; k++)
            {
                // Contiguous blocks, so that sentences of one article stay on one side (interleaved folds leak names).
                var train = sentences.Where((_, i) => FoldOf(i, sentences.Count, folds) != k).ToList();
                var test = sentences.Where((_, i) => FoldOf(i, sentences.Count, folds) == k).ToList();
                var model = Train(options, lexicon, gazetteer, train, null, unlabelledPaths, progress, corpus: corpus);
                var score = NerTrainer.Evaluate(new NerTagger(model, gazetteer), test);
                progress($"fold {k + 1}/{folds}: F1 {100 * score.F1:0.00} ({clock.Elapsed.TotalSeconds:0}s)");
                models.Add((model, test));
            }

            // Tuning the skip margin for a given model: at that model's O bias and network weight (no grid).
            (outsideBias, neuralWeight) = skipFor is not null ? (skipFor.OutsideBias, skipFor.NeuralWeight) : TuneOutsideBias(models, gazetteer, options, progress);
            skipMargin = TuneSkipMargin(models, gazetteer, outsideBias, neuralWeight, options.Neural?.SkipFloor, progress);
            var total = new NerScore();
            foreach (var (model, test) in models)
            {
                Merge(total, gazetteer, model.WithOutsideBias(outsideBias).WithNeuralWeight(neuralWeight).WithNeuralSkipMargin(skipMargin), test);
            }

            progress($"{folds}-fold cross-validation (contiguous blocks of sentences), O bias {outsideBias}, network weight {neuralWeight}, skip margin {skipMargin}:");
            progress(total.Report());
            estimate = $"{folds}-fold CV F1 {100 * total.F1:0.00} (O bias {outsideBias}{(neuralWeight != 0 ? $", network weight {neuralWeight}" : string.Empty)}{(skipMargin != 0 ? $", skip margin {skipMargin}" : string.Empty)})";
            if (skipFor is not null)
            {
                progress($"no final training: the given model with network skip margin {skipMargin}");
                return skipFor.WithNeuralSkipMargin(skipMargin).WithDescription($"{skipFor.Description}; network skip margin {skipMargin} from {estimate}");
            }
        }
        else if (devFraction > 0)
        {
            var cut = (int)Math.Round(sentences.Count * (1 - devFraction));
            var train = sentences.Take(cut).ToList();
            var dev = sentences.Skip(cut).ToList();
            progress($"dev slice: the last {sentences.Count - cut} of {sentences.Count} sentences ({devFraction:P0})");
            var model = Train(options, lexicon, gazetteer, train, dev, unlabelledPaths, progress, corpus: corpus);
            var score = NerTrainer.Evaluate(new NerTagger(model, gazetteer), dev);
            progress(score.Report());
            (outsideBias, neuralWeight) = TuneOutsideBias(model, gazetteer, [dev], options, progress);
            skipMargin = TuneSkipMargin([(model, dev)], gazetteer, outsideBias, neuralWeight, options.Neural?.SkipFloor, progress);
            model = model.WithNeuralWeight(neuralWeight).WithNeuralSkipMargin(skipMargin);
            var tuned = NerTrainer.Evaluate(new NerTagger(model.WithOutsideBias(outsideBias), gazetteer), dev);
            progress($"with O bias {outsideBias}, network weight {neuralWeight}, skip margin {skipMargin}:");
            progress(tuned.Report());
            estimate = $"dev (last {devFraction:P0}) F1 {100 * tuned.F1:0.00} (O bias {outsideBias}{(neuralWeight != 0 ? $", network weight {neuralWeight}" : string.Empty)})";
            if (errors is not null)
            {
                NerErrorReport.Write(errors, new NerTagger(model.WithOutsideBias(outsideBias), gazetteer), dev);
            }

            if (estimateOnly)
            {
                // Quick experiments: the dev-slice model itself, without the final run on every sentence.
                return model.WithOutsideBias(outsideBias).WithDescription($"dev-slice model; {estimate}");
            }
        }

        progress($"final model on all {sentences.Count} sentences");
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"averaged perceptron{(options.TwoPass ? ", two passes" : string.Empty)}{(options.Neural is { } n ? $", stacked window network ({n.Hidden} hidden, {n.Epochs} epochs, {n.Blocks} blocks{(n.Inputs != NeuralInputSet.None ? $", inputs {n.Inputs}" : string.Empty)}{(n.Networks > 1 ? $", {n.Networks} networks" : string.Empty)}{(n.Recurrent > 0 ? $", bidirectional GRU {n.Recurrent}×2{(n.RecurrentDropout > 0 ? $" (input dropout {n.RecurrentDropout})" : string.Empty)}" : string.Empty)})" : string.Empty)}; epochs {options.Epochs}; seed {options.Seed}; word dropout {options.WordDropout};{(options.SelfTrainSentences > 0 ? $" self-training {options.SelfTrainSentences} sentences ({Math.Max(2, options.Teachers)} teachers, for {options.SilverUse});" : string.Empty)} 2^{options.HashBits} features; {sentences.Count} sentences; lexicon {lexicon.Count} words; {estimate}");
        var final = Train(options, lexicon, gazetteer, sentences, null, unlabelledPaths, progress, description, corpus).WithOutsideBias(outsideBias).WithNeuralWeight(neuralWeight).WithNeuralSkipMargin(skipMargin);
        progress($"trained in {clock.Elapsed.TotalSeconds:0}s");
        return final;
    }

    /// <summary>Trains a model on <paramref name="train"/>; with <see cref="NerTrainingOptions.SelfTrainSentences"/>,
    /// teachers trained on <paramref name="train"/> first label unlabelled sentences (<see cref="SelfTraining"/>) that join
    /// the training data of the perceptron, the network or both (<see cref="NerTrainingOptions.SilverUse"/>).</summary>
    /// <remarks>With <paramref name="corpus"/>, a context-only model trained on <paramref name="train"/> alone first
    /// gives the lexicon its <see cref="CorpusProfile"/>, so that held-out sentences never shape it.</remarks>
    private static NerModel Train(NerTrainingOptions options, WordLexicon lexicon, NerGazetteer gazetteer, IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, IReadOnlyList<string> unlabelledPaths, Action<string> progress, string description = "", IReadOnlyList<List<IReadOnlyList<string>>>? corpus = null)
    {
        if (corpus is not null)
        {
            lexicon = WithProfile(options, lexicon, gazetteer, train, corpus, progress);
        }

        var silver = options.SelfTrainSentences > 0 && unlabelledPaths.Count > 0 ? SilverSentences(options, lexicon, gazetteer, train, unlabelledPaths, progress) : [];
        var networkTrain = silver.Count > 0 && options.SilverUse != SilverUse.Perceptron ? [.. train, .. silver] : train;
        var stack = options.Neural is { } neural ? NeuralStack.Train(networkTrain, lexicon, gazetteer, neural with { Seed = options.Seed }, progress) : null;
        if (stack is not null && dev is { Count: > 0 })
        {
            progress("neural network alone on the dev slice:");
            progress(NeuralStack.Evaluate(stack.Scorer, dev, lexicon, gazetteer).Report());
            progress("neural network alone on the dev slice, Viterbi under the BIO constraints:");
            progress(NeuralStack.Evaluate(stack.Scorer, dev, lexicon, gazetteer, viterbi: true).Report());
        }

        var perceptronTrain = silver.Count > 0 && options.SilverUse != SilverUse.Network ? [.. train, .. silver] : train;
        return new NerTrainer(options, lexicon, gazetteer) { Stack = stack }.TrainModel(perceptronTrain, dev, progress, description);
    }

    /// <summary>O bias and network weight of a mixed teacher (session 8's cross-validated values: teachers are not tuned).</summary>
    private const float TeacherOutsideBias = 4f;

    private const float TeacherNeuralWeight = 12f;

    /// <summary>Unlabelled sentences that every teacher trained on <paramref name="train"/> tags alike, with a name unless
    /// <see cref="NerTrainingOptions.SilverWithoutNames"/>.</summary>
    private static List<NerSentence> SilverSentences(NerTrainingOptions options, WordLexicon lexicon, NerGazetteer gazetteer, IReadOnlyList<NerSentence> train, IReadOnlyList<string> unlabelledPaths, Action<string> progress)
    {
        var teachers = new List<NerTagger>();
        var count = options.Teachers >= 2 ? options.Teachers : 2;
        for (var i = 0; i < count; i++)
        {
            // The earlier perceptron pair keeps its seeds (the run's own and +1000); full teachers lie clear of the student's.
            var seed = options.Seed + (1000 * (options.Teachers < 2 ? i : i + 1));
            var teacherOptions = options with { Seed = seed, SelfTrainSentences = 0 };
            if (options.Teachers < 2 || options.Neural is not { } neural)
            {
                // The earlier self-training: perceptrons alone.
                teachers.Add(new NerTagger(new NerTrainer(teacherOptions, lexicon, gazetteer).TrainModel(train), gazetteer));
                continue;
            }

            // Diversity: every other teacher's network reads the wide window.
            var network = neural with { Seed = seed, Inputs = i % 2 == 1 ? neural.Inputs | NeuralInputSet.WideWindow : neural.Inputs };
            var stack = NeuralStack.Train(train, lexicon, gazetteer, network);
            var model = new NerTrainer(teacherOptions, lexicon, gazetteer) { Stack = stack }.TrainModel(train);
            teachers.Add(new NerTagger(model.WithOutsideBias(TeacherOutsideBias).WithNeuralWeight(TeacherNeuralWeight), gazetteer));
            progress($"self-training: teacher {i + 1} of {count} trained (seed {seed})");
        }

        return SelfTraining.Label(unlabelledPaths, teachers, options.SelfTrainSentences, options.Teachers >= 2 ? SelfTraining.TeacherSentencesPerArticle : int.MaxValue, !options.SilverWithoutNames, progress);
    }

    /// <summary>The lexicon with the corpus profile of a context-only model (no word identity: word dropout 1) trained on <paramref name="train"/>.</summary>
    private static WordLexicon WithProfile(NerTrainingOptions options, WordLexicon lexicon, NerGazetteer gazetteer, IReadOnlyList<NerSentence> train, IReadOnlyList<List<IReadOnlyList<string>>> corpus, Action<string> progress)
    {
        var clock = Stopwatch.StartNew();
        var plain = lexicon.Profile is null ? lexicon : lexicon.WithProfile(null);
        var contextOptions = options with { WordDropout = 1.0, TwoPass = false, Ensemble = 1, Epochs = options.ProfileEpochs, SelfTrainSentences = 0, ProfileArticles = 0 };
        var context = new NerTrainer(contextOptions, plain, gazetteer).Train(train);
        var profile = CorpusProfile.Build(new NerTagger(context, gazetteer), plain, corpus, progress, options.ProfileFilter);
        progress($"corpus profile from a context-only model of {train.Count} sentences ({clock.Elapsed.TotalSeconds:0}s)");
        return plain.WithProfile(profile);
    }

    /// <summary>Clusters words of the unlabelled documents, skipping the held-out days.</summary>
    /// <remarks>With <paramref name="embeddings"/>, skip-gram embeddings are learned too (their clusters and, given the
    /// gazetteer, each word's name likeness join the lexicon).</remarks>
    public static WordLexicon InduceLexicon(IReadOnlyList<string> paths, int seed, Action<string> progress, EmbeddingOptions? embeddings = null, NerGazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var inducer = new ClusterInducer();
        var skipped = 0;
        var failed = 0;
        foreach (var item in DocumentSources.Read(paths))
        {
            if (item.Document is not { } doc)
            {
                failed++;
                progress($"unlabelled: {item.Path}: {item.Error}");
                continue;
            }

            if (IsHeldOut(doc))
            {
                skipped++;
                continue;
            }

            inducer.Add(doc.Text);
            if (inducer.Documents % 5000 == 0)
            {
                progress($"unlabelled: {inducer.Documents} documents, {inducer.Tokens} tokens");
            }
        }

        progress($"unlabelled: {inducer.Documents} documents read, {skipped} held-out (1-15 May 2018) skipped, {failed} unreadable");
        return inducer.Build(new ClusterInductionOptions { Seed = seed, Embeddings = embeddings is null ? null : embeddings with { Seed = seed } }, progress, gazetteer);
    }

    /// <summary>Whether a document falls in the held-out days, by its metadata date or the date in its file name.</summary>
    public static bool IsHeldOut(RawDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Published is { } p)
        {
            var day = DateOnly.FromDateTime(p.UtcDateTime);
            var local = DateOnly.FromDateTime(p.DateTime);
            if ((day >= HeldOutFrom && day <= HeldOutTo) || (local >= HeldOutFrom && local <= HeldOutTo))
            {
                return true;
            }
        }

        return HeldOutName().IsMatch(doc.Path) || HeldOutName().IsMatch(doc.Id);
    }

    private static int FoldOf(int index, int count, int folds) => (int)((long)index * folds / count);

    /// <summary>Grid of O biases tried on held-out data.</summary>
    private static readonly float[] BiasGrid = [0f, 1f, 2f, 3f, 4f, 6f, 8f, 10f, 12f, 14f, 16f, 20f, 24f, 28f, 32f, 40f, 48f, 56f, 64f];

    /// <summary>Grid of weights of a stacked network's log-probabilities tried on held-out data.</summary>
    private static readonly float[] NeuralWeightGrid = [0f, 2f, 4f, 8f, 12f, 16f, 24f, 32f, 48f];

    private static (float Bias, float NeuralWeight) TuneOutsideBias(NerModel model, NerGazetteer gazetteer, IEnumerable<List<NerSentence>> dev, NerTrainingOptions options, Action<string> progress) =>
        TuneOutsideBias(dev.Select(d => (model, d)).ToList(), gazetteer, options, progress);

    /// <summary>The O bias (and, for models with a network, the network's weight) with the best pooled F1 over each
    /// model's held-out sentences; a value the options fix is the only one of its axis tried (so the estimate is the
    /// held-out F1 at the point the model ships with).</summary>
    private static (float Bias, float NeuralWeight) TuneOutsideBias(List<(NerModel Model, List<NerSentence> Test)> runs, NerGazetteer gazetteer, NerTrainingOptions options, Action<string> progress)
    {
        var best = (0f, 0f);
        var bestF1 = -1.0;
        var withNetwork = runs.Any(r => r.Model.Neural is not null);
        float[] weights = !withNetwork ? [0f] : options.NeuralWeight is { } weightGiven ? [weightGiven] : NeuralWeightGrid;
        float[] biases = options.OutsideBias is { } biasGiven ? [biasGiven] : BiasGrid;
        foreach (var weight in weights)
        {
            foreach (var bias in biases)
            {
                var score = new NerScore();
                foreach (var (model, test) in runs)
                {
                    Merge(score, gazetteer, model.WithOutsideBias(bias).WithNeuralWeight(weight), test);
                }

                progress(withNetwork ? $"O bias {bias}, network weight {weight}: F1 {100 * score.F1:0.00}" : $"O bias {bias}: F1 {100 * score.F1:0.00}");
                if (score.F1 > bestF1 + 1e-9)
                {
                    bestF1 = score.F1;
                    best = (bias, weight);
                }
            }
        }

        return best;
    }

    /// <summary>Perceptron margins from which a mixed model skips its network, largest (least skipping) first, as
    /// multiples of the network's full swing (its weight times the log of the probability floor): from 1 up, the network
    /// alone could not overturn the perceptron's choice on that token.</summary>
    private static readonly float[] SkipMarginGrid = [1.5f, 1.25f, 1f, 0.85f, 0.7f, 0.55f, 0.4f];

    /// <summary>F1 a skip margin may cost against scoring every token (0.05 points): skipping is for speed, not accuracy.</summary>
    private const double SkipTolerance = 0.0005;

    /// <summary>For mixed models (network not a feature, weight not 0): the smallest margin of the grid (the most tokens
    /// skipped) whose pooled held-out F1 stays within <see cref="SkipTolerance"/> of scoring every token — or, given
    /// <paramref name="floor"/>, at or above that F1 (speed bought with accuracy down to an agreed bar) — the grid walked
    /// from the largest margin down and stopped at the first that falls short; 0 (never skip) otherwise.</summary>
    private static float TuneSkipMargin(List<(NerModel Model, List<NerSentence> Test)> runs, NerGazetteer gazetteer, float bias, float weight, double? floor, Action<string> progress)
    {
        if (weight == 0 || !runs.All(r => r.Model.Neural is not null && !r.Model.NeuralFeatures))
        {
            return 0f;
        }

        double F1(float margin, out double share)
        {
            var score = new NerScore();
            var ws = NerTagger.ThreadWorkspace();
            var (scored, skipped) = (ws.Neural.ScoredTokens, ws.Neural.SkippedTokens);
            foreach (var (model, test) in runs)
            {
                Merge(score, gazetteer, model.WithOutsideBias(bias).WithNeuralWeight(weight).WithNeuralSkipMargin(margin), test);
            }

            var s = ws.Neural.SkippedTokens - skipped;
            share = s / (double)Math.Max(1, s + ws.Neural.ScoredTokens - scored);
            return score.F1;
        }

        var all = F1(0f, out _);
        var chosen = 0f;
        foreach (var multiple in SkipMarginGrid)
        {
            var margin = MathF.Round(multiple * weight * NerTagger.NetworkSwing, 1);
            var f1 = F1(margin, out var share);
            progress($"network skip margin {margin} ({multiple} × swing): F1 {100 * f1:0.00} ({100 * share:0.0}% of tokens not scored by the network; all scored: {100 * all:0.00})");
            if (f1 < (floor ?? all - SkipTolerance))
            {
                break;
            }

            chosen = margin;
        }

        return chosen;
    }

    private static void Merge(NerScore total, NerGazetteer gazetteer, NerModel model, List<NerSentence> test)
    {
        var tagger = new NerTagger(model, gazetteer);
        var i = 0;
        foreach (var tags in tagger.TagInBlocks(test))
        {
            total.Add(test[i++].Tags, tags);
        }
    }

    [GeneratedRegex(@"-201805(0[1-9]|1[0-5])(\.txt)?$")]
    private static partial Regex HeldOutName();
}
