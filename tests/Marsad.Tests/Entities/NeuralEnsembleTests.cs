using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>Session 12's options of the window network: optional inputs (<see cref="NeuralInputSet"/>) and a second
/// network averaged in (<see cref="NeuralScorer.Partner"/>).</summary>
public class NeuralEnsembleTests
{
    private static readonly string[] Sentence = TinyNerData.UnseenNamesSentence;

    private static NerModel MixedModel(NeuralInputSet inputs, int networks)
    {
        var (lexicon, vectors) = TinyNerData.LexiconWithRandomVectors(seed: 5);
        var sentences = TinyNerData.Sentences();
        var neural = new NeuralOptions { Vectors = vectors, Hidden = 16, SparseBits = 12, Epochs = 8, LearningRate = 0.05f, Blocks = 3, Seed = 1, Features = false, Inputs = inputs, Networks = networks };
        var stack = NeuralStack.Train(sentences, lexicon, NerGazetteer.Empty, neural);
        return new NerTrainer(new NerTrainingOptions { Epochs = 4, HashBits = 14, Seed = 1 }, lexicon, NerGazetteer.Empty) { Stack = stack }
            .Train(sentences).WithNeuralWeight(20f);
    }

    private static float[] ProbabilitiesOf(NeuralScorer scorer, NerModel model)
    {
        var extractor = new NerFeatureExtractor(model.Lexicon, NerGazetteer.Empty, model.HashBits);
        var ws = new NerWorkspace();
        foreach (var t in Sentence)
        {
            ws.Add(t);
        }

        extractor.Extract(ws);
        scorer.Score(ws);
        return ws.Neural.Probs.AsSpan(0, Sentence.Length * NerTags.Count).ToArray();
    }

    private static int[] SparseIdsOf(NerModel model, NeuralInputSet inputs, int token)
    {
        var extractor = new NerFeatureExtractor(model.Lexicon, NerGazetteer.Empty, model.HashBits);
        var ws = new NerWorkspace();
        foreach (var t in Sentence)
        {
            ws.Add(t);
        }

        extractor.Extract(ws);
        NeuralInput.Fill(ws, 12, inputs);
        return ws.Neural.Sparse.AsSpan(token * NeuralBuffers.MaxSparse, ws.Neural.SparseCount[token]).ToArray();
    }

    [Fact]
    public void Optional_inputs_only_add_sparse_features_to_session_8_s()
    {
        var model = MixedModel(NeuralInputSet.None, 1);
        var plain = SparseIdsOf(model, NeuralInputSet.None, 1);
        var affixes = SparseIdsOf(model, NeuralInputSet.NeighbourAffixes, 1);
        var trigrams = SparseIdsOf(model, NeuralInputSet.WordTrigrams, 1);
        var both = SparseIdsOf(model, NeuralInputSet.NeighbourAffixes | NeuralInputSet.WordTrigrams, 1);
        Assert.Subset(affixes.ToHashSet(), plain.ToHashSet());
        Assert.Subset(trigrams.ToHashSet(), plain.ToHashSet());
        Assert.True(affixes.Length > plain.Length);

        // «جمانة» has five letters and so five trigrams with its edges (one per letter, the edges counted).
        Assert.Equal(plain.Length + 5, trigrams.Length);
        Assert.Equal(affixes.Length + 5, both.Length);
    }

    [Fact]
    public void Optional_inputs_and_a_partner_survive_the_file_and_tag_as_before()
    {
        var model = MixedModel(NeuralInputSet.NeighbourAffixes | NeuralInputSet.WordTrigrams | NeuralInputSet.WideWindow, 2);
        Assert.NotNull(model.Neural!.Partner);
        var bytes = model.ToBytes();
        Assert.Equal(8, BitConverter.ToInt32(bytes, 4));
        var loaded = NerModel.Load(new MemoryStream(bytes));
        Assert.Equal(model.Neural.Inputs, loaded.Neural!.Inputs);
        Assert.NotNull(loaded.Neural.Partner);
        Assert.Equal(bytes, loaded.ToBytes());
        Assert.Equal(new NerTagger(model, NerGazetteer.Empty).Tag(Sentence), new NerTagger(loaded, NerGazetteer.Empty).Tag(Sentence));

        // The file stores the vectors as signed bytes, so the probabilities agree to about a hundredth.
        var before = ProbabilitiesOf(model.Neural, model);
        var after = ProbabilitiesOf(loaded.Neural, loaded);
        for (var t = 0; t < before.Length; t++)
        {
            Assert.Equal(before[t], after[t], 0.01f);
        }
    }

    [Fact]
    public void Without_options_a_mixed_model_keeps_the_previous_format()
    {
        var model = MixedModel(NeuralInputSet.None, 1);
        Assert.Null(model.Neural!.Partner);
        Assert.Equal(6, BitConverter.ToInt32(model.ToBytes(), 4));
    }

    [Fact]
    public void A_partnered_network_gives_the_mean_of_its_two_networks_probabilities()
    {
        var model = MixedModel(NeuralInputSet.None, 2);
        var pair = model.Neural!;
        var first = ProbabilitiesOf(pair.WithPartner(null), model);
        var second = ProbabilitiesOf(pair.Partner!, model);
        var mean = ProbabilitiesOf(pair, model);
        Assert.NotEqual(first, second);
        for (var t = 0; t < mean.Length; t++)
        {
            Assert.Equal(0.5f * (first[t] + second[t]), mean[t], 6);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_partnered_model_bytes()
    {
        var a = MixedModel(NeuralInputSet.WordTrigrams, 2).ToBytes();
        Assert.Equal(a, MixedModel(NeuralInputSet.WordTrigrams, 2).ToBytes());
        Assert.NotEqual(a, MixedModel(NeuralInputSet.WordTrigrams, 1).ToBytes());
    }
}
