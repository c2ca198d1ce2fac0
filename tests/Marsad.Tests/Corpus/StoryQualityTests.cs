using Marsad.Corpus;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Sources;
using Marsad.Tests.TestSupport;
using Xunit.Abstractions;

namespace Marsad.Tests.Corpus;

/// <summary>Story clustering against stories labelled by reading (tests/Marsad.Tests/Corpus/Data/stories-*.tsv).</summary>
public sealed class StoryQualityTests(ITestOutputHelper output)
{
    /// <summary>Days the story options were tuned on (2018-04-22 labelled in the second round).</summary>
    private static readonly string[] TuningDays = ["stories-2018-04-10.tsv", "stories-2018-04-22.tsv"];

    /// <summary>Never tuned on: scored only to report how the settings carry to an unseen day.</summary>
    private const string HeldOutDay = "stories-2018-04-15.tsv";
    private static readonly Lazy<List<AnalyzedArticle>> Analysed = new(AnalyseLabelledArticles);

    [Fact]
    public void BCubed_is_one_for_a_perfect_clustering_and_lower_for_a_merged_one()
    {
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y" };
        Assert.Equal((1.0, 1.0, 1.0), BCubed.Score(gold, new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 2 }));
        var merged = BCubed.Score(gold, new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 1 });
        Assert.Equal(1.0, merged.Recall);
        Assert.True(merged.Precision < 0.7);
    }

    [SkippableFact]
    public void Stories_on_labelled_days_reach_the_target_bcubed_f1()
    {
        SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        foreach (var day in TuningDays)
        {
            var tuned = Evaluate(StoryOptions.Default, day);
            var plain = Evaluate(PlainTfIdf, day);
            output.WriteLine($"tuning day {day}: P={tuned.Precision:F3} R={tuned.Recall:F3} F1={tuned.F1:F3}; plain TF-IDF F1={plain.F1:F3}");
        }

        var (p, r, f) = Evaluate(StoryOptions.Default, HeldOutDay);
        var baseline = Evaluate(PlainTfIdf, HeldOutDay);
        output.WriteLine($"held-out day: P={p:F3} R={r:F3} F1={f:F3}; plain TF-IDF (whole text, no headline weight, entities, decay or merging) P={baseline.Precision:F3} R={baseline.Recall:F3} F1={baseline.F1:F3}");
        Assert.True(f >= 0.80, $"held-out B-cubed F1 {f:F3} is below 0.80");
    }

    /// <summary>The baseline: cosine of TF-IDF over the whole text, nothing else.</summary>
    private static StoryOptions PlainTfIdf => new() { Threshold = 0.40, EntityBonus = 0, EntityTermWeight = 0, HeadlineWeight = 1, DecayDays = 1e9, LeadChars = 100_000 };

    [SkippableFact]
    public void Tuning_grid_prints_bcubed_for_each_setting()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("MARSAD_TUNE") == "1", "set MARSAD_TUNE=1 to run the tuning grid");
        SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        var grid =
            from threshold in new[] { 0.25, 0.3, 0.35, 0.4, 0.45 }
            from lead in new[] { 200, 400, 800 }
            from entityBonus in new[] { 0.0, 0.1 }
            from entityTerms in new[] { 0.0, 1.0, 2.0 }
            from headline in new[] { 2.0, 3.0 }
            select new StoryOptions { Threshold = threshold, LeadChars = lead, EntityBonus = entityBonus, EntityTermWeight = entityTerms, HeadlineWeight = headline };
        foreach (var options in grid)
        {
            var scores = TuningDays.Select(day => Evaluate(options, day)).ToList();
            output.WriteLine($"threshold={options.Threshold} lead={options.LeadChars} entity-bonus={options.EntityBonus} entity-terms={options.EntityTermWeight} headline={options.HeadlineWeight}: " +
                string.Join("; ", scores.Select(s => $"P={s.Precision:F3} R={s.Recall:F3} F1={s.F1:F3}")) + $"; mean F1={scores.Average(s => s.F1):F3}");
        }
    }

    private static (double Precision, double Recall, double F1) Evaluate(StoryOptions options, string labelFile)
    {
        var gold = LoadLabels(labelFile);
        var folder = Directory.CreateTempSubdirectory("marsad-stories-").FullName;
        try
        {
            using var corpus = Marsad.Corpus.Corpus.Open(folder, options);
            corpus.Add(Analysed.Value.Where(a => gold.ContainsKey(a.Id)));
            var predicted = corpus.Store.GetStored(gold.Keys).ToDictionary(s => s.Article.Id, s => s.StoryId);
            return BCubed.Score(gold, predicted);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string> LoadLabels(string pattern = "stories-*.tsv")
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "Data"), pattern))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
            {
                var parts = line.Split('\t');
                labels[parts[0]] = Path.GetFileNameWithoutExtension(file) + "/" + parts[1];
            }
        }

        return labels;
    }

    private static List<AnalyzedArticle> AnalyseLabelledArticles()
    {
        var ids = LoadLabels().Keys.ToHashSet(StringComparer.Ordinal);
        var tarball = SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        var pipeline = PipelineBuilder.Configure("clean+text+ner+link").Build();
        var items = DocumentSources.Read([tarball]).Where(i => i.Document is { } d && ids.Contains(d.Id));
        return [.. pipeline.AnalyzeAll(items).Where(r => r.Article is not null).Select(r => r.Article!)];
    }
}
