using Marsad.Pipeline;
using Marsad.Tests.TestSupport;
using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class ArabicTextAnnotatorTests
{
    [Fact]
    public void The_text_stage_fills_sentences_and_tokens()
    {
        var pipeline = new PipelineBuilder().UseArabicText().Build();
        var article = pipeline.Analyze(Some.Document("وصل الوفد. وبدأت المحادثات اليوم."));
        Assert.Equal(2, article.Sentences.Length);
        Assert.Equal(7, article.Tokens.Length);
        Assert.Empty(article.Errors);
    }

    [Fact]
    public void The_text_stage_is_added_only_once()
    {
        var builder = new PipelineBuilder().UseArabicText().UseArabicText();
        Assert.Single(builder.Annotators.OfType<ArabicTextAnnotator>());
        Assert.Equal("text", builder.Annotators[0].Name);
    }

    [SkippableFact]
    public void On_the_seed_articles_every_sentence_and_token_points_at_trimmed_text_in_the_body()
    {
        var folder = SharedData.SeedsFolder;
        var pipeline = new PipelineBuilder().UseArabicText().Build();
        foreach (var file in Directory.GetFiles(folder, "*.txt"))
        {
            var article = pipeline.Analyze(Some.Document(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file)));
            Assert.NotEmpty(article.Sentences);
            foreach (var s in article.Sentences)
            {
                var text = article.Body[s.Start..s.End];
                Assert.Equal(text.Trim(), text);
                Assert.NotEqual(string.Empty, text);
            }

            Assert.All(article.Tokens, t => Assert.InRange(t.End, t.Start + 1, article.Body.Length));
            SpanInvariants.AssertHold(article);
        }
    }

    [Fact]
    public void Odd_bodies_go_through_the_text_stage_without_errors()
    {
        var pipeline = new PipelineBuilder().UseArabicText().Build();
        string[] bodies = ["", "   ", "...؟!", "\u200F\u200E", new string('ـ', 500), "😀😀 #", "«لم يغلق", "abc. def? ghi!"];
        foreach (var body in bodies)
        {
            var article = pipeline.AnalyzeText(body);
            Assert.Empty(article.Errors);
            SpanInvariants.AssertHold(article);
            Assert.All(article.Sentences, s => Assert.True(s.End > s.Start && s.End <= article.Body.Length));
        }
    }
}
