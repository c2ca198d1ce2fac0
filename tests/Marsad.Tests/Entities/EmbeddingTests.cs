using Marsad.Entities;

namespace Marsad.Tests.Entities;

public class EmbeddingTests
{
    /// <summary>A stream where words 0 and 1 share their contexts (2 and 3 around them), and 4 and 5 share others.</summary>
    private static int[] Stream()
    {
        var random = new Random(3);
        var stream = new List<int>();
        for (var i = 0; i < 4000; i++)
        {
            stream.AddRange(random.Next(2) == 0 ? [2, random.Next(2), 3] : [6, 4 + random.Next(2), 7]);
            stream.Add(SkipGramTrainer.Boundary);
        }

        return [.. stream];
    }

    private static readonly int[] Counts = [1000, 1000, 2000, 2000, 1000, 1000, 2000, 2000];

    private static readonly EmbeddingOptions Options = new() { Dimensions = 16, Epochs = 3, Window = 1, Subsample = 1, NoiseTableSize = 10_000, Seed = 5 };

    [Fact]
    public void The_same_stream_and_seed_give_the_same_vectors()
    {
        Assert.Equal(SkipGramTrainer.Train(Stream(), Counts, Options), SkipGramTrainer.Train(Stream(), Counts, Options));
        Assert.NotEqual(SkipGramTrainer.Train(Stream(), Counts, Options), SkipGramTrainer.Train(Stream(), Counts, Options with { Seed = 6 }));
    }

    [Fact]
    public void Words_that_share_their_contexts_get_close_vectors()
    {
        var v = SkipGramTrainer.Train(Stream(), Counts, Options);
        float Cos(int a, int b) => SkipGramTrainer.Dot(v.AsSpan(a * 16, 16), v.AsSpan(b * 16, 16));
        Assert.True(Cos(0, 1) > Cos(0, 4) + 0.3f, $"cos(0,1) {Cos(0, 1)} vs cos(0,4) {Cos(0, 4)}");
        Assert.True(Cos(4, 5) > Cos(1, 5) + 0.3f, $"cos(4,5) {Cos(4, 5)} vs cos(1,5) {Cos(1, 5)}");
    }

    [Fact]
    public void A_lexicon_with_embedding_clusters_and_likeness_survives_the_model_file()
    {
        string[] words = ["مدينة", "نهر", "سهل"];
        var lexicon = new WordLexicon(words, [5, 4, 3], words.Select(_ => new[] { 0, 1, 2 }).ToList(), [[1, 2, 3, 4], [5, 6, 7, 8], [-1, -1, -1, -1]], [0, 9, 27]);
        var model = new NerModel(10, new short[(1 << 10) * NerTags.Count], 1f, new float[(NerTags.Count + 1) * NerTags.Count], lexicon, "test");
        var loaded = NerModel.Load(new MemoryStream(model.ToBytes())).Lexicon;
        Assert.Equal(lexicon.SemanticPaths, loaded.SemanticPaths);
        Assert.Equal(lexicon.Likeness, loaded.Likeness);
        Assert.Equal(7, loaded.Semantic(1, 2));
        Assert.Equal(27, loaded.Like(2));
        Assert.Equal(-1, loaded.Semantic(-1, 0));
    }

    [Fact]
    public void A_lexicon_without_embeddings_is_written_in_the_earlier_format()
    {
        var bytes = TinyNerData.TrainedModel.ToBytes();
        Assert.Equal(3, BitConverter.ToInt32(bytes, 4));
        Assert.Null(NerModel.Load(new MemoryStream(bytes)).Lexicon.SemanticPaths);
    }
}

public class NameLikenessTests
{
    [Fact]
    public void A_word_used_like_the_listed_first_names_is_coded_as_like_a_person()
    {
        // Two directions of a 16-dimensional space: first names near one, other words near the other.
        const int d = 16;
        var random = new Random(2);
        var gazetteer = new NerGazetteer();
        var words = new List<string>();
        var vectors = new List<float>();
        void Add(string word, int axis)
        {
            words.Add(word);
            var v = new float[d];
            v[axis] = 1;
            for (var j = 0; j < d; j++)
            {
                v[j] += (float)(random.NextDouble() * 0.2);
            }

            SkipGramTrainer.Normalise(v);
            vectors.AddRange(v);
        }

        string[] names = ["سامر", "وليد", "هشام", "فادي", "رامي", "ماهر", "زياد", "عماد"];
        foreach (var name in names)
        {
            gazetteer.AddWord(name, GazetteerFlags.FirstName);
            Add(name, 0);
        }

        for (var i = 0; i < 60; i++)
        {
            Add("كلمة" + new string('ب', 1 + (i % 7)) + new string('ت', i / 7), 1);
        }

        Add("جهاد", 0);
        Add("طاولة", 1);
        var codes = NameLikeness.Compute(words, [.. vectors], d, gazetteer, seed: 1);
        Assert.Equal(1, codes[^2] / 8); // like PERS
        Assert.True(codes[^2] % 8 >= 3, $"confidence bucket {codes[^2] % 8}");
        Assert.Equal(0, codes[^1] / 8); // like no name type
    }
}
