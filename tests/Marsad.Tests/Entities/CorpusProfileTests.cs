using Marsad.Entities;

namespace Marsad.Tests.Entities;

public class CorpusProfileTests
{
    [Fact]
    public void Each_type_gets_two_bits_of_its_share_of_the_occurrences()
    {
        // 90 O, 10 PERS, 1 LOC of 101: PERS about 10 % (bucket 1), LOC under 2 % (bucket 0).
        var code = CorpusProfile.Encode([90, 10, 0, 1, 0]);
        Assert.Equal(1, CorpusProfile.Bucket(code, 0));
        Assert.Equal(0, CorpusProfile.Bucket(code, 2));

        // Mostly ORG, sometimes LOC.
        code = CorpusProfile.Encode([2, 0, 12, 6, 0]);
        Assert.Equal(3, CorpusProfile.Bucket(code, 1));
        Assert.Equal(2, CorpusProfile.Bucket(code, 2));
        Assert.Equal(0, CorpusProfile.Bucket(code, 0));
    }

    [Fact]
    public void A_word_seen_too_rarely_has_no_profile()
    {
        Assert.Equal(0, CorpusProfile.Encode([0, 2, 0, 0, 0]));
        Assert.NotEqual(0, CorpusProfile.Encode([0, 3, 0, 0, 0]));
        Assert.Equal(0, CorpusProfile.Encode([0, 0, 0, 0, 0]));
    }

    [Fact]
    public void A_lexicon_with_a_profile_survives_the_model_file_and_one_without_keeps_the_earlier_format()
    {
        string[] words = ["مدينة", "نهر", "سهل"];
        var plain = new WordLexicon(words, [5, 4, 3], words.Select(_ => new[] { 0, 1, 2 }).ToList(), likeness: [0, 9, 27]);
        var withProfile = plain.WithProfile([0, 3, 200]);
        NerModel Model(WordLexicon lexicon) => new(10, new short[(1 << 10) * NerTags.Count], 1f, new float[(NerTags.Count + 1) * NerTags.Count], lexicon, "test");

        var bytes = Model(withProfile).ToBytes();
        Assert.Equal(5, BitConverter.ToInt32(bytes, 4));
        var loaded = NerModel.Load(new MemoryStream(bytes)).Lexicon;
        Assert.Equal(withProfile.Profile, loaded.Profile);
        Assert.Equal(plain.Likeness, loaded.Likeness);
        Assert.Equal(200, loaded.ProfileOf(2));
        Assert.Equal(0, loaded.ProfileOf(-1));

        var earlier = Model(plain).ToBytes();
        Assert.Equal(4, BitConverter.ToInt32(earlier, 4));
        Assert.Null(NerModel.Load(new MemoryStream(earlier)).Lexicon.Profile);
    }

    [Fact]
    public void A_name_never_labelled_is_profiled_by_the_contexts_it_stands_in()
    {
        // A context-only model (every token's own word hidden) learns that the word after «قال»/«وصل» is a person and
        // the word after «في»/«إلى» a place; then it profiles words of unlabelled text it was never told about.
        var sentences = TinyNerData.Sentences();
        var context = new NerTrainer(new NerTrainingOptions { Epochs = 5, HashBits = 16, WordDropout = 1.0 }, WordLexicon.Empty, NerGazetteer.Empty).Train(sentences);
        // The lexicon holds normalised forms, as the corpus induction writes them.
        var words = new[] { "جمانة", "بنزرت", "في", "قال" }.Select(Normalised).ToArray();
        var lexicon = new WordLexicon(words, [10, 10, 100, 100], words.Select(_ => new[] { 0, 0, 0 }).ToList());
        var article = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 6; i++)
        {
            article.Add(["قال", "جمانة", "الحسن", "في", "بنزرت", "إن", "شركة", "الضياء", "ستفتتح", "فرعا", "جديدا", "."]);
        }

        var profile = CorpusProfile.Build(new NerTagger(context, NerGazetteer.Empty), lexicon, [article]);
        Assert.True(CorpusProfile.Bucket(profile[0], 0) >= 2, $"person share of the first name: {CorpusProfile.Bucket(profile[0], 0)}");
        Assert.True(CorpusProfile.Bucket(profile[1], 2) >= 2, $"place share of the town: {CorpusProfile.Bucket(profile[1], 2)}");
        Assert.Equal(0, profile[2]);
        Assert.Equal(0, profile[3]);
    }

    [Fact]
    public void A_minimum_count_or_name_share_withholds_the_profile_of_words_below_it()
    {
        // 20 occurrences, 3 of them as a person (15 %).
        ReadOnlySpan<int> counts = [17, 3, 0, 0, 0];
        Assert.Equal(2, CorpusProfile.Bucket(CorpusProfile.Encode(counts), 0));
        Assert.Equal(CorpusProfile.Encode(counts), CorpusProfile.Encode(counts, minOccurrences: 20));
        Assert.Equal(0, CorpusProfile.Encode(counts, minOccurrences: 21));
        Assert.Equal(CorpusProfile.Encode(counts), CorpusProfile.Encode(counts, minNameShare: 0.15));
        Assert.Equal(0, CorpusProfile.Encode(counts, minNameShare: 0.2));

        // The share counts every type: 2 PERS + 2 LOC of 20 pass a 20 % floor that neither type passes alone.
        Assert.NotEqual(0, CorpusProfile.Encode([16, 2, 0, 2, 0], minNameShare: 0.2));
    }

    [Fact]
    public void A_word_used_both_with_and_without_the_article_is_common_and_a_name_in_one_form_is_not()
    {
        // Counts as the corpus would give them: a noun in both forms, a verb whose letters are also a noun with the
        // article, a first name that never takes the article, a country rarely without it.
        string[] words = ["عمال", "العمال", "نشر", "النشر", "ونشر", "سليم", "المغرب", "مغرب"];
        var lexicon = new WordLexicon(words.Select(Normalised).ToArray(), [300, 900, 400, 350, 60, 700, 2000, 12], words.Select(_ => new[] { 0, 0, 0 }).ToList());
        bool Common(string word, double ratio) => CorpusProfile.IsCommonWord(lexicon, lexicon.IndexOf(Normalised(word)), ratio);

        Assert.True(Common("العمال", 0.1));
        Assert.True(Common("عمال", 0.1));
        Assert.True(Common("ونشر", 0.1)); // the conjunction comes off first
        Assert.False(Common("سليم", 0.1)); // «السليم» is not in the corpus at all
        Assert.False(Common("المغرب", 0.1)); // 12 of 2,000
        Assert.True(Common("المغرب", 0.005));
        Assert.False(Common("العمال", 0.5)); // 300 of 900: under a stricter ratio
    }

    [Fact]
    public void The_common_word_filter_withholds_the_profile_the_context_model_gives_a_common_word()
    {
        // The context-only model calls whatever stands where first names stood in its data a person, a common noun
        // included (here «وصل العمال ...», the workers arrived); with the filter the noun, used in the corpus both with
        // and without the article, keeps no profile while the name keeps its own.
        var context = new NerTrainer(new NerTrainingOptions { Epochs = 5, HashBits = 16, WordDropout = 1.0 }, WordLexicon.Empty, NerGazetteer.Empty).Train(TinyNerData.Sentences());
        var words = new[] { "جمانة", "العمال", "عمال" }.Select(Normalised).ToArray();
        var lexicon = new WordLexicon(words, [10, 90, 40], words.Select(_ => new[] { 0, 0, 0 }).ToList());
        var article = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 6; i++)
        {
            article.Add(["قال", "جمانة", "الحسن", "في", "بنزرت", "إن", "شركة", "الضياء", "ستفتتح", "فرعا", "جديدا", "."]);
            article.Add(["وصل", "العمال", "الحسن", "إلى", "بنزرت", "لزيارة", "المصنع", "أمس", "."]);
        }

        var tagger = new NerTagger(context, NerGazetteer.Empty);
        var unfiltered = CorpusProfile.Build(tagger, lexicon, [article]);
        Assert.True(CorpusProfile.Bucket(unfiltered[1], 0) >= 2, $"person share of the noun without the filter: {CorpusProfile.Bucket(unfiltered[1], 0)}");

        var filter = new ProfileFilter { CommonRatio = 0.1 };
        var filtered = CorpusProfile.Build(tagger, lexicon, [article], filter: filter);
        Assert.Equal(0, filtered[1]);
        Assert.Equal(unfiltered[0], filtered[0]);
        Assert.NotEqual(0, filtered[0]);

        // Deterministic, and the default filter is no filter at all.
        Assert.Equal(filtered, CorpusProfile.Build(tagger, lexicon, [article], filter: filter));
        Assert.Equal(unfiltered, CorpusProfile.Build(tagger, lexicon, [article], filter: ProfileFilter.None));
    }

    [Fact]
    public void With_listed_names_kept_a_common_word_the_gazetteer_lists_as_a_name_keeps_its_profile()
    {
        // The same noun as above, this time also listed as a family name: the exception keeps its profile, and only
        // for a listed word (the first name stays as it was).
        var context = new NerTrainer(new NerTrainingOptions { Epochs = 5, HashBits = 16, WordDropout = 1.0 }, WordLexicon.Empty, NerGazetteer.Empty).Train(TinyNerData.Sentences());
        var words = new[] { "جمانة", "العمال", "عمال" }.Select(Normalised).ToArray();
        var lexicon = new WordLexicon(words, [10, 90, 40], words.Select(_ => new[] { 0, 0, 0 }).ToList());
        var article = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 6; i++)
        {
            article.Add(["قال", "جمانة", "الحسن", "في", "بنزرت", "إن", "شركة", "الضياء", "ستفتتح", "فرعا", "جديدا", "."]);
            article.Add(["وصل", "العمال", "الحسن", "إلى", "بنزرت", "لزيارة", "المصنع", "أمس", "."]);
        }

        var gazetteer = new NerGazetteer();
        gazetteer.AddWord("العمال", GazetteerFlags.FamilyName);
        var tagger = new NerTagger(context, gazetteer);
        var unfiltered = CorpusProfile.Build(tagger, lexicon, [article]);
        Assert.NotEqual(0, unfiltered[1]);

        var withheld = CorpusProfile.Build(tagger, lexicon, [article], filter: new ProfileFilter { CommonRatio = 0.1 });
        Assert.Equal(0, withheld[1]);

        var keep = new ProfileFilter { CommonRatio = 0.1, KeepListedNames = true };
        var kept = CorpusProfile.Build(tagger, lexicon, [article], filter: keep);
        Assert.Equal(unfiltered[1], kept[1]);
        Assert.Equal(unfiltered[0], kept[0]);
        Assert.Equal(kept, CorpusProfile.Build(tagger, lexicon, [article], filter: keep));

        // Without the listing the exception changes nothing.
        var unlisted = new NerTagger(context, NerGazetteer.Empty);
        Assert.Equal(
            CorpusProfile.Build(unlisted, lexicon, [article], filter: new ProfileFilter { CommonRatio = 0.1 }),
            CorpusProfile.Build(unlisted, lexicon, [article], filter: keep));
    }

    [Theory]
    [InlineData("الصدر", true)] // a family name as written
    [InlineData("والصدر", true)] // the conjunction comes off
    [InlineData("وصدر", false)] // the verb: not the family name without its article
    [InlineData("صدر", false)]
    [InlineData("العيد", true)] // the article before a listed first name
    [InlineData("عيد", true)]
    [InlineData("الصدرية", false)]
    [InlineData("ليبيا", true)] // a one-word place
    [InlineData("وليبيا", true)]
    [InlineData("الوزير", false)] // a title is no name
    [InlineData("جامعة", false)] // nor the first word of a longer name
    public void A_word_is_listed_as_a_name_only_as_a_whole_name_of_its_own(string word, bool listed)
    {
        var gazetteer = new NerGazetteer();
        gazetteer.AddWord("الصدر", GazetteerFlags.FamilyName);
        gazetteer.AddWord("عيد", GazetteerFlags.FirstName);
        gazetteer.AddPhrase("ليبيا", GazetteerFlags.LocBegin);
        gazetteer.AddPhrase("الوزير", GazetteerFlags.PersonTitle | GazetteerFlags.TitleEnd);
        gazetteer.AddPhrase("جامعة القاهرة", GazetteerFlags.OrgBegin);
        Assert.Equal(listed, gazetteer.ListsAsName(Normalised(word)));
    }

    private static string Normalised(string word)
    {
        var buffer = new char[word.Length];
        return new string(buffer, 0, ArabicForms.Normalize(word, buffer));
    }

    [Fact]
    public void Odd_text_in_the_corpus_does_not_break_the_profile()
    {
        var lexicon = new WordLexicon(["نهر"], [3], [new[] { 0, 0, 0 }]);
        List<IReadOnlyList<string>> article = [["", "\u200f", new string('ب', 500), "نهر", "😀"], []];
        var profile = CorpusProfile.Build(TinyNerData.Tagger, lexicon, [article, []]);
        Assert.Single(profile);
    }
}
