using Marsad.Entities;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Entities;

public class NerTrainerTests
{
    [Fact]
    public void Training_twice_with_the_same_seed_gives_identical_model_bytes()
    {
        var options = new NerTrainingOptions { Epochs = 3, HashBits = 14, Seed = 7 };
        var data = TinyNerData.Sentences();
        var a = new NerTrainer(options, WordLexicon.Empty, NerGazetteer.Empty).Train(data).ToBytes();
        var b = new NerTrainer(options, WordLexicon.Empty, NerGazetteer.Empty).Train(data).ToBytes();
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_different_seed_gives_a_different_model()
    {
        var data = TinyNerData.Sentences();
        var a = new NerTrainer(new NerTrainingOptions { Epochs = 3, HashBits = 14, Seed = 1 }, WordLexicon.Empty, NerGazetteer.Empty).Train(data).ToBytes();
        var b = new NerTrainer(new NerTrainingOptions { Epochs = 3, HashBits = 14, Seed = 2 }, WordLexicon.Empty, NerGazetteer.Empty).Train(data).ToBytes();
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_model_trained_on_written_sentences_tags_a_new_sentence_of_the_same_shape()
    {
        var tags = TinyNerData.Tagger.Tag(["قال", "نادر", "العلي", "في", "حلب", "إن", "جمعية", "الأمل", "ستفتتح", "فرعا"]);
        Assert.Equal(["O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O"], tags.Select(NerTags.Name));
    }

    [Fact]
    public void Saved_models_load_back_and_tag_the_same()
    {
        var model = TinyNerData.TrainedModel.WithOutsideBias(0.25f);
        var loaded = NerModel.Load(new MemoryStream(model.ToBytes()));
        Assert.Equal(model.Weights, loaded.Weights);
        Assert.Equal(model.Transitions, loaded.Transitions);
        Assert.Equal(0.25f, loaded.OutsideBias);
        var tokens = new[] { "وصل", "كريم", "منصور", "إلى", "مراكش" };
        Assert.Equal(new NerTagger(model, NerGazetteer.Empty).Tag(tokens), new NerTagger(loaded, NerGazetteer.Empty).Tag(tokens));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_rejected_with_its_name()
    {
        var ex = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]), "odd.bin"));
        Assert.Contains("odd.bin", ex.Message, StringComparison.Ordinal);
        var truncated = TinyNerData.TrainedModel.ToBytes()[..40];
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(truncated), "cut.bin"));
    }

    [SkippableFact]
    public void Smoke_training_on_a_few_hundred_ANERcorp_sentences_learns_something()
    {
        var path = SharedData.Require("data/ner/anercorp-train.conll");
        var sentences = ConllReader.ReadSentences(path);
        var train = sentences.Take(400).ToList();
        var test = sentences.Skip(400).Take(100).ToList();
        var model = new NerTrainer(new NerTrainingOptions { Epochs = 4, HashBits = 18 }, WordLexicon.Empty, NerGazetteer.Empty).Train(train);
        var score = NerTrainer.Evaluate(new NerTagger(model, NerGazetteer.Empty), test);
        Assert.True(score.F1 > 0.12, $"F1 {score.F1:0.000} on 100 sentences after training on 400");
        var fit = NerTrainer.Evaluate(new NerTagger(model, NerGazetteer.Empty), train).F1;
        Assert.True(fit > 0.5 && fit > score.F1, $"the model should fit its training sentences better than unseen ones: {fit:0.000} vs {score.F1:0.000}");
    }
}
