using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>The training variants behind <c>marsad train-ner</c>'s options: two passes, cost-augmented updates and
/// seed ensembles stay deterministic, save and load whole, and still learn the written sentences.</summary>
public class TrainingVariantsTests
{
    private static readonly string[] Sentence = ["قال", "نادر", "العلي", "في", "حلب", "إن", "جمعية", "الأمل", "ستفتتح", "فرعا"];
    private static readonly string[] Expected = ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O"];

    private static NerModel TrainWith(NerTrainingOptions options) =>
        new NerTrainer(options, WordLexicon.Empty, NerGazetteer.Empty).TrainModel(TinyNerData.Sentences());

    [Fact]
    public void A_two_pass_model_keeps_its_first_pass_through_a_save_and_load_and_tags_the_same()
    {
        var model = TrainWith(new NerTrainingOptions { Epochs = 4, HashBits = 14, TwoPass = true, JackknifeFolds = 3 });
        Assert.NotNull(model.FirstStage);
        var loaded = NerModel.Load(new MemoryStream(model.ToBytes()), "two-pass.bin");
        Assert.NotNull(loaded.FirstStage);
        Assert.Equal(model.FirstStage!.Weights, loaded.FirstStage!.Weights);
        Assert.Equal(model.ToBytes(), loaded.ToBytes());

        var tagger = new NerTagger(loaded, NerGazetteer.Empty);
        Assert.True(tagger.IsTwoPass);
        Assert.Equal(Expected, tagger.Tag(Sentence).Select(NerTags.Name));
        var document = tagger.TagDocument([Sentence, ["وصل", "كريم", "منصور", "إلى", "مراكش"]]);
        Assert.Equal(Expected, document[0].Select(NerTags.Name));
    }

    [Fact]
    public void A_one_pass_model_has_no_first_pass()
    {
        var model = TrainWith(new NerTrainingOptions { Epochs = 3, HashBits = 14, TwoPass = false });
        Assert.Null(model.FirstStage);
        Assert.Null(NerModel.Load(new MemoryStream(model.ToBytes())).FirstStage);
    }

    [Theory]
    [InlineData(true, 1, 0f)]
    [InlineData(false, 2, 0f)]
    [InlineData(false, 1, 2f)]
    public void Every_variant_gives_the_same_bytes_for_the_same_seed_and_learns_the_sentences(bool twoPass, int ensemble, float margin)
    {
        var options = new NerTrainingOptions { Epochs = 4, HashBits = 14, Seed = 5, TwoPass = twoPass, Ensemble = ensemble, Margin = margin, JackknifeFolds = 3 };
        var a = TrainWith(options);
        Assert.Equal(a.ToBytes(), TrainWith(options).ToBytes());
        Assert.NotEqual(a.ToBytes(), TrainWith(options with { Seed = 6 }).ToBytes());
        Assert.Equal(Expected, new NerTagger(a, NerGazetteer.Empty).Tag(Sentence).Select(NerTags.Name));
    }

    [Fact]
    public void Odd_input_does_not_trip_a_two_pass_tagger()
    {
        var tagger = new NerTagger(TrainWith(new NerTrainingOptions { Epochs = 2, HashBits = 14, TwoPass = true, JackknifeFolds = 2 }), NerGazetteer.Empty);
        Assert.Empty(tagger.Tag([]));
        var odd = new[] { "", "\u200f", new string('ب', 500), "١٢٣", "؟؟", "x" };
        Assert.Equal(odd.Length, tagger.Tag(odd).Length);
        Assert.All(tagger.TagDocument([odd, [], odd]).SelectMany(t => t), t => Assert.InRange(t, 0, NerTags.Count - 1));
    }
}
