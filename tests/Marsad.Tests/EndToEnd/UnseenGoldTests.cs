using Marsad.Evaluation;
using Marsad.Pipeline;
using Xunit.Abstractions;

namespace Marsad.Tests.EndToEnd;

/// <summary>
/// The full pipeline against a gold set of ten raw articles the team invented and labelled blind to the code
/// (Evaluation/Unseen, the seeds' format and conventions). Files 100–104 are the development half: their errors
/// may be looked at to find general faults. Files 105–109 are held out: only their totals are ever read. The floors
/// guard against regressions; the figures themselves are the honest measure of the pipeline on unseen text.
/// </summary>
public class UnseenGoldTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Unseen");

    [Fact]
    public void The_full_pipeline_on_unseen_articles_keeps_all_content_and_meets_its_floors()
    {
        var scores = GoldScorer.ScoreFolder(PipelineBuilder.CreateDefault().Build(), Folder);
        output.WriteLine("development half (100-104):");
        output.WriteLine(GoldReport.Format([.. scores.Where(s => string.CompareOrdinal(s.File, "105") < 0)]));
        output.WriteLine("held-out half (105-109):");
        output.WriteLine(GoldReport.Format([.. scores.Where(s => string.CompareOrdinal(s.File, "105") >= 0)]));

        var total = GoldReport.Total(scores);
        Assert.Equal(10, scores.Count);
        Assert.Equal(0, total.ContentLinesLost);
        Assert.True(scores.Count(s => s.HeadlineRight) >= 9 && scores.Count(s => s.DatelineRight) >= 9, "headlines and datelines");
        GoldFloors.AtLeast("boilerplate", total.Boilerplate, precision: 0.95, recall: 0.85);
        GoldFloors.AtLeast("quotes", total.Quotes, precision: 0.95, recall: 0.85);
        GoldFloors.AtLeast("attributed quotes", total.AttributedQuotes, precision: 0.78, recall: 0.7);
        GoldFloors.EntitiesAtLeast(total, precision: 0.75, recall: 0.64);
        GoldFloors.AtLeast("quantities", total.Quantities, precision: 0.82, recall: 0.84);
        GoldFloors.AtLeast("dates", total.Dates, precision: 0.9, recall: 0.7);
    }
}
