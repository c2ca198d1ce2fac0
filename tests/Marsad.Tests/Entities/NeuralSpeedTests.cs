using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>The tagging-time shortcuts of the window network: projected rows kept per word, scoring only the tokens
/// that need it, and a mixed model's skip margin.</summary>
public class NeuralSpeedTests
{
    private static readonly string[] Sentence = TinyNerData.UnseenNamesSentence;

    private static NerModel MixedModel()
    {
        var (lexicon, vectors) = TinyNerData.LexiconWithRandomVectors(seed: 11);
        var sentences = TinyNerData.Sentences();
        var neural = new NeuralOptions { Vectors = vectors, Hidden = 16, SparseBits = 12, Epochs = 8, LearningRate = 0.05f, Blocks = 3, Seed = 1, Features = false };
        var stack = NeuralStack.Train(sentences, lexicon, NerGazetteer.Empty, neural);
        return new NerTrainer(new NerTrainingOptions { Epochs = 4, HashBits = 14, Seed = 1 }, lexicon, NerGazetteer.Empty) { Stack = stack }
            .Train(sentences).WithNeuralWeight(20f);
    }

    [Fact]
    public void The_kept_projected_rows_equal_the_direct_projection_and_a_word_without_a_vector_has_none()
    {
        var scorer = MixedModel().Neural!;
        var rows = new ProjectedRows(scorer);
        var width = scorer.Positions * scorer.Hidden;
        var expected = new float[width];
        for (var word = 0; word < scorer.Vectors.Count; word++)
        {
            scorer.Project(word, expected);
            // Twice: the second read comes from the table.
            for (var pass = 0; pass < 2; pass++)
            {
                var array = rows.RowsOf(word, out var offset);
                Assert.NotNull(array);
                Assert.Equal(expected, array.AsSpan(offset, width).ToArray());
            }
        }

        Assert.Null(rows.RowsOf(-1, out _));
        Assert.Null(rows.RowsOf(scorer.Vectors.Count, out _));
    }

    [Fact]
    public void Scoring_only_the_needed_tokens_gives_them_the_probabilities_of_scoring_all()
    {
        var model = MixedModel();
        var extractor = new NerFeatureExtractor(model.Lexicon, NerGazetteer.Empty, model.HashBits);
        var ws = new NerWorkspace();
        foreach (var t in Sentence)
        {
            ws.Add(t);
        }

        extractor.Extract(ws);
        model.Neural!.Score(ws);
        var all = ws.Neural.Probs.AsSpan(0, Sentence.Length * NerTags.Count).ToArray();

        ws.Neural.Probs.AsSpan().Clear();
        bool[] needed = [false, true, false, true, false, false];
        needed.CopyTo(ws.Neural.Needed, 0);
        model.Neural.ScoreNeeded(ws);
        for (var i = 0; i < Sentence.Length; i++)
        {
            var probs = ws.Neural.Probs.AsSpan(i * NerTags.Count, NerTags.Count).ToArray();
            if (needed[i])
            {
                Assert.Equal(all.AsSpan(i * NerTags.Count, NerTags.Count).ToArray(), probs);
            }
            else
            {
                Assert.All(probs, p => Assert.Equal(0f, p));
            }
        }
    }

    [Fact]
    public void A_skip_margin_survives_the_file_and_margin_zero_keeps_the_previous_format()
    {
        var model = MixedModel();
        var plain = model.ToBytes();
        Assert.Equal(6, BitConverter.ToInt32(plain, 4));

        var skipping = model.WithNeuralSkipMargin(7.5f);
        var bytes = skipping.ToBytes();
        Assert.Equal(7, BitConverter.ToInt32(bytes, 4));
        var loaded = NerModel.Load(new MemoryStream(bytes));
        Assert.Equal(7.5f, loaded.NeuralSkipMargin);
        Assert.Equal(20f, loaded.NeuralWeight);
        Assert.Equal(bytes, loaded.ToBytes());
        Assert.Equal(new NerTagger(skipping, NerGazetteer.Empty).Tag(Sentence), new NerTagger(loaded, NerGazetteer.Empty).Tag(Sentence));
    }

    [Fact]
    public void Margin_zero_or_beyond_any_lead_scores_every_token_and_a_tiny_margin_skips_the_sure_ones()
    {
        var model = MixedModel();
        var ws = NerTagger.ThreadWorkspace();
        (long Scored, long Skipped) Count(NerModel m)
        {
            var (scored, skipped) = (ws.Neural.ScoredTokens, ws.Neural.SkippedTokens);
            var tags = new NerTagger(m, NerGazetteer.Empty).Tag(Sentence);
            Assert.Equal(Sentence.Length, tags.Length);
            return (ws.Neural.ScoredTokens - scored, ws.Neural.SkippedTokens - skipped);
        }

        // The margin is the perceptron's lead from which a token is skipped: no lead reaches a huge one.
        Assert.Equal((6L, 0L), Count(model));
        Assert.Equal((6L, 0L), Count(model.WithNeuralSkipMargin(1e5f)));
        var tiny = Count(model.WithNeuralSkipMargin(1e-3f));
        Assert.Equal(6L, tiny.Scored + tiny.Skipped);
        Assert.True(tiny.Skipped >= 5, $"{tiny.Skipped} of 6 skipped");
    }
}
