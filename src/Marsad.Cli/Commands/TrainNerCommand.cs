using System.CommandLine;
using Marsad.Entities;
using Marsad.Knowledge;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train-ner --train FILE [--unlabelled CORPUS] [--dev-fraction F | --folds K] [--seed N] --out MODEL</c>.</summary>
public static class TrainNerCommand
{
    public static Command Create(CommandIO io)
    {
        var train = new Option<string>("--train") { Description = "Labelled CoNLL file (token TAG per line, blank line between sentences).", Required = true };
        var unlabelled = new Option<string[]>("--unlabelled")
        {
            Description = "Unlabelled articles (files, folders, archives) to learn word clusters from; ANT articles of 1-15 May 2018 are skipped.",
            AllowMultipleArgumentsPerToken = true,
        };
        var devFraction = new Option<double>("--dev-fraction") { Description = "Score on the last fraction of sentences before the final training (0 to skip).", DefaultValueFactory = _ => 0.1 };
        var folds = new Option<int>("--folds") { Description = "Estimate by K-fold cross-validation instead of a dev slice." };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed and data, same model bytes).", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Perceptron passes over the data.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the hashed feature table.", DefaultValueFactory = _ => new NerTrainingOptions().HashBits };
        var dropout = new Option<double>("--word-dropout") { Description = "Probability of hiding a token's word-identity features in a training pass.", DefaultValueFactory = _ => new NerTrainingOptions().WordDropout };
        var twoPass = new Option<bool>("--two-pass") { Description = "Train a two-pass tagger: a second pass also reads the first pass's tags of the sentence and of the same words across the document (tagging takes about twice as long)." };
        var ensemble = new Option<int>("--ensemble") { Description = "Average this many models trained with consecutive seeds.", DefaultValueFactory = _ => new NerTrainingOptions().Ensemble };
        var margin = new Option<float>("--margin") { Description = "Cost-augmented training: a wrong tag's head start in decoding (0 = plain perceptron).", DefaultValueFactory = _ => new NerTrainingOptions().Margin };
        var lexiconFrom = new Option<string?>("--lexicon-from") { Description = "Reuse the word clusters of an existing model file instead of learning them from --unlabelled." };
        var estimateOnly = new Option<bool>("--estimate-only") { Description = "Stop after the dev-slice estimate and write the dev-slice model (no final run on every sentence): for quick experiments." };
        var embeddingDim = new Option<int>("--embedding-dim") { Description = "Learn skip-gram embeddings of this many dimensions from --unlabelled (their clusters and the name likeness of each word become features; 0: none).", DefaultValueFactory = _ => new EmbeddingOptions().Dimensions };
        var embeddingEpochs = new Option<int>("--embedding-epochs") { Description = "Skip-gram passes over the unlabelled corpus.", DefaultValueFactory = _ => new EmbeddingOptions().Epochs };
        var embeddingWindow = new Option<int>("--embedding-window") { Description = "Largest distance of a skip-gram context word.", DefaultValueFactory = _ => new EmbeddingOptions().Window };
        var selfTrain = new Option<int>("--self-train") { Description = "Add up to this many --unlabelled sentences that two models of different seeds tag alike (with a name) to the training data." };
        var teachers = new Option<int>("--teachers") { Description = "With --self-train: this many full models (the network mixed in, every other one with the wide window) must agree on a sentence, instead of two perceptrons (0)." };
        var silverFor = new Option<string>("--silver-for") { Description = "With --self-train: what learns from the added sentences: both, network or perceptron.", DefaultValueFactory = _ => "both" };
        var silverNameless = new Option<bool>("--silver-without-names") { Description = "With --self-train: keep agreed sentences without a name too (the added data then does not tilt the tagger towards names)." };
        var embeddingCache = new Option<string?>("--embedding-cache") { Description = "Experiments: read the skip-gram vectors from this file when it exists, else write them to it." };
        var withoutParts = new Option<string[]>("--lexicon-without")
        {
            Description = "Ablation: drop parts of the lexicon (embedding-clusters, likeness) before training.",
            AllowMultipleArgumentsPerToken = true,
        };
        var profileArticles = new Option<int>("--corpus-profile") { Description = "Tag this many --unlabelled articles with a context-only model (no word identity) trained on the labelled data; each word's share of occurrences per entity type becomes a feature (0: none)." };
        var profileEpochs = new Option<int>("--profile-epochs") { Description = "Perceptron passes of the context-only model behind --corpus-profile.", DefaultValueFactory = _ => new NerTrainingOptions().ProfileEpochs };
        var profileMinCount = new Option<int?>("--profile-min-count") { Description = $"With --corpus-profile: words seen fewer times in the tagged articles get no profile (default {CorpusProfile.MinOccurrences}; 1 to 1000000)." };
        var profileMinShare = new Option<double?>("--profile-min-share") { Description = "With --corpus-profile: words tagged as a name in under this share of their occurrences get no profile (0 to 1; default 0)." };
        var profileKeepNames = new Option<bool>("--profile-keep-listed-names") { Description = "With --profile-common-ratio: a common word the gazetteers list as a name on its own (a first or family name as written, a one-word listed name, the article before a first name) keeps its profile." };
        var profileCommonRatio = new Option<double?>("--profile-common-ratio") { Description = "With --corpus-profile: words whose stem is used both with and without the article, the rarer form at least this share of the other (common words, not names), get no profile (0 to 1; default 0: off)." };
        var errors = new Option<string?>("--errors") { Description = "Write the dev-slice mistakes (counts by kind, then each sentence with gold and predicted tags) to this file." };
        var neuralVectors = new Option<string?>("--neural-vectors") { Description = "Stack a window network over these word vectors: raw (as --embedding-cache writes them, in the lexicon's order) or a model file with a network (its stored vectors; same lexicon): its jack-knifed tag probabilities become perceptron features." };
        var neuralHidden = new Option<int>("--neural-hidden") { Description = "Hidden units of the stacked network (a multiple of 16).", DefaultValueFactory = _ => 64 };
        var neuralInputs = new Option<string[]>("--neural-inputs") { Description = "Optional inputs of the stacked network: neighbour-affixes (the neighbours' stem affixes and identities), word-trigrams (letter trigrams of the word), wide-window (vectors and flags of ±3 tokens).", AllowMultipleArgumentsPerToken = true };
        var neuralNetworks = new Option<int>("--neural-networks") { Description = "Networks averaged in the mix (1 or 2: the second trained with another seed; tagging scores both).", DefaultValueFactory = _ => 1 };
        var neuralSparseBits = new Option<int>("--neural-sparse-bits") { Description = "log2 of the stacked network's hashed sparse feature table (8..20; smaller tables tag faster).", DefaultValueFactory = _ => new NeuralOptions().SparseBits };
        var neuralEpochs = new Option<int>("--neural-epochs") { Description = "Passes of the stacked network over the data.", DefaultValueFactory = _ => 6 };
        var neuralRate = new Option<float>("--neural-rate") { Description = "Learning rate of the stacked network.", DefaultValueFactory = _ => 0.02f };
        var neuralBlocks = new Option<int>("--neural-blocks") { Description = "Jack-knife blocks of the stacked network's training probabilities.", DefaultValueFactory = _ => 5 };
        var neuralRecurrent = new Option<int>("--neural-recurrent") { Description = "Units per direction of a bidirectional GRU over the stacked network's hidden units (a multiple of 16, at most 256; 0: none), so the network reads the whole sentence.", DefaultValueFactory = _ => 0 };
        var neuralRecurrentDropout = new Option<double>("--neural-recurrent-dropout") { Description = "Probability of dropping each input of the recurrent layer in training (0 to 0.9).", DefaultValueFactory = _ => 0 };
        var neuralChars = new Option<int>("--neural-chars") { Description = "Filters per width (2, 3 and 4 letters; a multiple of 16, at most 128; 0: none) of a character encoder whose max-pooled vector of each word's letters joins the stacked network's inputs, so unseen words are read through their letters.", DefaultValueFactory = _ => 0 };
        var neuralCharsDropout = new Option<double>("--neural-chars-dropout") { Description = "Probability of dropping each dimension of the character encoder's vector in training (0 to 0.9).", DefaultValueFactory = _ => new NeuralOptions().CharDropout };
        var neuralNoFeatures = new Option<bool>("--neural-mix-only") { Description = "The stacked network's probabilities are not perceptron features: only their log, with a weight tuned on held-out data, is added to the perceptron's scores." };
        var skipFloor = new Option<double?>("--skip-floor") { Description = "Speed: the held-out F1 (in points, e.g. 77.2) down to which the network's skip margin may be chosen (the most tokens skipped at or above it; default: within 0.05 points of scoring every token)." };
        var skipFor = new Option<string?>("--tune-skip-for") { Description = "Speed: with --folds, choose on the cross-validation (at this mixed model's O bias and network weight) the perceptron margin from which the network is skipped, and write this model with it instead of training a final one." };
        var outsideBias = new Option<float?>("--outside-bias") { Description = "Store the model with this O bias instead of the one the held-out grid picks (-64 to 256; e.g. one chosen on the pipeline's development articles); the estimate is given at it." };
        var neuralWeight = new Option<float?>("--neural-weight") { Description = "Store the model with this network weight instead of the grid's pick (0 to 256; with --neural-mix-only); the estimate is given at it." };
        var output = new Option<string>("--out") { Description = "Where to write the model file.", Required = true };
        var command = new Command("train-ner", "Train the named-entity tagger (averaged perceptron over hashed features, gazetteers and word clusters).")
        {
            train, unlabelled, devFraction, folds, seed, epochs, hashBits, dropout, twoPass, ensemble, margin, lexiconFrom, estimateOnly, embeddingDim, embeddingEpochs, embeddingWindow, embeddingCache, selfTrain, teachers, silverFor, silverNameless, withoutParts, profileArticles, profileEpochs, profileMinCount, profileMinShare, profileCommonRatio, profileKeepNames, neuralVectors, neuralHidden, neuralInputs, neuralNetworks, neuralSparseBits, neuralEpochs, neuralRate, neuralBlocks, neuralRecurrent, neuralRecurrentDropout, neuralChars, neuralCharsDropout, neuralNoFeatures, errors, skipFloor, skipFor, outsideBias, neuralWeight, output,
        };
        command.SetAction(parse =>
        {
            var trainPath = parse.GetValue(train)!;
            if (!File.Exists(trainPath))
            {
                io.Error.WriteLine($"marsad train-ner: {trainPath}: no such file");
                return Program.UsageError;
            }

            var fraction = parse.GetValue(devFraction);
            var k = parse.GetValue(folds);
            var bits = parse.GetValue(hashBits);
            if (fraction is < 0 or >= 1 || k is < 0 or 1 || parse.GetValue(epochs) < 1 || bits is < 10 or > 26)
            {
                io.Error.WriteLine("marsad train-ner: --dev-fraction must be in [0, 1), --folds 0 or at least 2, --epochs at least 1, --hash-bits 10..26");
                return Program.UsageError;
            }

            var sentences = ConllReader.ReadSentences(trainPath);
            if (sentences.Count == 0)
            {
                io.Error.WriteLine($"marsad train-ner: {trainPath}: no sentences");
                return 1;
            }

            SilverUse silverUse;
            switch (parse.GetValue(silverFor))
            {
                case "both": silverUse = SilverUse.Both; break;
                case "network": silverUse = SilverUse.Network; break;
                case "perceptron": silverUse = SilverUse.Perceptron; break;
                default:
                    io.Error.WriteLine($"marsad train-ner: --silver-for {parse.GetValue(silverFor)}: expected both, network or perceptron");
                    return Program.UsageError;
            }

            var options = new NerTrainingOptions { Seed = parse.GetValue(seed), Epochs = parse.GetValue(epochs), HashBits = bits, WordDropout = Math.Clamp(parse.GetValue(dropout), 0, 0.9), TwoPass = parse.GetValue(twoPass), Ensemble = Math.Clamp(parse.GetValue(ensemble), 1, 16), Margin = Math.Max(0, parse.GetValue(margin)) };
            options = options with { SelfTrainSentences = Math.Max(0, parse.GetValue(selfTrain)), ProfileArticles = Math.Max(0, parse.GetValue(profileArticles)), ProfileEpochs = Math.Clamp(parse.GetValue(profileEpochs), 1, 50), Teachers = Math.Clamp(parse.GetValue(teachers), 0, 8), SilverUse = silverUse, SilverWithoutNames = parse.GetValue(silverNameless) };
            var minCount = parse.GetValue(profileMinCount);
            var minShare = parse.GetValue(profileMinShare);
            var commonRatio = parse.GetValue(profileCommonRatio);
            if (minCount is < 1 or > 1_000_000 || minShare is { } share && !(share >= 0 && share <= 1) || commonRatio is { } ratio && !(ratio >= 0 && ratio <= 1))
            {
                io.Error.WriteLine("marsad train-ner: --profile-min-count must be 1..1000000, --profile-min-share and --profile-common-ratio 0..1");
                return Program.UsageError;
            }

            var keepNames = parse.GetValue(profileKeepNames);
            if (keepNames && commonRatio is not > 0)
            {
                io.Error.WriteLine("marsad train-ner: --profile-keep-listed-names needs --profile-common-ratio above 0");
                return Program.UsageError;
            }

            if ((minCount ?? minShare ?? commonRatio) is not null)
            {
                if (options.ProfileArticles == 0)
                {
                    io.Error.WriteLine("marsad train-ner: --profile-min-count, --profile-min-share and --profile-common-ratio need --corpus-profile");
                    return Program.UsageError;
                }

                options = options with { ProfileFilter = new ProfileFilter { MinOccurrences = minCount ?? CorpusProfile.MinOccurrences, MinNameShare = minShare ?? 0, CommonRatio = commonRatio ?? 0, KeepListedNames = keepNames } };
            }

            if (parse.GetValue(neuralVectors) is { } vectorsPath)
            {
                if (!File.Exists(vectorsPath))
                {
                    io.Error.WriteLine($"marsad train-ner: {vectorsPath}: no such file");
                    return Program.UsageError;
                }

                var hiddenUnits = Math.Clamp((parse.GetValue(neuralHidden) + 15) / 16 * 16, 16, 512);
                var sparseBits = Math.Clamp(parse.GetValue(neuralSparseBits), 8, 20);
                if ((1L << sparseBits) * hiddenUnits > NeuralScorer.MaxSparseWeights)
                {
                    // Caught before training: a model file with a larger table is refused when it is read back.
                    io.Error.WriteLine($"marsad train-ner: 2^--neural-sparse-bits × --neural-hidden ({1L << sparseBits} × {hiddenUnits}) must be at most 2^24");
                    return Program.UsageError;
                }

                var recurrentUnits = parse.GetValue(neuralRecurrent);
                if (recurrentUnits is < 0 or > 256 || recurrentUnits % 16 != 0)
                {
                    io.Error.WriteLine($"marsad train-ner: --neural-recurrent {recurrentUnits}: expected 0 or a multiple of 16 up to 256");
                    return Program.UsageError;
                }

                var charFilters = parse.GetValue(neuralChars);
                if (charFilters is < 0 or > 128 || charFilters % 16 != 0)
                {
                    io.Error.WriteLine($"marsad train-ner: --neural-chars {charFilters}: expected 0 or a multiple of 16 up to 128");
                    return Program.UsageError;
                }

                var inputSet = NeuralInputSet.None;
                foreach (var name in parse.GetValue(neuralInputs) ?? [])
                {
                    switch (name)
                    {
                        case "neighbour-affixes": inputSet |= NeuralInputSet.NeighbourAffixes; break;
                        case "word-trigrams": inputSet |= NeuralInputSet.WordTrigrams; break;
                        case "wide-window": inputSet |= NeuralInputSet.WideWindow; break;
                        default:
                            io.Error.WriteLine($"marsad train-ner: --neural-inputs {name}: expected neighbour-affixes, word-trigrams or wide-window");
                            return Program.UsageError;
                    }
                }

                options = options with { Neural = new NeuralOptions { VectorsPath = vectorsPath, Hidden = hiddenUnits, SparseBits = sparseBits, Inputs = inputSet, Recurrent = recurrentUnits, CharFilters = charFilters, CharDropout = Math.Clamp(parse.GetValue(neuralCharsDropout), 0, 0.9), RecurrentDropout = Math.Clamp(parse.GetValue(neuralRecurrentDropout), 0, 0.9), Networks = Math.Clamp(parse.GetValue(neuralNetworks), 1, 2), Epochs = Math.Clamp(parse.GetValue(neuralEpochs), 1, 50), LearningRate = Math.Clamp(parse.GetValue(neuralRate), 1e-4f, 1f), Blocks = Math.Clamp(parse.GetValue(neuralBlocks), 2, 20), Features = !parse.GetValue(neuralNoFeatures), SkipFloor = parse.GetValue(skipFloor) is { } floor ? Math.Clamp(floor / 100, 0, 1) : null } };
            }

            var biasGiven = parse.GetValue(outsideBias);
            var weightGiven = parse.GetValue(neuralWeight);
            if (biasGiven is { } b && !(b >= -64 && b <= 256))
            {
                io.Error.WriteLine("marsad train-ner: --outside-bias: expected a number from -64 to 256");
                return Program.UsageError;
            }

            if (weightGiven is { } w && (!(w >= 0 && w <= 256) || options.Neural is not { Features: false }))
            {
                io.Error.WriteLine("marsad train-ner: --neural-weight: expected a number from 0 to 256, with --neural-vectors and --neural-mix-only");
                return Program.UsageError;
            }

            options = options with { OutsideBias = biasGiven, NeuralWeight = weightGiven };
            var dim = parse.GetValue(embeddingDim);
            options = options with { Embeddings = dim <= 0 ? null : new EmbeddingOptions { Dimensions = (dim + 15) / 16 * 16, Epochs = Math.Clamp(parse.GetValue(embeddingEpochs), 1, 20), Window = Math.Clamp(parse.GetValue(embeddingWindow), 1, 10), CachePath = parse.GetValue(embeddingCache) } };
            var gazetteer = NerGazetteer.Load(ResourceFiles.Default);
            io.Out.WriteLine($"train-ner: {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens; gazetteer entries {gazetteer.Entries}");
            var lexicon = parse.GetValue(lexiconFrom) is { } from ? NerModel.Load(from).Lexicon : null;
            if (lexicon is not null && parse.GetValue(withoutParts) is { Length: > 0 } without)
            {
                lexicon = lexicon.Without(without.Contains("embedding-clusters"), without.Contains("likeness"));
                io.Out.WriteLine($"train-ner: lexicon without {string.Join(", ", without)}");
            }
            var skipTarget = parse.GetValue(skipFor) is { } skipPath ? NerModel.Load(skipPath) : null;
            if (skipTarget is not null && (k < 2 || skipTarget.Neural is null || skipTarget.NeuralFeatures))
            {
                io.Error.WriteLine("marsad train-ner: --tune-skip-for needs --folds and a model whose network is mixed in (--neural-mix-only)");
                return Program.UsageError;
            }

            using var errorWriter = parse.GetValue(errors) is { } errorPath ? new StreamWriter(errorPath) : null;
            var model = NerTrainingRun.Run(
                sentences,
                parse.GetValue(unlabelled) ?? [],
                lexicon,
                gazetteer,
                options,
                fraction,
                k,
                line =>
                {
                    io.Out.WriteLine(line);
                    io.Out.Flush();
                },
                parse.GetValue(estimateOnly),
                errorWriter,
                skipTarget);
            var outPath = parse.GetValue(output)!;
            model.Save(outPath);
            io.Out.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:0.0} MB)");
            return 0;
        });
        return command;
    }
}
