using System.Collections.Immutable;
using Marsad.Entities;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Entities;

public class NerAnnotatorTests
{
    private static AnalyzedArticle Article(string body) => new()
    {
        Id = "t",
        Source = new SourceInfo("t.txt", null, null),
        Body = body,
    };

    [Fact]
    public void Mentions_point_at_their_text_and_entities_group_them_by_normalised_form()
    {
        var body = "قال نادر العلي في حلب إن جمعية الأمل ستفتتح فرعا جديدا .\nوصل نادر العلي إلى حلب لزيارة جمعية الأمل أمس .";
        var article = new NerAnnotator(TinyNerData.Tagger).Annotate(Article(body));
        SpanInvariants.AssertHold(article);
        Assert.Contains(article.Mentions, m => m.Text == "نادر العلي" && m.Type == EntityType.PERS);
        Assert.Contains(article.Mentions, m => m.Text == "حلب" && m.Type == EntityType.LOC);
        var person = Assert.Single(article.Entities, e => e.Name == "نادر العلي");
        Assert.Equal(2, person.Mentions.Length);
        Assert.Equal("prov:pers:نادر-العلي", person.Id);
        Assert.Equal(EntityType.PERS, person.Type);
    }

    [Fact]
    public void Random_text_never_breaks_the_offsets()
    {
        var random = new Random(3);
        const string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىة ًٌٍَُِّْـ.،؛؟!\"«»()0123456789abcXYZ\n\t \u00A0\u200f🙂";
        var annotator = new NerAnnotator(TinyNerData.Tagger);
        for (var n = 0; n < 200; n++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 300)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var article = annotator.Annotate(Article(new string(chars)));
            SpanInvariants.AssertHold(article);
            Assert.All(article.Mentions, m => Assert.True(m.End > m.Start));
        }
    }

    [Fact]
    public void A_leading_conjunction_or_preposition_is_left_out_when_the_corpus_knows_the_bare_name()
    {
        var lexicon = new WordLexicon(["بروكسل", "وبروكسل", "بوش", "وش", "لبنان", "كيري", "يري"], [500, 20, 300, 2, 900, 40, 3000], [[0, 0, 0], [0, 0, 0], [1, 1, 1], [2, 2, 2], [0, 0, 0], [1, 1, 1], [3, 3, 3]]);
        var m = TinyNerData.TrainedModel;
        var tagger = new NerTagger(new NerModel(m.HashBits, m.Weights, m.Scale, m.Transitions, lexicon, string.Empty), NerGazetteer.Empty);
        Assert.Equal(1, NerAnnotator.CliticLength(tagger, "وبروكسل"));
        Assert.Equal(0, NerAnnotator.CliticLength(tagger, "بوش"));
        Assert.Equal(0, NerAnnotator.CliticLength(tagger, "لبنان"));
        Assert.Equal(0, NerAnnotator.CliticLength(tagger, "بروكسل"));
        Assert.Equal(0, NerAnnotator.CliticLength(tagger, "كيري"));
        Assert.Equal(2, NerAnnotator.CliticLength(tagger, "وَبروكسل")); // the diacritic stays with its letter
    }

    [Fact]
    public void A_first_name_the_gazetteer_knows_as_written_keeps_its_first_letter_however_common_the_rest_is()
    {
        // فادي less its ف is ادي, the folded form of the common verb أدى.
        var lexicon = new WordLexicon(["فادي", "ادي", "وبروكسل", "بروكسل"], [50, 5000, 20, 500], [[0, 0, 0], [1, 1, 1], [0, 0, 0], [2, 2, 2]]);
        var m = TinyNerData.TrainedModel;
        var gazetteer = new NerGazetteer();
        gazetteer.AddWord("فادي", GazetteerFlags.FirstName);
        var tagger = new NerTagger(new NerModel(m.HashBits, m.Weights, m.Scale, m.Transitions, lexicon, string.Empty), gazetteer);
        Assert.Equal(0, NerAnnotator.CliticLength(tagger, "فادي"));
        Assert.Equal(1, NerAnnotator.CliticLength(tagger, "وبروكسل"));
    }

    [Fact]
    public void The_stage_is_named_ner_and_is_wired_into_the_pipeline()
    {
        var builder = PipelineBuilder.Configure("text+ner");
        Assert.Contains(builder.Annotators, a => a is NerAnnotator { Name: "ner" });
        builder.UseEntities();
        Assert.Single(builder.Annotators.OfType<NerAnnotator>());
    }

    [Fact]
    public void The_pipeline_stage_uses_the_model_path_set_on_the_builder()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-ner-{Guid.NewGuid():N}.bin");
        try
        {
            TinyNerData.TrainedModel.Save(path);
            var builder = PipelineBuilder.Configure("text+ner");
            builder.NerModelPath = path;
            var article = builder.Build().AnalyzeText("وصل كريم منصور إلى مراكش لزيارة نادي الشروق أمس .");
            Assert.Empty(article.Errors);
            Assert.Contains(article.Mentions, m => m.Text == "مراكش" && m.Type == EntityType.LOC);
            SpanInvariants.AssertHold(article);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Entity_ids_are_provisional_ids_of_the_normalised_form()
    {
        var mentions = ImmutableArray.Create(
            new EntityMention("أحمد", 0, 4) { Type = EntityType.PERS },
            new EntityMention("احمد", 10, 14) { Type = EntityType.PERS });
        var entity = Assert.Single(EntityGrouping.ByNormalizedForm(mentions));
        Assert.Equal("prov:pers:احمد", entity.Id);
        Assert.Equal("أحمد", entity.Name);
    }
}
