using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>Session 15's character encoder of the window network (<see cref="CharEncoder"/>, <c>train-ner --neural-chars</c>).</summary>
public class CharEncoderTests
{
    private static NerModel MixedModel(int charFilters, int seed = 1, int recurrent = 0)
    {
        var (lexicon, vectors) = TinyNerData.LexiconWithRandomVectors(seed: 5);
        var sentences = TinyNerData.Sentences();
        var neural = new NeuralOptions { Vectors = vectors, Hidden = 16, SparseBits = 12, Epochs = 6, LearningRate = 0.05f, Blocks = 3, Seed = seed, Features = false, CharFilters = charFilters, Recurrent = recurrent };
        var stack = NeuralStack.Train(sentences, lexicon, NerGazetteer.Empty, neural);
        return new NerTrainer(new NerTrainingOptions { Epochs = 4, HashBits = 14, Seed = 1 }, lexicon, NerGazetteer.Empty) { Stack = stack }
            .Train(sentences).WithNeuralWeight(20f);
    }

    private static NerWorkspace Prepared(NerModel model, string[] sentence)
    {
        var extractor = new NerFeatureExtractor(model.Lexicon, NerGazetteer.Empty, model.HashBits);
        var ws = new NerWorkspace();
        foreach (var t in sentence)
        {
            ws.Add(t);
        }

        extractor.Extract(ws);
        return ws;
    }

    private static float[] ProbabilitiesOf(NerModel model, string[] sentence)
    {
        var ws = Prepared(model, sentence);
        model.Neural!.Score(ws);
        return ws.Neural.Probs.AsSpan(0, sentence.Length * NerTags.Count).ToArray();
    }

    /// <summary>The loss Σ g ⊙ pooled for fixed random g: its gradient for the pooled vector is g itself.</summary>
    private static double Loss(CharEncoder encoder, int[] symbols, float[] gradPooled)
    {
        var pooled = new float[encoder.OutputWidth];
        encoder.Encode(symbols, pooled, new int[encoder.OutputWidth]);
        var loss = 0.0;
        for (var d = 0; d < pooled.Length; d++)
        {
            loss += gradPooled[d] * (double)pooled[d];
        }

        return loss;
    }

    [Fact]
    public void Back_propagation_through_the_max_pooling_matches_numeric_gradients()
    {
        var random = new Random(11);
        var encoder = CharEncoder.Create(16, 16, random);
        for (var i = 0; i < encoder.Weights.Length; i++)
        {
            encoder.Weights[i] += (float)((random.NextDouble() * 2) - 1) * 0.3f;
        }

        var buffer = new int[CharEncoder.MaxSymbols];
        // An invented spelling with a repeated letter, so that one embedding gets gradient from several places.
        var symbols = buffer.AsSpan(0, CharEncoder.SymbolsOf("وبرنابورا", 1, buffer)).ToArray();
        var gradPooled = new float[encoder.OutputWidth];
        for (var d = 0; d < gradPooled.Length; d++)
        {
            gradPooled[d] = (float)((random.NextDouble() * 2) - 1);
        }

        var best = new int[encoder.OutputWidth];
        var pooled = new float[encoder.OutputWidth];
        encoder.Encode(symbols, pooled, best);
        var gradWeights = new float[encoder.Weights.Length];
        encoder.Backward(symbols, best, pooled, gradPooled, gradWeights);

        // Small steps: max pooling is piecewise linear, so a step must not change which letters win.
        const float eps = 1e-3f;
        var checkedWeights = 0;
        for (var index = 0; index < encoder.Weights.Length; index += 7)
        {
            var keep = encoder.Weights[index];
            encoder.Weights[index] = keep + eps;
            var plus = Loss(encoder, symbols, gradPooled);
            encoder.Weights[index] = keep - eps;
            var minus = Loss(encoder, symbols, gradPooled);
            encoder.Weights[index] = keep;
            Assert.Equal((plus - minus) / (2 * eps), gradWeights[index], 0.02 + (0.02 * Math.Abs(gradWeights[index])));
            checkedWeights++;
        }

        Assert.True(checkedWeights > 100);
        Assert.Contains(gradWeights.Take(CharEncoder.Symbols * CharEncoder.EmbeddingWidth), g => Math.Abs(g) > 0.05f);
        Assert.Contains(gradWeights.Skip(CharEncoder.Symbols * CharEncoder.EmbeddingWidth), g => Math.Abs(g) > 0.05f);
    }

    [Fact]
    public void An_unseen_word_s_probabilities_depend_on_its_middle_letters_only_with_the_encoder()
    {
        // Two invented words the lexicon does not hold, alike in length, first three and last three letters (all that the
        // hashed affix rows read), different in the middle.
        string[] one = ["قال", "دومينيكوفا", "في", "طرابلس"];
        string[] other = ["قال", "دومستريوفا", "في", "طرابلس"];
        Assert.Equal(one[1].Length, other[1].Length);
        Assert.Equal(one[1][..3], other[1][..3]);
        Assert.Equal(one[1][^3..], other[1][^3..]);

        var window = MixedModel(charFilters: 0);
        var token = NerTags.Count..(2 * NerTags.Count);
        Assert.Equal(ProbabilitiesOf(window, one)[token], ProbabilitiesOf(window, other)[token]);
        var chars = MixedModel(charFilters: 16);
        Assert.NotEqual(ProbabilitiesOf(chars, one)[token], ProbabilitiesOf(chars, other)[token]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_model_bytes_and_no_encoder_changes_nothing()
    {
        var a = MixedModel(16).ToBytes();
        Assert.Equal(a, MixedModel(16).ToBytes());
        Assert.NotEqual(a, MixedModel(16, seed: 2).ToBytes());
        var without = MixedModel(0).ToBytes();
        Assert.NotEqual(a, without);
        // Without the encoder a network is written in the format it had before (session 8's, version 6).
        Assert.Equal(6, BitConverter.ToInt32(without, 4));
    }

    [Fact]
    public void A_model_with_the_encoder_survives_the_file_and_tags_as_before()
    {
        var model = MixedModel(16, recurrent: 16);
        Assert.Equal(16, model.Neural!.Chars!.Filters);
        var bytes = model.ToBytes();
        Assert.Equal(10, BitConverter.ToInt32(bytes, 4));
        var loaded = NerModel.Load(new MemoryStream(bytes));
        Assert.Equal(model.Neural.Chars.Weights, loaded.Neural!.Chars!.Weights);
        Assert.Equal(model.Neural.Chars.Projection, loaded.Neural.Chars.Projection);
        Assert.Equal(16, loaded.Neural.Recurrent!.Units);
        Assert.Equal(bytes, loaded.ToBytes());
        var sentence = TinyNerData.UnseenNamesSentence;
        Assert.Equal(new NerTagger(model, NerGazetteer.Empty).Tag(sentence), new NerTagger(loaded, NerGazetteer.Empty).Tag(sentence));
        var before = ProbabilitiesOf(model, sentence);
        var after = ProbabilitiesOf(loaded, sentence);
        for (var t = 0; t < before.Length; t++)
        {
            Assert.Equal(before[t], after[t], 0.01f);
        }
    }

    [Fact]
    public void Tagging_with_the_row_cache_scores_as_the_training_path_does()
    {
        var model = MixedModel(16);
        var scorer = model.Neural!;
        var sentence = TinyNerData.UnseenNamesSentence;
        // Twice on one workspace: the second time the letters' rows come from the cache.
        var ws = Prepared(model, sentence);
        scorer.Score(ws);
        scorer.Score(ws);
        var tagged = ws.Neural.Probs.AsSpan(0, sentence.Length * NerTags.Count).ToArray();
        NeuralInput.Fill(ws, scorer.SparseBits, scorer.Inputs);
        var trained = new float[sentence.Length * NerTags.Count];
        scorer.Score(NeuralSentence.From(ws, new int[sentence.Length]), trained);
        for (var t = 0; t < trained.Length; t++)
        {
            Assert.Equal(trained[t], tagged[t], 0.01f);
        }
    }

    [Fact]
    public void The_tagging_response_table_gives_the_training_encoder_s_rows()
    {
        var random = new Random(3);
        var encoder = CharEncoder.Create(16, 32, random);
        var buffer = new int[CharEncoder.MaxSymbols];
        foreach (var (word, proclitic) in new[] { ("وسنغافورة", 1), ("ب", 0), ("Zentrix2024", 0) })
        {
            var symbols = buffer.AsSpan(0, CharEncoder.SymbolsOf(word, proclitic, buffer));
            var trained = new float[32];
            encoder.AddRows(symbols, trained);
            var tagged = new float[32];
            encoder.AddRows(word, proclitic, tagged);
            Assert.Contains(trained, x => x != 0);
            for (var q = 0; q < trained.Length; q++)
            {
                Assert.Equal(trained[q], tagged[q], 1e-4f);
            }
        }
    }

    [Fact]
    public void A_tampered_encoder_header_is_a_clear_error()
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            // 2^20 filters would ask for gigabytes: refused before anything is allocated.
            w.Write(1 << 20);
            w.Write(80);
        }

        stream.Position = 0;
        using var r = new BinaryReader(stream);
        Assert.Throws<InvalidDataException>(() => CharEncoder.Read(r, 80));
    }
}
