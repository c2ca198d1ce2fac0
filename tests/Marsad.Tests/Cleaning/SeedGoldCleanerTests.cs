using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Sources;
using Marsad.Tests.TestSupport;
using Xunit.Abstractions;

namespace Marsad.Tests.Cleaning;

/// <summary>The cleaner against the seeds' gold: headline, dateline, sources (our agencies), published, boilerplate.</summary>
public sealed class SeedGoldCleanerTests(ITestOutputHelper output)
{
    private static readonly ArticleCleaner Cleaner = new();

    [SkippableFact]
    public void Every_seed_matches_its_gold_headline_dateline_sources_date_and_boilerplate()
    {
        var seeds = SeedGold.Load();
        var scores = new Dictionary<string, int> { ["headline"] = 0, ["dateline"] = 0, ["sources"] = 0, ["published"] = 0, ["boilerplate"] = 0, ["body"] = 0 };
        var failures = new List<string>();
        foreach (var gold in seeds)
        {
            var path = Path.Combine(SharedData.SeedsFolder, gold.File);
            var raw = Assert.Single(DocumentSources.Read([path])).Document!;
            var article = Cleaner.Clean(raw, AnalysisOptions.Default);
            void Check(string field, bool ok, string detail)
            {
                if (ok)
                {
                    scores[field]++;
                }
                else
                {
                    failures.Add($"{gold.File} {field}: {detail}");
                }
            }

            Check("headline", SeedGold.Squash(gold.Headline) == SeedGold.Squash(article.Headline), $"expected '{gold.Headline}', got '{article.Headline}'");
            Check("dateline", SeedGold.Squash(gold.Dateline) == SeedGold.Squash(article.Dateline), $"expected '{gold.Dateline}', got '{article.Dateline}'");
            Check("sources", gold.Sources.Select(SeedGold.Squash).SequenceEqual(article.Agencies.Select(SeedGold.Squash)), $"expected [{string.Join(", ", gold.Sources)}], got [{string.Join(", ", article.Agencies)}]");
            Check("published", gold.Published == article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"expected {gold.Published}, got {article.Published}");
            var expected = gold.BoilerplateLines.Select(SeedGold.Squash).ToList();
            var actual = article.Boilerplate.Select(SeedGold.Squash).ToList();
            Check("boilerplate", expected.SequenceEqual(actual), $"missed [{string.Join(" ¦ ", expected.Except(actual))}], extra [{string.Join(" ¦ ", actual.Except(expected))}]");
            var bodyLines = article.Body.Split('\n').Select(SeedGold.Squash).ToHashSet();
            var kept = File.ReadAllLines(path).Select(SeedGold.Squash).Where(l => l.Length > 0 && !expected.Contains(l)).ToList();
            var lost = kept.Where(l => !bodyLines.Contains(l)).ToList();
            Check("body", lost.Count == 0, $"content lines missing from the body: {string.Join(" ¦ ", lost)}");
        }

        foreach (var (field, score) in scores)
        {
            output.WriteLine($"{field}: {score}/{seeds.Count}");
        }

        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.Empty(failures);
    }
}
