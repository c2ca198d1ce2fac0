using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>Self-training's sentence picking: every teacher must agree, a sentence needs a name, and the cap per article
/// spreads a sample over more articles.</summary>
public sealed class SelfTrainingTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"marsad-selftrain-{Guid.NewGuid():N}");

    public SelfTrainingTests()
    {
        Directory.CreateDirectory(folder);
        // Five sentences with names (the tiny data's patterns) and one without, twice over in two articles.
        var lines = new[]
        {
            "قال سامي الخطيب في حلب إن شركة النور ستفتتح فرعا جديدا .",
            "وصل نادر العلي إلى مراكش لزيارة جمعية الأمل أمس .",
            "قال كريم منصور في صفاقس إن مصرف الوفاء ستفتتح فرعا جديدا .",
            "وصل وليد سعيد إلى أسوان لزيارة نادي الشروق أمس .",
            "قال هالة يوسف في الموصل إن شركة النور ستفتتح فرعا جديدا .",
            "كان الطقس باردا طوال اليوم في الصباح .",
        };
        File.WriteAllText(Path.Combine(folder, "a.txt"), string.Join('\n', lines));
        File.WriteAllText(Path.Combine(folder, "b.txt"), string.Join('\n', lines.Reverse()));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static NerTagger Trained(int seed) =>
        new(new NerTrainer(new NerTrainingOptions { Epochs = 5, HashBits = 16, Seed = seed }, WordLexicon.Empty, NerGazetteer.Empty).Train(TinyNerData.Sentences()), NerGazetteer.Empty);

    /// <summary>A tagger that never finds a name: trained on the tiny sentences with every tag O.</summary>
    private static NerTagger NameBlind()
    {
        var blind = TinyNerData.Sentences().Select(s => new NerSentence(s.Tokens, new int[s.Tokens.Length])).ToList();
        return new(new NerTrainer(new NerTrainingOptions { Epochs = 2, HashBits = 14 }, WordLexicon.Empty, NerGazetteer.Empty).Train(blind), NerGazetteer.Empty);
    }

    [Fact]
    public void Agreeing_teachers_give_the_sentences_with_names_at_most_the_cap_of_each_article()
    {
        var taggers = new[] { Trained(1), Trained(2), Trained(3) };
        var all = SelfTraining.Label([folder], taggers, limit: 100, perArticle: int.MaxValue, needName: true);
        Assert.Equal(10, all.Count);
        Assert.All(all, s => Assert.Contains(s.Tags, t => t != NerTags.Outside));
        Assert.Contains(all, s => s.Tokens.Contains("الخطيب") && s.Tags[Array.IndexOf(s.Tokens, "الخطيب")] == NerTags.Parse("I-PERS"));

        var capped = SelfTraining.Label([folder], taggers, limit: 100, perArticle: 2, needName: true);
        Assert.Equal(4, capped.Count);
        Assert.Equal(3, SelfTraining.Label([folder], taggers, limit: 3, perArticle: 2, needName: true).Count);

    }

    [Fact]
    public void Without_the_name_condition_agreed_sentences_without_names_join_too()
    {
        var blind = new[] { NameBlind(), NameBlind() };
        Assert.Empty(SelfTraining.Label([folder], blind, limit: 100, perArticle: int.MaxValue, needName: true));
        var nameless = SelfTraining.Label([folder], blind, limit: 100, perArticle: int.MaxValue, needName: false);
        Assert.Equal(12, nameless.Count);
        Assert.All(nameless, s => Assert.All(s.Tags, t => Assert.Equal(NerTags.Outside, t)));
    }

    [Fact]
    public void One_dissenting_teacher_keeps_every_sentence_out()
    {
        Assert.Empty(SelfTraining.Label([folder], [Trained(1), Trained(2), NameBlind()], limit: 100, perArticle: 3, needName: true));
        Assert.Throws<ArgumentException>(() => SelfTraining.Label([folder], [Trained(1)], limit: 100, perArticle: 3, needName: true));
    }
}
