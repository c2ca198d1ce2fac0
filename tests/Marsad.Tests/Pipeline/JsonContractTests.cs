using System.Text.Json;
using Marsad.Pipeline;
using Marsad.Serialization;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Pipeline;

public class JsonContractTests
{
    private static readonly string[] TopLevelFields =
    [
        "id", "source", "headline", "published", "published_text", "chrome_dates", "dateline", "agencies", "body", "boilerplate",
        "sentences", "entities", "quotes", "quantities", "dates",
    ];

    [Fact]
    public void A_record_has_exactly_the_contract_fields_in_order()
    {
        var article = PipelineBuilder.CreateDefault().Build().AnalyzeText("قال الوزير إن الاجتماع كان مثمرا.");
        using var doc = JsonDocument.Parse(ArticleJson.Serialize(article));
        Assert.Equal(TopLevelFields, doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(["path", "url", "outlet"], doc.RootElement.GetProperty("source").EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void A_record_round_trips_through_json()
    {
        var article = PipelineBuilder.CreateDefault().Build()
            .Analyze(Some.Document("سطر أول\nسطر ثان", published: new DateTimeOffset(2020, 5, 3, 10, 0, 0, TimeSpan.Zero)));
        var json = ArticleJson.Serialize(article);
        var back = ArticleJson.Deserialize(json);
        Assert.Equal(json, ArticleJson.Serialize(back));
        Assert.Equal(new DateOnly(2020, 5, 3), back.Published);
    }

    [Fact]
    public void Arabic_is_written_as_is_and_markup_is_escaped()
    {
        var article = PipelineBuilder.Configure("clean").Build().AnalyzeText("خبر <script>alert(1)</script>");
        var json = ArticleJson.Serialize(article);
        Assert.Contains("خبر", json);
        Assert.DoesNotContain("<script>", json);
    }

    [Fact]
    public void An_unknown_stage_name_is_rejected_with_the_known_names()
    {
        var ex = Assert.Throws<ArgumentException>(() => PipelineBuilder.Configure("clean+magic"));
        Assert.Contains("magic", ex.Message);
        Assert.Contains("quotes", ex.Message);
    }
}
