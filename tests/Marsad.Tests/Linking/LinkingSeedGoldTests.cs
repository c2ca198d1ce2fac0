using System.Globalization;
using Marsad.Evaluation;
using Marsad.Linking;
using Marsad.Pipeline;
using Marsad.Sources;
using Marsad.Tests.TestSupport;
using Xunit.Abstractions;

namespace Marsad.Tests.Linking;

/// <summary>Entity linking on the seeds against their gold <c>entities</c>: a gold entity is found when one linked
/// entity holds every alias of it that occurs in the text; an entity is spurious when it holds no gold alias.
/// Runs the pipeline as configured (cleaner, text layer, tagger, linker), with the gold's publication date.</summary>
public class LinkingSeedGoldTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void LinkingOnTheSeedsFindsMostGoldEntitiesWithTheirGroupingAndFewSpuriousOnes()
    {
        var folder = SharedData.Require("seeds");
        var pipeline = PipelineBuilder.Configure("clean+text+ner+link").Build();
        MatchCounts total = default;
        var totalSpurious = 0;
        var totalPredicted = 0;
        foreach (var gold in GoldArticle.Load(Path.Combine(folder, "gold.jsonl")))
        {
            var item = DocumentSources.Read([Path.Combine(folder, gold.File)]).Single();
            Assert.NotNull(item.Document);
            var published = gold.Published is { } p ? DateOnly.Parse(p, CultureInfo.InvariantCulture) : (DateOnly?)null;
            var article = pipeline.Analyze(item.Document, new AnalysisOptions { Published = published });
            Assert.Empty(article.Errors);
            var score = GoldScorer.Score(article, gold, item.Document.Text);
            var spurious = score.Entities.Predicted - score.EntitiesCorresponding;
            var precision = score.Entities.Predicted == 0 ? 0 : (double)score.EntitiesCorresponding / score.Entities.Predicted;
            output.WriteLine($"{gold.File}: recall {score.Entities.Recall:F2} ({score.Entities.Matched}/{score.Entities.Gold}), " +
                $"precision {precision:F2} ({score.EntitiesCorresponding}/{score.Entities.Predicted}), spurious {spurious}");
            foreach (var missed in Missed(article, gold))
            {
                output.WriteLine("   missed: " + missed);
            }

            foreach (var extra in article.Entities.Where(e => !gold.Entities.Any(g => g.Aliases.Any(a => e.Mentions.Any(m => Fold(m.Text) == Fold(a))))))
            {
                output.WriteLine($"   spurious: {extra.Id} [{string.Join(" | ", extra.Mentions.Select(m => m.Text).Distinct())}]");
            }

            total += score.Entities;
            totalSpurious += spurious;
            totalPredicted += score.Entities.Predicted;
        }

        output.WriteLine($"all: recall {total.Recall:F2} ({total.Matched}/{total.Gold}), spurious {totalSpurious}/{totalPredicted}");
        Assert.True(total.Recall >= 0.6, $"recall {total.Recall:F2} below the floor");
        Assert.True(totalSpurious <= totalPredicted / 4, $"{totalSpurious} spurious entities of {totalPredicted}");
    }

    private static IEnumerable<string> Missed(Marsad.Model.AnalyzedArticle article, GoldArticle gold)
    {
        var body = Fold(article.Body);
        foreach (var g in gold.Entities)
        {
            var aliases = g.Aliases.Select(Fold).Where(a => body.Contains(a, StringComparison.Ordinal)).ToList();
            if (aliases.Count > 0 && !article.Entities.Any(e => aliases.All(a => e.Mentions.Any(m => Fold(m.Text) == a))))
            {
                var partial = article.Entities.Where(e => aliases.Any(a => e.Mentions.Any(m => Fold(m.Text) == a)))
                    .Select(e => $"{e.Id} has [{string.Join(" | ", aliases.Where(a => e.Mentions.Any(m => Fold(m.Text) == a)))}]");
                yield return $"{g.Name} [{string.Join(" | ", aliases)}] → {string.Join("; ", partial)}";
            }
        }
    }

    private static string Fold(string s) => string.Join(' ', s.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
