using Marsad.Entities;

namespace Marsad.Tests.Entities;

public class NeuralStackTests
{
    private static readonly string[] FirstNames = ["سامي", "نادر", "ليلى", "كريم", "هالة", "وليد"];
    private static readonly string[] Places = ["طرابلس", "حلب", "صفاقس", "مراكش", "الموصل", "أسوان"];

    /// <summary>A lexicon of the tiny data's words plus two words it never labels, «جمانة» (a first name) and «بنزرت»
    /// (a city), with vectors that put each near its kind: the corpus's knowledge that the labelled data lacks.</summary>
    private static (WordLexicon Lexicon, WordVectors Vectors) LexiconWithVectors()
    {
        var words = TinyNerData.Sentences().SelectMany(s => s.Tokens).Concat(["جمانة", "بنزرت", "شاهدنا", "صباحا"])
            .Select(Normalised).Distinct(StringComparer.Ordinal).ToArray();
        var lexicon = new WordLexicon(words, words.Select(_ => 10).ToArray(), words.Select(_ => new[] { 0, 0, 0 }).ToList());
        const int d = 16;
        var random = new Random(7);
        var rows = new float[words.Length * d];
        var person = new HashSet<string>(FirstNames.Append("جمانة").Select(Normalised));
        var place = new HashSet<string>(Places.Append("بنزرت").Select(Normalised));
        for (var e = 0; e < words.Length; e++)
        {
            for (var k = 0; k < d; k++)
            {
                rows[(e * d) + k] = (float)(random.NextDouble() - 0.5) * 0.3f;
            }

            // Dimension 0 marks first names, dimension 1 places.
            rows[(e * d) + 0] += person.Contains(words[e]) ? 1f : 0f;
            rows[(e * d) + 1] += place.Contains(words[e]) ? 1f : 0f;
        }

        return (lexicon, new WordVectors(d, rows));
    }

    private static string Normalised(string word)
    {
        var buffer = new char[64];
        return new string(buffer, 0, ArabicForms.Normalize(word, buffer));
    }

    private static NeuralOptions Options(WordVectors vectors, int seed = 1) => new() { Vectors = vectors, Hidden = 16, SparseBits = 12, Epochs = 8, LearningRate = 0.05f, Blocks = 3, Seed = seed };

    private static NerModel Train(WordLexicon lexicon, WordVectors vectors, int seed)
    {
        var sentences = TinyNerData.Sentences();
        var stack = NeuralStack.Train(sentences, lexicon, NerGazetteer.Empty, Options(vectors, seed));
        return new NerTrainer(new NerTrainingOptions { Epochs = 4, HashBits = 14, Seed = seed }, lexicon, NerGazetteer.Empty) { Stack = stack }.Train(sentences);
    }

    [Fact]
    public void The_same_seed_gives_the_same_stacked_model_bytes_and_another_seed_other_bytes()
    {
        var (lexicon, vectors) = LexiconWithVectors();
        var a = Train(lexicon, vectors, 1).ToBytes();
        var b = Train(lexicon, vectors, 1).ToBytes();
        var c = Train(lexicon, vectors, 2).ToBytes();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void The_shipped_recipe_cross_validated_tuned_and_mixed_gives_the_same_model_bytes_twice()
    {
        // As `train-ner --neural-mix-only --folds K` ships it: fold models, the O bias × weight grid, the skip-margin
        // walk, then the final model; a smaller network table as the speed recipes use it.
        var (lexicon, vectors) = LexiconWithVectors();
        var options = new NerTrainingOptions { Epochs = 3, HashBits = 13, Seed = 1, Neural = Options(vectors) with { Features = false, SparseBits = 10 } };
        byte[] Run() => NerTrainingRun.Run(TinyNerData.Sentences(), [], lexicon, NerGazetteer.Empty, options, 0.1, 3, _ => { }).ToBytes();
        var a = Run();
        Assert.Equal(a, Run());
        Assert.NotEqual(a, NerTrainingRun.Run(TinyNerData.Sentences(), [], lexicon, NerGazetteer.Empty, options with { Seed = 2 }, 0.1, 3, _ => { }).ToBytes());
    }

    [Fact]
    public void A_given_mix_point_is_the_one_the_model_ships_with_and_the_estimate_is_taken_at_it()
    {
        // A point chosen on the pipeline's development articles rather than on the held-out grid.
        var (lexicon, vectors) = LexiconWithVectors();
        var options = new NerTrainingOptions { Epochs = 3, HashBits = 13, Seed = 1, Neural = Options(vectors) with { Features = false, SparseBits = 10 } };
        var tuned = NerTrainingRun.Run(TinyNerData.Sentences(), [], lexicon, NerGazetteer.Empty, options, 0.1, 3, _ => { });
        var lines = new List<string>();
        byte[] Run(List<string>? log) => NerTrainingRun.Run(TinyNerData.Sentences(), [], lexicon, NerGazetteer.Empty, options with { OutsideBias = 37f, NeuralWeight = 5f }, 0.1, 3, line => log?.Add(line)).ToBytes();
        var given = Run(lines);
        var model = NerModel.Load(new MemoryStream(given));

        Assert.Equal(37f, model.OutsideBias);
        Assert.Equal(5f, model.NeuralWeight);
        Assert.NotEqual((37f, 5f), (tuned.OutsideBias, tuned.NeuralWeight));
        Assert.Equal(given, Run(null));
        // One grid point only, and the cross-validation reported at it.
        Assert.Single(lines, l => l.StartsWith("O bias ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("cross-validation", StringComparison.Ordinal) && l.Contains("O bias 37, network weight 5", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_file_gives_its_stored_vectors_at_unit_length_for_retraining_and_another_lexicon_none()
    {
        var (lexicon, vectors) = LexiconWithVectors();
        var path = Path.Combine(Path.GetTempPath(), $"marsad-vectors-{Guid.NewGuid():N}.bin");
        try
        {
            var model = Train(lexicon, vectors, 1);
            model.Save(path);
            var read = WordVectors.ReadRaw(path, lexicon);
            Assert.NotNull(read);
            var stored = model.Neural!.Vectors;
            Assert.Equal(stored.Dimensions, read.Dimensions);
            Assert.Equal(stored.Count, read.Count);
            for (var e = 0; e < read.Count; e++)
            {
                var v = read.Of(e);
                var length = 0.0;
                foreach (var x in v)
                {
                    length += x * x;
                }

                Assert.Equal(1.0, Math.Sqrt(length), 3);
                // Same direction as the row the file holds (quantised to signed bytes).
                var dot = 0.0;
                var squares = 0.0;
                var original = stored.Of(e);
                for (var k = 0; k < v.Length; k++)
                {
                    dot += v[k] * original[k];
                    squares += original[k] * original[k];
                }

                var cosine = dot / Math.Sqrt(squares);
                Assert.True(cosine > 0.99, $"row {e}: cosine {cosine}");
            }

            var other = new WordLexicon(["كلمة"], [1], [new[] { 0, 0, 0 }]);
            Assert.Null(WordVectors.ReadRaw(path, other));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_empty_vectors_file_is_no_vectors_rather_than_a_crash()
    {
        var lexicon = new WordLexicon(["كلمة"], [1], [new[] { 0, 0, 0 }]);
        var path = Path.Combine(Path.GetTempPath(), $"marsad-vectors-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, []);
            Assert.Null(WordVectors.ReadRaw(path, lexicon));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_network_reads_an_unlabelled_name_by_its_vector()
    {
        var (lexicon, vectors) = LexiconWithVectors();
        var stack = NeuralStack.Train(TinyNerData.Sentences(), lexicon, NerGazetteer.Empty, Options(vectors));
        var extractor = new NerFeatureExtractor(lexicon, NerGazetteer.Empty, 14);
        var ws = new NerWorkspace();
        float[] ProbsOf(params string[] tokens)
        {
            ws.Clear();
            foreach (var t in tokens)
            {
                ws.Add(t);
            }

            extractor.Extract(ws);
            stack.Scorer.Score(ws);
            return ws.Neural.Probs.AsSpan(0, tokens.Length * NerTags.Count).ToArray();
        }

        // Neither word is ever labelled, and the words around them are not the training contexts.
        var person = ProbsOf("شاهدنا", "جمانة", "صباحا");
        var place = ProbsOf("شاهدنا", "بنزرت", "صباحا");
        float Type(float[] p, int token, int type) => p[(token * NerTags.Count) + (2 * type) - 1] + p[(token * NerTags.Count) + (2 * type)];
        Assert.True(Type(person, 1, 1) > Type(person, 1, 3), $"PERS {Type(person, 1, 1)} vs LOC {Type(person, 1, 3)}");
        Assert.True(Type(place, 1, 3) > Type(place, 1, 1), $"LOC {Type(place, 1, 3)} vs PERS {Type(place, 1, 1)}");
        Assert.True(Type(person, 0, 1) + Type(person, 0, 3) < 0.5f);
    }

    [Fact]
    public void A_stacked_model_survives_its_file_and_tags_as_before()
    {
        var (lexicon, vectors) = LexiconWithVectors();
        var model = Train(lexicon, vectors, 1);
        var bytes = model.ToBytes();
        Assert.Equal(6, BitConverter.ToInt32(bytes, 4));
        var loaded = NerModel.Load(new MemoryStream(bytes));
        Assert.NotNull(loaded.Neural);
        Assert.Equal(bytes, loaded.ToBytes());

        string[] sentence = ["وصل", "جمانة", "إلى", "بنزرت", "أمس", "."];
        var tags = new NerTagger(model, NerGazetteer.Empty).Tag(sentence);
        Assert.Equal(tags, new NerTagger(loaded, NerGazetteer.Empty).Tag(sentence));
        Assert.Equal("B-LOC", NerTags.Name(tags[3]));
    }

    [Fact]
    public void A_network_mixed_in_with_weight_zero_and_no_features_leaves_the_perceptron_s_tags()
    {
        var (lexicon, vectors) = LexiconWithVectors();
        var sentences = TinyNerData.Sentences();
        var options = new NerTrainingOptions { Epochs = 4, HashBits = 14, Seed = 1 };
        var stack = NeuralStack.Train(sentences, lexicon, NerGazetteer.Empty, Options(vectors) with { Features = false });
        var plain = new NerTrainer(options, lexicon, NerGazetteer.Empty).Train(sentences);
        var mixed = new NerTrainer(options, lexicon, NerGazetteer.Empty) { Stack = stack }.Train(sentences);
        Assert.NotNull(mixed.Neural);
        Assert.False(mixed.NeuralFeatures);

        // Without features the perceptron trains as before; weight 0 then tags exactly as the perceptron alone.
        Assert.Equal(plain.Weights, mixed.Weights);
        string[] sentence = ["شاهدنا", "جمانة", "في", "بنزرت", "صباحا", "."];
        Assert.Equal(new NerTagger(plain, NerGazetteer.Empty).Tag(sentence), new NerTagger(mixed, NerGazetteer.Empty).Tag(sentence));

        // A heavy weight lets the network's reading of the unlabelled name through, and the weight survives the file.
        var heavy = mixed.WithNeuralWeight(50f);
        var loaded = NerModel.Load(new MemoryStream(heavy.ToBytes()));
        Assert.Equal(50f, loaded.NeuralWeight);
        Assert.False(loaded.NeuralFeatures);
        var tags = new NerTagger(loaded, NerGazetteer.Empty).Tag(sentence);
        Assert.Equal(new NerTagger(heavy, NerGazetteer.Empty).Tag(sentence), tags);
        Assert.Equal("B-LOC", NerTags.Name(tags[3]));
    }

    [Fact]
    public void Odd_text_does_not_break_a_stacked_tagger()
    {
        var (lexicon, vectors) = LexiconWithVectors();
        var tagger = new NerTagger(Train(lexicon, vectors, 1), NerGazetteer.Empty);
        Assert.Empty(tagger.Tag([]));
        var tags = tagger.Tag(["", "\u200f", new string('ب', 500), "123", "!!!", "\0"]);
        Assert.Equal(6, tags.Length);
        var long_ = Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? "حلب" : "كلمة").ToArray();
        Assert.Equal(300, tagger.Tag(long_).Length);
    }
}
