using Marsad.Evaluation;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;
using Xunit.Abstractions;

namespace Marsad.Tests.EndToEnd;

/// <summary>The full pipeline against the seeds' gold (../shared/seeds/gold.jsonl): the golden end-to-end check.</summary>
public class SeedGoldTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void The_full_pipeline_on_the_seeds_keeps_all_content_and_meets_its_floors()
    {
        var folder = SharedData.Require("seeds");
        var scores = GoldScorer.ScoreFolder(PipelineBuilder.CreateDefault().Build(), folder);
        output.WriteLine(GoldReport.Format(scores));
        var total = GoldReport.Total(scores);
        Assert.Equal(5, scores.Count);
        Assert.Equal(0, total.ContentLinesLost);
    }
}
