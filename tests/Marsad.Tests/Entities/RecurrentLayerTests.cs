using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>Session 14's bidirectional GRU over the window network's hidden units (<see cref="RecurrentLayer"/>,
/// <c>train-ner --neural-recurrent</c>).</summary>
public class RecurrentLayerTests
{
    private static readonly string[] Sentence = TinyNerData.UnseenNamesSentence;

    private static NerModel MixedModel(int recurrent, int seed = 1)
    {
        var (lexicon, vectors) = TinyNerData.LexiconWithRandomVectors(seed: 5);
        var sentences = TinyNerData.Sentences();
        var neural = new NeuralOptions { Vectors = vectors, Hidden = 16, SparseBits = 12, Epochs = 6, LearningRate = 0.05f, Blocks = 3, Seed = seed, Features = false, Recurrent = recurrent };
        var stack = NeuralStack.Train(sentences, lexicon, NerGazetteer.Empty, neural);
        return new NerTrainer(new NerTrainingOptions { Epochs = 4, HashBits = 14, Seed = 1 }, lexicon, NerGazetteer.Empty) { Stack = stack }
            .Train(sentences).WithNeuralWeight(20f);
    }

    private static float[] ProbabilitiesOf(NerModel model, string[] sentence)
    {
        var extractor = new NerFeatureExtractor(model.Lexicon, NerGazetteer.Empty, model.HashBits);
        var ws = new NerWorkspace();
        foreach (var t in sentence)
        {
            ws.Add(t);
        }

        extractor.Extract(ws);
        model.Neural!.Score(ws);
        return ws.Neural.Probs.AsSpan(0, sentence.Length * NerTags.Count).ToArray();
    }

    private static float[] RandomValues(Random random, int count, float scale)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)((random.NextDouble() * 2) - 1) * scale;
        }

        return values;
    }

    /// <summary>The loss Σ g ⊙ states for fixed random g: its gradient for the states is g itself.</summary>
    private static double Loss(RecurrentLayer layer, float[] inputs, int n, float[] gradStates)
    {
        var trace = new RecurrentTrace();
        layer.Forward(inputs, n, trace);
        var loss = 0.0;
        for (var i = 0; i < n * layer.OutputWidth; i++)
        {
            loss += gradStates[i] * (double)trace.States[i];
        }

        return loss;
    }

    [Fact]
    public void Back_propagation_through_time_matches_numeric_gradients()
    {
        var random = new Random(7);
        const int input = 16;
        const int units = 16;
        const int n = 4;
        var layer = RecurrentLayer.Create(input, units, random);
        // Non-zero biases, so that every parameter block is exercised away from its starting point.
        for (var i = 0; i < layer.Weights.Length; i++)
        {
            layer.Weights[i] += (float)((random.NextDouble() * 2) - 1) * 0.3f;
        }

        var inputs = RandomValues(random, n * input, 1f);
        var gradStates = RandomValues(random, n * layer.OutputWidth, 1f);
        var trace = new RecurrentTrace();
        layer.Forward(inputs, n, trace);
        var gradInputs = new float[inputs.Length];
        var gradWeights = new float[layer.Weights.Length];
        layer.Backward(inputs, n, trace, gradStates, gradInputs, gradWeights);

        const float eps = 1e-2f;
        double Numeric(float[] values, int index)
        {
            var keep = values[index];
            values[index] = keep + eps;
            var plus = Loss(layer, inputs, n, gradStates);
            values[index] = keep - eps;
            var minus = Loss(layer, inputs, n, gradStates);
            values[index] = keep;
            return (plus - minus) / (2 * eps);
        }

        var checkedWeights = 0;
        for (var index = 0; index < layer.Weights.Length; index += 29)
        {
            Assert.Equal(Numeric(layer.Weights, index), gradWeights[index], 2e-3 + (0.02 * Math.Abs(gradWeights[index])));
            checkedWeights++;
        }

        for (var index = 0; index < inputs.Length; index++)
        {
            Assert.Equal(Numeric(inputs, index), gradInputs[index], 2e-3 + (0.02 * Math.Abs(gradInputs[index])));
        }

        Assert.True(checkedWeights > 100);
        Assert.Contains(gradWeights, g => Math.Abs(g) > 0.05f);
    }

    [Fact]
    public void A_token_s_probabilities_depend_on_words_beyond_the_window_only_with_the_recurrent_layer()
    {
        string[] near = ["قال", "سامي", "الخطيب", "في", "طرابلس", "إن", "شركة", "النور"];
        string[] far = ["قال", "سامي", "الخطيب", "في", "طرابلس", "إن", "نادي", "الشروق"];
        // Token 0's ±2 window is the same in both sentences; the last two words differ.
        var window = MixedModel(recurrent: 0);
        Assert.Equal(ProbabilitiesOf(window, near)[..NerTags.Count], ProbabilitiesOf(window, far)[..NerTags.Count]);
        var recurrent = MixedModel(recurrent: 16);
        Assert.NotEqual(ProbabilitiesOf(recurrent, near)[..NerTags.Count], ProbabilitiesOf(recurrent, far)[..NerTags.Count]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_recurrent_model_bytes()
    {
        var a = MixedModel(16).ToBytes();
        Assert.Equal(a, MixedModel(16).ToBytes());
        Assert.NotEqual(a, MixedModel(16, seed: 2).ToBytes());
        Assert.NotEqual(a, MixedModel(0).ToBytes());
    }

    [Fact]
    public void A_recurrent_model_survives_the_file_and_tags_as_before()
    {
        var model = MixedModel(16);
        Assert.Equal(16, model.Neural!.Recurrent!.Units);
        var bytes = model.ToBytes();
        Assert.Equal(9, BitConverter.ToInt32(bytes, 4));
        var loaded = NerModel.Load(new MemoryStream(bytes));
        Assert.Equal(16, loaded.Neural!.Recurrent!.Units);
        Assert.Equal(model.Neural.Recurrent.Weights, loaded.Neural.Recurrent.Weights);
        Assert.Equal(bytes, loaded.ToBytes());
        Assert.Equal(new NerTagger(model, NerGazetteer.Empty).Tag(Sentence), new NerTagger(loaded, NerGazetteer.Empty).Tag(Sentence));

        // The file stores the vectors as signed bytes, so the probabilities agree to about a hundredth.
        var before = ProbabilitiesOf(model, Sentence);
        var after = ProbabilitiesOf(loaded, Sentence);
        for (var t = 0; t < before.Length; t++)
        {
            Assert.Equal(before[t], after[t], 0.01f);
        }
    }

    [Fact]
    public void Tagging_scores_as_the_training_path_does()
    {
        var model = MixedModel(16);
        var scorer = model.Neural!;
        var tagged = ProbabilitiesOf(model, Sentence);
        // The training path reads the float sparse rows, tagging the 16-bit ones: the same probabilities within rounding.
        var extractor = new NerFeatureExtractor(model.Lexicon, NerGazetteer.Empty, model.HashBits);
        var ws = new NerWorkspace();
        foreach (var t in Sentence)
        {
            ws.Add(t);
        }

        extractor.Extract(ws);
        NeuralInput.Fill(ws, scorer.SparseBits, scorer.Inputs);
        var input = NeuralSentence.From(ws, new int[Sentence.Length]);
        var trained = new float[Sentence.Length * NerTags.Count];
        scorer.Score(input, trained);
        for (var t = 0; t < trained.Length; t++)
        {
            Assert.Equal(trained[t], tagged[t], 0.01f);
        }
    }

    [Fact]
    public void Scoring_only_some_tokens_of_a_recurrent_model_gives_them_the_probabilities_of_scoring_all()
    {
        // The directions stop at the last and the first needed token: the needed tokens' states, hence their
        // probabilities, are bit for bit those of the full run; a sentence with no needed token is left alone.
        var model = MixedModel(16);
        var extractor = new NerFeatureExtractor(model.Lexicon, NerGazetteer.Empty, model.HashBits);
        var ws = new NerWorkspace();
        foreach (var t in Sentence)
        {
            ws.Add(t);
        }

        extractor.Extract(ws);
        model.Neural!.Score(ws);
        var all = ws.Neural.Probs.AsSpan(0, Sentence.Length * NerTags.Count).ToArray();
        foreach (var needed in new[] { new[] { false, true, false, true, false, false }, [true, false, false, false, false, false], [false, false, false, false, false, true], new bool[6] })
        {
            ws.Neural.Probs.AsSpan().Clear();
            needed.CopyTo(ws.Neural.Needed, 0);
            model.Neural.ScoreNeeded(ws);
            for (var i = 0; i < Sentence.Length; i++)
            {
                var probs = ws.Neural.Probs.AsSpan(i * NerTags.Count, NerTags.Count).ToArray();
                Assert.Equal(needed[i] ? all.AsSpan(i * NerTags.Count, NerTags.Count).ToArray() : new float[NerTags.Count], probs);
            }
        }
    }

    [Fact]
    public void A_forward_run_over_a_range_gives_the_states_of_the_full_run_there()
    {
        var random = new Random(3);
        var layer = RecurrentLayer.Create(32, 16, random);
        const int n = 7;
        var inputs = RandomValues(random, n * 32, 1f);
        for (var i = 0; i < inputs.Length; i += 3)
        {
            inputs[i] = 0; // ReLU inputs: many are zero
        }

        var full = new RecurrentTrace();
        layer.Forward(inputs, n, full);
        var part = new RecurrentTrace();
        layer.Forward(inputs, n, part, 2, 4);
        for (var t = 0; t < n; t++)
        {
            if (t <= 4)
            {
                Assert.Equal(full.StateOf(t, 0, 16).ToArray(), part.StateOf(t, 0, 16).ToArray());
            }

            if (t >= 2)
            {
                Assert.Equal(full.StateOf(t, 1, 16).ToArray(), part.StateOf(t, 1, 16).ToArray());
            }
        }

        // Beyond the range the directions did not run.
        Assert.All(part.StateOf(6, 0, 16).ToArray(), x => Assert.Equal(0f, x));
        Assert.All(part.StateOf(0, 1, 16).ToArray(), x => Assert.Equal(0f, x));
    }

    [Theory]
    [InlineData(16, true)]
    [InlineData(48, true)]
    [InlineData(96, false)]
    [InlineData(160, true)]
    public void Weighted_rows_in_registers_sum_bit_for_bit_as_one_axpy_per_row(int width, bool skipZeros)
    {
        var random = new Random(width);
        const int count = 21;
        var x = RandomValues(random, count, 2f);
        x[3] = 0;
        x[10] = 0;
        var rows = RandomValues(random, count * width, 1f);
        var start = RandomValues(random, width, 0.5f);
        var expected = (float[])start.Clone();
        for (var k = 0; k < count; k++)
        {
            if (!skipZeros || x[k] != 0)
            {
                NeuralMath.Axpy(x[k], rows.AsSpan(k * width, width), expected);
            }
        }

        var actual = (float[])start.Clone();
        NeuralMath.AddWeightedRows(x, rows, actual, skipZeros);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_tampered_recurrent_header_is_a_clear_error()
    {
        var bytes = MixedModel(16).ToBytes();
        var loaded = NerModel.Load(new MemoryStream(bytes));
        // A layer whose input width is not the network's is refused, not read.
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(loaded.Neural!.Hidden + 16);
            w.Write(16);
        }

        stream.Position = 0;
        using var r = new BinaryReader(stream);
        Assert.Throws<InvalidDataException>(() => RecurrentLayer.Read(r, loaded.Neural.Hidden));
    }
}
