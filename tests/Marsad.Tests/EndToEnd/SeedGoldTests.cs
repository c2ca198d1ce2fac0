using Marsad.Evaluation;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;
using Xunit.Abstractions;

namespace Marsad.Tests.EndToEnd;

/// <summary>The full pipeline against the seeds' gold (../shared/seeds/gold.jsonl): the golden end-to-end check.
/// The rules were built against these five articles, so the floors sit just under what is measured (quotes 68/68
/// attributed, entities P 0.95 / R 0.97, quantities 16/16, dates P 1.00 / R 0.95).</summary>
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
        Assert.All(scores, s => Assert.True(s.HeadlineRight && s.DatelineRight && s.PublishedRight, $"{s.File}: metadata"));
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.98, recall: 0.98);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.98, recall: 0.98);
        Assert.True(total.QuoteKindsRight >= 66 && total.QuoteCuesRight >= 66, $"kinds {total.QuoteKindsRight}, cues {total.QuoteCuesRight} of 68");
        GoldFloors.EntitiesAtLeast(total, precision: 0.9, recall: 0.94);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.95, recall: 0.95);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.95, recall: 0.98);
    }
}
