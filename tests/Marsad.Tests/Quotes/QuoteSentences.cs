using Marsad.Entities;
using Marsad.Linking;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Text;

namespace Marsad.Tests.Quotes;

/// <summary>Runs the text and quote stages on a test sentence and checks that every quote's offsets name its text.</summary>
internal static class QuoteSentences
{
    private static readonly AnalysisPipeline Pipeline = new PipelineBuilder().UseArabicText().UseQuotes().Build();
    private static readonly AnalysisPipeline LinkedPipeline = new PipelineBuilder().UseArabicText().UseEntities().UseLinker().UseQuotes().Build();

    public static Quote[] Find(string body) => Find(Pipeline, body);

    /// <summary>As <see cref="Find(string)"/>, with the tagger and linker before the quotes (speakers as entities).</summary>
    public static Quote[] FindLinked(string body) => Find(LinkedPipeline, body);

    private static Quote[] Find(AnalysisPipeline pipeline, string body)
    {
        var article = pipeline.AnalyzeText(body);
        Assert.Empty(article.Errors);
        foreach (var q in article.Quotes)
        {
            Assert.Equal(q.Text, article.Body[q.Start..q.End]);
        }

        return [.. article.Quotes];
    }

    /// <summary>The first quote, after checking how many the body holds (one unless said).</summary>
    public static Quote Single(string body, int expected = 1)
    {
        var quotes = Find(body);
        Assert.Equal(expected, quotes.Length);
        return quotes[0];
    }
}
