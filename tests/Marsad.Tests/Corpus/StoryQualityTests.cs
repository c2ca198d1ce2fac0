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
    /// <summary>Days the story options are tuned on: 04-10 and 04-22 from the start, 04-15 and 04-18 once they had been
    /// scored as held-out days (session 4), 03-18 and 06-01 once they had been (session 6), 03-12 and 08-10 likewise
    /// (session 7). 03-20 and 10-16 were scored once in session 8 as held-out days (0.910 and 0.823) and then studied;
    /// 06-04 and 10-19 likewise (scored once at the end of session 8: 0.810 and 0.817; studied from session 9); 05-29 and
    /// 10-15 likewise (scored once at the end of session 9: 0.861 and 0.912; studied from session 10); 02-25 and 08-14
    /// likewise (scored in session 10: 0.878 and 0.920; studied from session 11).</summary>
    private static readonly string[] TuningDays = ["stories-2018-03-12.tsv", "stories-2018-03-18.tsv", "stories-2018-03-20.tsv", "stories-2018-04-10.tsv", "stories-2018-04-15.tsv", "stories-2018-04-18.tsv", "stories-2018-04-22.tsv", "stories-2018-06-01.tsv", "stories-2018-08-10.tsv", "stories-2018-10-16.tsv", "stories-2018-06-04.tsv", "stories-2018-10-19.tsv", "stories-2018-05-29.tsv", "stories-2018-10-15.tsv", "stories-2018-02-25.tsv", "stories-2018-08-14.tsv"];

    /// <summary>Never tuned on: scored only to report how the settings carry to unseen days (labelled by another engineer,
    /// blind to the clusterer: 02-27 and 07-19 in session 7 (05-29 and 10-15 of session 9 and 02-25 and 08-14 of session 10
    /// became tuning days), 07-04 and 09-07 in session 11 (scored first with the session-start build, 0efc93c: 0.929 (P 0.936
    /// R 0.922; TF-IDF 0.892) and 0.927 (P 0.980 R 0.880; TF-IDF 0.756)), 03-26 and 06-28 in session 12 (scored first with
    /// the session-start build, 2a961ae: 0.874 (P 0.974 R 0.793; TF-IDF 0.724) and 0.949 (P 0.939 R 0.959; TF-IDF
    /// 0.889)); each scored first after the options were settled).</summary>
    private static readonly string[] HeldOutDays = ["stories-2018-02-27.tsv", "stories-2018-07-19.tsv", "stories-2018-07-04.tsv", "stories-2018-09-07.tsv", "stories-2018-03-26.tsv", "stories-2018-06-28.tsv", "stories-2018-03-02.tsv", "stories-2018-04-03.tsv", "stories-2018-08-17.tsv", "stories-2018-09-12.tsv", "stories-2018-10-10.tsv"];
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

    /// <summary>B³ F1 floors, just under the figures measured with the default options. Session 6 ended at 03-18 0.876,
    /// 04-10 0.882, 04-15 0.911, 04-18 0.956, 04-22 0.949, 06-01 0.914 and the then held-out 03-12 0.898, 08-10 0.897.
    /// Session 7's merge of the small stories that come close as they grow (<see cref="StoryOptions.MergeThreshold"/>,
    /// <see cref="StoryOptions.MergeMaxSize"/>): 03-18 0.885, 04-10 0.897, 04-18 0.979, 04-22 0.960, 06-01 0.939, the
    /// others unchanged. The fresh held-out days of session 7, scored once after the options were settled: 02-27 0.935
    /// (0.924 without merges), 07-19 0.933 (0.933). Session 8's fresh days, scored first with session 7's options:
    /// 03-20 0.910 (P 0.978 R 0.850; TF-IDF 0.775) and 10-16 0.823 (P 0.981 R 0.708; TF-IDF 0.740), a day whose one
    /// large story (31 of its 79 articles) the clusterer splits; both then became development days. Session 8's core
    /// subject (<see cref="StoryOptions.CoreEntityBonus"/>, <see cref="StoryOptions.CoreMergeThreshold"/>): 10-16 0.823 →
    /// 0.966, 06-01 0.939 → 0.930 (a one-article thread absorbed by its movement leader's story), the others unchanged.
    /// Session 8's last fresh days, scored once after the options were settled: 06-04 0.810 (P 0.949 R 0.707; without
    /// merges 0.798; TF-IDF 0.736) and 10-19 0.817 (P 1.000 R 0.691; without merges 0.735; TF-IDF 0.708). Session 9's
    /// rare-word bonus (<see cref="StoryOptions.RareTermBonus"/>): 03-12 0.927 → 0.932, 03-18 0.885 → 0.925, 04-15 0.911 →
    /// 0.931, 06-01 0.939 → 0.946, 08-10 0.897 → 0.907, 10-19 0.827 → 0.870; 04-18 0.979 → 0.971, 06-04 0.810 → 0.807.
    /// Held-out, scored after the options were settled (session-start options beside): 02-27 0.935 (0.935), 07-19 0.913
    /// (0.938: the bonus lost precision there, P 0.963 → 0.902), and session 9's fresh days 05-29 0.882 (P 0.981 R 0.801;
    /// 0.852; TF-IDF 0.751) and 10-15 0.912 (P 0.956 R 0.872; 0.905; TF-IDF 0.757). With the session's linker, quote and
    /// facts changes merged (the analysis the clusterer reads changed): 04-18 0.956, 06-01 0.932, 05-29 0.861 (P 0.982
    /// R 0.767), the others as above. Session 10's lower join threshold for large stories
    /// (<see cref="StoryOptions.LargeStoryThreshold"/> 0.21 from 5 members) raised the fourteen development days alone
    /// 0.9117 → 0.9262 and held-out 02-25 0.878 → 0.884, 02-27 0.935 → 0.944, 07-19 0.913 → 0.919, but lost heavily
    /// replayed over the whole corpus: left off. Session 10's fresh days, scored once with the settled (session-9)
    /// options: 02-25 0.878 (P 0.949 R 0.817; TF-IDF 0.863) and 08-14 0.920 (P 0.965 R 0.878; TF-IDF 0.700). Session 11's
    /// guarded lower threshold (0.23 from 5 members of the article's day and the day either side, the article naming
    /// early an entity most members name, no office-holder): sixteen tuning days alone 0.9101 → 0.9162, no day lower
    /// (03-18 0.925 → 0.935, 08-10 0.907 → 0.915, 10-19 0.870 → 0.918, 05-29 0.861 → 0.874, 10-15 0.912 → 0.924, 02-25
    /// 0.878 → 0.884); replayed over the whole corpus 0.8996 → 0.9014 (06-04 +0.024, 08-14 +0.014; 04-15 −0.012, 03-12 and
    /// 03-18 −0.010); held-out, scored after the options were settled: 02-27 0.935 → 0.944, 07-19 0.913 → 0.919. Session
    /// 11's heads of the setting (<see cref="StoryOptions.LargeStoryHomeLeaders"/>: a head of state or government most
    /// members name counts as the shared entity when his country is the story's most named place): 10-15 0.924 → 0.936,
    /// no other day changed; replayed 06-04 0.853 → 0.886, 03-18 0.902 → 0.921, 04-10 0.841 → 0.843; held-out unchanged.
    /// Session 12's bridge (<see cref="StoryOptions.BridgeMaxSmall"/>: a small story the article could also join merges
    /// into the large affair when a person with no office is core to both): 10-19 0.918 → 0.952, no other day changed;
    /// replayed 0.9043 → 0.9076 (10-19 0.905 → 0.941, 03-20 0.878 → 0.894); held-out unchanged (02-27 0.944, 07-19 0.919,
    /// 07-04 0.929, 09-07 0.927). Session 12 (<see cref="StoryOptions.CitiesStandForCountry"/>): 06-04 0.810 → 0.815,
    /// 10-15 0.936 → 0.948, no other tuning day changed; replayed 0.9076 → 0.9083. Session 13's fresh held-out days,
    /// labelled blind and scored first with the session-start build (bc6ebcc): 03-02 0.900 (P 0.966 R 0.844), 04-03 0.903
    /// (P 0.960 R 0.853); then 08-17 0.940 (P 0.980 R 0.904), 09-12 0.948 (P 0.982 R 0.916), 10-10 0.955 (P 1.000
    /// R 0.913).</summary>
    private static readonly Dictionary<string, double> Floors = new(StringComparer.Ordinal)
    {
        ["stories-2018-04-10.tsv"] = 0.89,
        ["stories-2018-04-15.tsv"] = 0.925,
        ["stories-2018-04-18.tsv"] = 0.95,
        ["stories-2018-04-22.tsv"] = 0.955,
        ["stories-2018-03-18.tsv"] = 0.93,
        ["stories-2018-06-01.tsv"] = 0.925,
        ["stories-2018-03-12.tsv"] = 0.925,
        ["stories-2018-08-10.tsv"] = 0.91,
        ["stories-2018-02-27.tsv"] = 0.94,
        ["stories-2018-07-19.tsv"] = 0.915,
        ["stories-2018-03-20.tsv"] = 0.905,
        ["stories-2018-10-16.tsv"] = 0.96,
        ["stories-2018-06-04.tsv"] = 0.812,
        ["stories-2018-10-19.tsv"] = 0.95,
        ["stories-2018-05-29.tsv"] = 0.87,
        ["stories-2018-10-15.tsv"] = 0.945,
        ["stories-2018-02-25.tsv"] = 0.88,
        ["stories-2018-08-14.tsv"] = 0.915,
        ["stories-2018-07-04.tsv"] = 0.92,
        ["stories-2018-09-07.tsv"] = 0.92,
        ["stories-2018-03-26.tsv"] = 0.87,
        ["stories-2018-06-28.tsv"] = 0.945,
        ["stories-2018-03-02.tsv"] = 0.895,
        ["stories-2018-04-03.tsv"] = 0.90,
        ["stories-2018-08-17.tsv"] = 0.935,
        ["stories-2018-09-12.tsv"] = 0.945,
        ["stories-2018-10-10.tsv"] = 0.95,
    };

    [SkippableFact]
    public void Stories_on_labelled_days_reach_the_target_bcubed_f1()
    {
        SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        var failures = new List<string>();
        foreach (var (kind, day) in TuningDays.Select(d => ("tuning", d)).Concat(HeldOutDays.Select(d => ("held-out", d))))
        {
            var (p, r, f) = Evaluate(StoryOptions.Default, day);
            var baseline = Evaluate(PlainTfIdf, day);
            var previous = Evaluate(Session4Default, day);
            var session6 = Evaluate(Session6Default, day);
            var session10 = Evaluate(Session10Default, day);
            output.WriteLine($"{kind} day {day}: P={p:F3} R={r:F3} F1={f:F3}; plain TF-IDF (whole text, no headline weight, entities or decay) P={baseline.Precision:F3} R={baseline.Recall:F3} F1={baseline.F1:F3}; session-4 default options P={previous.Precision:F3} R={previous.Recall:F3} F1={previous.F1:F3}; session-6 default options (no merges) P={session6.Precision:F3} R={session6.Recall:F3} F1={session6.F1:F3}; session-10 default options (no lower threshold for large stories) P={session10.Precision:F3} R={session10.Recall:F3} F1={session10.F1:F3}");
            if (f < Floors.GetValueOrDefault(day, 0.80))
            {
                failures.Add($"B-cubed F1 {f:F3} on {day} is below {Floors.GetValueOrDefault(day, 0.80):F3}");
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>Session 4's defaults (entities weighted as lead words, outlet style kept, no coverage): scored to keep the
    /// gain of today's defaults visible.</summary>
    private static StoryOptions Session4Default => StoryOptions.Default with { LargeStoryThreshold = null, MergeThreshold = 0, EntityTermWeight = 1.0, CoverageWeight = 0, SkipOutletStyle = false, UseSynonyms = false, EntityLeadChars = int.MaxValue, BodyEntityWeight = 1.0 };

    /// <summary>Session 6's defaults (no merge stage).</summary>
    private static StoryOptions Session6Default => StoryOptions.Default with { LargeStoryThreshold = null, MergeThreshold = 0 };

    /// <summary>Session 10's defaults (every story joined at <see cref="StoryOptions.Threshold"/>).</summary>
    private static StoryOptions Session10Default => StoryOptions.Default with { LargeStoryThreshold = null };

    /// <summary>The baseline: cosine of TF-IDF over the whole text, nothing else.</summary>
    private static StoryOptions PlainTfIdf => new() { MergeThreshold = 0, Threshold = 0.40, EntityBonus = 0, EntityTermWeight = 0, HeadlineWeight = 1, DecayDays = 1e9, LeadChars = 100_000, SkipOutletStyle = false, CoverageWeight = 0, UseSynonyms = false };

    [SkippableFact]
    public void Tuning_grid_prints_bcubed_for_each_setting()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("MARSAD_TUNE") == "1", "set MARSAD_TUNE=1 to run the tuning grid");
        SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        foreach (var options in TuningGrid())
        {
            var scores = TuningDays.Select(day => Evaluate(options, day)).ToList();
            output.WriteLine($"threshold={options.Threshold} lead={options.LeadChars} entity-terms={options.EntityTermWeight} entity-lead={options.EntityLeadChars} body-entity={options.BodyEntityWeight} speaker={options.SpeakerTermWeight} fold={options.FoldProvisionalIds} headline={options.HeadlineWeight} coverage={options.CoverageWeight}<{options.CoverageMaxChars} long-coverage={options.LongCoverageWeight} style={options.SkipOutletStyle} pairs={options.HeadlineBigramWeight}/{options.LeadBigramWeight} synonyms={options.UseSynonyms} merge={options.MergeThreshold} core={options.CoreEntityBonus}/{options.CoreEntityShare}/{options.CoreEntityMinSize}/{options.CoreEntityLeadChars}/{options.CorePersonsOnly}/{options.CoreExcludesOfficeHolders} core-merge={options.CoreMergeThreshold}/{options.CoreMergeMaxSmall} shared-core={options.SharedCoreBonus}/{options.SharedCoreMinEntities} rare={options.RareTermBonus}/{options.RareTermMaxDocuments}/{options.RareTermCap} large={options.LargeStoryThreshold}/{options.LargeStorySize}/{options.LargeStoryWindowDays}/{options.LargeStorySharedCore} rare-guards={options.RareTermSkipsNumbers}/{options.RareTermMinLength} bridge={options.BridgeMaxSmall}/{options.BridgeHomeLeaders} cities={options.CitiesStandForCountry}: " +
                string.Join("; ", scores.Select(s => $"P={s.Precision:F3} R={s.Recall:F3} F1={s.F1:F3}")) + $"; mean F1={scores.Average(s => s.F1):F4} min F1={scores.Min(s => s.F1):F3}");
        }
    }

    /// <summary>The settings of the tuning grid: every combination of the MARSAD_TUNE_* axes.</summary>
    private static IEnumerable<StoryOptions> TuningGrid() =>
            from threshold in Grid("MARSAD_TUNE_THRESHOLD", StoryOptions.Default.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from entityTerms in Grid("MARSAD_TUNE_ENTITY", "1.25")
            from entityLead in Grid("MARSAD_TUNE_ENTITY_LEAD", "1200")
            from bodyEntity in Grid("MARSAD_TUNE_BODY_ENTITY", "0.5")
            from speaker in Grid("MARSAD_TUNE_SPEAKER", "0")
            from fold in Grid("MARSAD_TUNE_FOLD", "0")
            from headline in Grid("MARSAD_TUNE_HEADLINE", "2")
            from lead in Grid("MARSAD_TUNE_LEAD", "200")
            from coverage in Grid("MARSAD_TUNE_COVERAGE", "1")
            from coverageChars in Grid("MARSAD_TUNE_COVERAGE_CHARS", "400")
            from style in Grid("MARSAD_TUNE_STYLE", "1")
            from headlinePairs in Grid("MARSAD_TUNE_HEADLINE_BIGRAM", "0")
            from leadPairs in Grid("MARSAD_TUNE_LEAD_BIGRAM", "0")
            from longCoverage in Grid("MARSAD_TUNE_LONG_COVERAGE", "0")
            from synonyms in Grid("MARSAD_TUNE_SYNONYMS", "1")
            from decay in Grid("MARSAD_TUNE_DECAY", "4")
            from window in Grid("MARSAD_TUNE_WINDOW", "3")
            from merge in Grid("MARSAD_TUNE_MERGE", "0.35")
            from core in Grid("MARSAD_TUNE_CORE", StoryOptions.Default.CoreEntityBonus.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from coreShare in Grid("MARSAD_TUNE_CORE_SHARE", StoryOptions.Default.CoreEntityShare.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from coreMin in Grid("MARSAD_TUNE_CORE_MIN", StoryOptions.Default.CoreEntityMinSize.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from coreLead in Grid("MARSAD_TUNE_CORE_LEAD", StoryOptions.Default.CoreEntityLeadChars.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from corePersons in Grid("MARSAD_TUNE_CORE_PERSONS", StoryOptions.Default.CorePersonsOnly ? "1" : "0")
            from coreOffice in Grid("MARSAD_TUNE_CORE_OFFICE", StoryOptions.Default.CoreExcludesOfficeHolders ? "1" : "0")
            from coreMerge in Grid("MARSAD_TUNE_CORE_MERGE", StoryOptions.Default.CoreMergeThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from coreSmall in Grid("MARSAD_TUNE_CORE_SMALL", StoryOptions.Default.CoreMergeMaxSmall.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from sharedCore in Grid("MARSAD_TUNE_SHARED_CORE", StoryOptions.Default.SharedCoreBonus.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from rareBonus in Grid("MARSAD_TUNE_RARE", StoryOptions.Default.RareTermBonus.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from rareShare in Grid("MARSAD_TUNE_RARE_DOCS", StoryOptions.Default.RareTermMaxDocuments.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from rareCap in Grid("MARSAD_TUNE_RARE_CAP", StoryOptions.Default.RareTermCap.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from sharedCoreMin in Grid("MARSAD_TUNE_SHARED_CORE_MIN", StoryOptions.Default.SharedCoreMinEntities.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from largeThreshold in Grid("MARSAD_TUNE_LARGE_THRESHOLD", (StoryOptions.Default.LargeStoryThreshold ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture))
            from largeSize in Grid("MARSAD_TUNE_LARGE_SIZE", StoryOptions.Default.LargeStorySize.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from rareNumbers in Grid("MARSAD_TUNE_RARE_NUMBERS", StoryOptions.Default.RareTermSkipsNumbers ? "1" : "0")
            from rareLength in Grid("MARSAD_TUNE_RARE_MINLEN", StoryOptions.Default.RareTermMinLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from largeCore in Grid("MARSAD_TUNE_LARGE_CORE", StoryOptions.Default.LargeStorySharedCore.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from largeWindow in Grid("MARSAD_TUNE_LARGE_WINDOW", (StoryOptions.Default.LargeStoryWindowDays ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture))
            from bridge in Grid("MARSAD_TUNE_BRIDGE", StoryOptions.Default.BridgeMaxSmall.ToString(System.Globalization.CultureInfo.InvariantCulture))
            from bridgeHome in Grid("MARSAD_TUNE_BRIDGE_HOME", StoryOptions.Default.BridgeHomeLeaders ? "1" : "0")
            from cities in Grid("MARSAD_TUNE_CITIES", StoryOptions.Default.CitiesStandForCountry ? "1" : "0")
            select StoryOptions.Default with
            {
                Threshold = threshold,
                LeadChars = (int)lead,
                EntityTermWeight = entityTerms,
                HeadlineWeight = headline,
                EntityLeadChars = (int)entityLead,
                BodyEntityWeight = bodyEntity,
                SpeakerTermWeight = speaker,
                FoldProvisionalIds = fold > 0,
                CoverageWeight = coverage,
                CoverageMaxChars = (int)coverageChars,
                SkipOutletStyle = style > 0,
                HeadlineBigramWeight = headlinePairs,
                LeadBigramWeight = leadPairs,
                LongCoverageWeight = longCoverage,
                UseSynonyms = synonyms > 0,
                DecayDays = decay,
                WindowDays = (int)window,
                MergeThreshold = merge,
                CoreEntityBonus = core,
                CoreEntityShare = coreShare,
                CoreEntityMinSize = (int)coreMin,
                CoreEntityLeadChars = (int)coreLead,
                CorePersonsOnly = corePersons > 0,
                CoreExcludesOfficeHolders = coreOffice > 0,
                CoreMergeThreshold = coreMerge,
                CoreMergeMaxSmall = (int)coreSmall,
                SharedCoreBonus = sharedCore,
                SharedCoreMinEntities = (int)sharedCoreMin,
                RareTermBonus = rareBonus,
                RareTermMaxDocuments = (int)rareShare,
                RareTermCap = (int)rareCap,
                LargeStoryThreshold = largeThreshold > 0 ? largeThreshold : null,
                LargeStorySize = (int)largeSize,
                RareTermSkipsNumbers = rareNumbers > 0,
                RareTermMinLength = (int)rareLength,
                LargeStoryWindowDays = largeWindow > 0 ? (int)largeWindow : null,
                LargeStorySharedCore = (int)largeCore,
                BridgeMaxSmall = (int)bridge,
                BridgeHomeLeaders = bridgeHome > 0,
                CitiesStandForCountry = cities > 0,
            };

    /// <summary>
    /// Replays the story step over a store made by a full ingest (MARSAD_STORY_REPLAY=store folder): the non-duplicate
    /// articles in ingest order, clustered with the default options and with the session-4 tuned ones. Prints the CPU time
    /// of the step (term counts + placement) and B³ on every labelled day in the context of the whole corpus (document
    /// frequencies and neighbouring stories as at ingest). For the report only: never tune on the held-out days.
    /// </summary>
    [SkippableFact]
    public void Replay_of_a_full_store_times_and_scores_the_story_step()
    {
        var folder = Environment.GetEnvironmentVariable("MARSAD_STORY_REPLAY");
        Skip.If(string.IsNullOrEmpty(folder), "set MARSAD_STORY_REPLAY to a store folder made by marsad ingest");
        using var corpus = Marsad.Corpus.Corpus.Open(folder);
        var ids = corpus.Store.LoadSignatures().Select(s => s.Id).ToList();
        var articles = new List<AnalyzedArticle>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            articles.AddRange(corpus.Store.GetStored(chunk).Select(s => s.Article));
        }

        var order = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        articles.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
        var analyzer = Marsad.Search.SearchAnalyzers.CreateForStories();
        // The session-4 defaults first: the first run pays the warm-up, which must not count against today's defaults.
        var settings = new List<(string Name, StoryOptions Options)> { ("session-4 default", Session4Default), ("default", StoryOptions.Default) };
        if (Environment.GetEnvironmentVariable("MARSAD_TUNE") == "1")
        {
            settings.AddRange(TuningGrid().Select(o => ($"threshold={o.Threshold} entity-terms={o.EntityTermWeight} speaker={o.SpeakerTermWeight} coverage={o.CoverageWeight} style={o.SkipOutletStyle} synonyms={o.UseSynonyms} entity-lead={o.EntityLeadChars} body-entity={o.BodyEntityWeight} decay={o.DecayDays} window={o.WindowDays} merge={o.MergeThreshold} core={o.CoreEntityBonus}/{o.CoreEntityShare}/{o.CoreEntityMinSize}/{o.CoreEntityLeadChars}/{o.CorePersonsOnly} core-merge={o.CoreMergeThreshold} large={o.LargeStoryThreshold}/{o.LargeStorySize}/{o.LargeStoryWindowDays}/{o.LargeStorySharedCore} bridge={o.BridgeMaxSmall}/{o.BridgeHomeLeaders} cities={o.CitiesStandForCountry}", o)));
        }

        foreach (var (name, options) in settings)
        {
            var clusterer = new StoryClusterer(analyzer, options);
            var storyOf = new Dictionary<string, long>(StringComparer.Ordinal);
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var wall = System.Diagnostics.Stopwatch.StartNew();
            foreach (var article in articles)
            {
                storyOf[article.Id] = clusterer.Assign(article, StoryClusterer.TermCounts(analyzer, options, article));
            }

            cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            foreach (var id in storyOf.Keys.ToList())
            {
                storyOf[id] = clusterer.Resolve(storyOf[id]);
            }

            output.WriteLine($"{name}: {articles.Count} articles placed in {wall.Elapsed.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU; {storyOf.Values.Distinct().Count()} stories");
            foreach (var day in TuningDays.Concat(HeldOutDays))
            {
                var gold = LoadLabels(day);
                var predicted = gold.Keys.Where(storyOf.ContainsKey).ToDictionary(id => id, id => storyOf[id], StringComparer.Ordinal);
                var (p, r, f) = BCubed.Score(gold.Where(g => predicted.ContainsKey(g.Key)).ToDictionary(), predicted);
                output.WriteLine($"  {day} ({predicted.Count} of {gold.Count} labelled articles, duplicates left out): P={p:F3} R={r:F3} F1={f:F3}");
                if (Environment.GetEnvironmentVariable("MARSAD_REPLAY_DETAIL") == "1" && TuningDays.Contains(day))
                {
                    var headlines = articles.Where(a => predicted.ContainsKey(a.Id)).ToDictionary(a => a.Id, a => a.Headline);
                    foreach (var cluster in predicted.GroupBy(p => p.Value).Where(c => c.Select(m => gold[m.Key]).Distinct().Count() > 1))
                    {
                        output.WriteLine($"    mixed {cluster.Key}: " + string.Join(" || ", cluster.Select(m => $"{gold[m.Key].Split('/')[1]} {m.Key} {headlines[m.Key]}")));
                    }
                }
            }
        }
    }

    /// <summary>Values of one tuning-grid axis from an environment variable (comma-separated), else the defaults given.</summary>
    private static double[] Grid(string variable, string defaults) =>
        [.. (Environment.GetEnvironmentVariable(variable) ?? defaults).Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>
    /// Error analysis on the tuning days: every gold story the clusterer split, piece by piece, with each member's
    /// outlet, headline and linked entities, and the score of its first article against the other pieces.
    /// </summary>
    [SkippableFact]
    public void Split_stories_on_tuning_days_are_listed()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("MARSAD_TUNE") == "1", "set MARSAD_TUNE=1 to list the split stories");
        SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        var options = TuningGrid().First();
        foreach (var day in TuningDays)
        {
            var gold = LoadLabels(day);
            var predicted = Predict(options, gold);
            var articles = Analysed.Value.Where(a => gold.ContainsKey(a.Id)).ToDictionary(a => a.Id);
            var splits = 0;
            foreach (var story in gold.GroupBy(g => g.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var pieces = story.GroupBy(m => predicted[m.Key]).ToList();
                if (pieces.Count < 2)
                {
                    continue;
                }

                splits++;
                output.WriteLine($"{day} {story.Key}: {story.Count()} articles in {pieces.Count} clusters");
                foreach (var piece in pieces)
                {
                    var foreign = predicted.Count(p => p.Value == piece.Key) - piece.Count();
                    output.WriteLine($"  cluster {piece.Key} (+{foreign} from other stories)");
                    foreach (var member in piece)
                    {
                        var a = articles[member.Key];
                        var entities = string.Join(",", StoryClusterer.EntityIds(a).Order(StringComparer.Ordinal));
                        output.WriteLine($"    {a.Id} [{a.Source.Outlet}] {a.Headline} | {a.Body.Length} chars | {entities}");
                    }
                }
            }

            // Wrong joins: predicted clusters holding articles of several gold stories.
            foreach (var cluster in predicted.GroupBy(p => p.Value).Where(c => c.Select(m => gold[m.Key]).Distinct().Count() > 1))
            {
                output.WriteLine($"  mixed cluster {cluster.Key}:");
                foreach (var member in cluster)
                {
                    var a = articles[member.Key];
                    output.WriteLine($"    {gold[a.Id]} {a.Id} {a.Headline} | {string.Join(",", StoryCoreEntities.Lead(a, options))}");
                }
            }

            var (precision, recall, f1) = BCubed.Score(gold, predicted);
            output.WriteLine($"{day}: {splits} gold stories split; P={precision:F3} R={recall:F3} F1={f1:F3}");
        }
    }

    /// <summary>
    /// Error analysis on the tuning days: each article that did not join a story holding an earlier member of its gold
    /// story, with the score it had against that story and the score of the story it chose (or the threshold).
    /// </summary>
    [SkippableFact]
    public void Missed_joins_on_tuning_days_are_scored()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("MARSAD_TUNE") == "1", "set MARSAD_TUNE=1 to score the missed joins");
        SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        foreach (var day in TuningDays)
        {
            var gold = LoadLabels(day);
            var options = StoryOptions.Default with { Threshold = Grid("MARSAD_TUNE_THRESHOLD", "0.3")[0] };
            var clusterer = new StoryClusterer(Marsad.Search.SearchAnalyzers.CreateForStories(), options);
            var storyOf = new Dictionary<string, long>(StringComparer.Ordinal);
            var goldOfStory = new Dictionary<long, HashSet<string>>();
            var missed = 0;
            clusterer.Trace = (article, scores) =>
            {
                var label = gold[article.Id];
                var mates = scores.Where(s => goldOfStory[s.Story].Contains(label)).ToList();
                var chosen = scores.Where(s => s.Score > options.Threshold).OrderByDescending(s => s.Score).FirstOrDefault();
                var mateStory = goldOfStory.Where(g => g.Value.Contains(label)).Select(g => g.Key).ToList();
                if (mateStory.Count == 0 && chosen.Story != 0)
                {
                    output.WriteLine($"{article.Id} {label} [{article.Body.Length} chars] {article.Headline}: no gold mate yet, joined {chosen.Score:F3} ({string.Join(",", goldOfStory[chosen.Story])})");
                }

                if (mateStory.Count == 0 || (chosen.Story != 0 && goldOfStory[chosen.Story].Contains(label)))
                {
                    return;
                }

                missed++;
                var mateScore = mates.Count == 0 ? "not a candidate" : mates.Max(m => m.Score).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
                var chose = chosen.Story == 0 ? "new story" : $"{chosen.Score:F3} ({string.Join(",", goldOfStory[chosen.Story])})";
                output.WriteLine($"{article.Id} {label} [{article.Body.Length} chars] {article.Headline}: gold mate {mateScore}, chose {chose}");
            };
            foreach (var article in Analysed.Value.Where(a => gold.ContainsKey(a.Id)))
            {
                storyOf[article.Id] = clusterer.Assign(article);

                // Merges move whole stories: the labels of a story are those of its members now.
                goldOfStory.Clear();
                foreach (var (id, story) in storyOf)
                {
                    var resolved = clusterer.Resolve(story);
                    if (!goldOfStory.TryGetValue(resolved, out var labels))
                    {
                        goldOfStory[resolved] = labels = [];
                    }

                    labels.Add(gold[id]);
                }
            }

            output.WriteLine($"{day}: {missed} missed joins");
        }
    }

    /// <summary>
    /// Error analysis on the tuning days: every pair of predicted stories of a day whose centroids come close, with their
    /// sizes, whether their members' majority labels agree, and the entities most members of both name.
    /// </summary>
    [SkippableFact]
    public void Close_story_pairs_on_tuning_days_are_listed()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("MARSAD_TUNE") == "1", "set MARSAD_TUNE=1 to list the close story pairs");
        SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        var options = TuningGrid().First();
        foreach (var day in TuningDays)
        {
            var gold = LoadLabels(day);
            var folder = Directory.CreateTempSubdirectory("marsad-stories-").FullName;
            try
            {
                using var corpus = Marsad.Corpus.Corpus.Open(folder, options);
                corpus.Add(Analysed.Value.Where(a => gold.ContainsKey(a.Id)));
                var storyOf = corpus.Store.GetStored(gold.Keys).Where(s => s.DuplicateOf is null).ToDictionary(s => s.Article.Id, s => s.StoryId);
                var states = corpus.Store.LoadStories().ToDictionary(s => s.Id);
                var clusters = storyOf.GroupBy(p => p.Value).Select(g => (State: states[g.Key], Label: g.GroupBy(m => gold[m.Key]).OrderByDescending(l => l.Count()).First().Key, Size: g.Count())).ToList();
                for (var i = 0; i < clusters.Count; i++)
                {
                    for (var j = i + 1; j < clusters.Count; j++)
                    {
                        var (a, b) = (clusters[i], clusters[j]);
                        var cosine = Cosine(a.State.Centroid, b.State.Centroid);
                        if (cosine < 0.15 || (a.Label != b.Label && cosine < 0.25))
                        {
                            continue;
                        }

                        var shared = a.State.Entities.Where(e => e.Value >= 0.6 * a.State.Size && b.State.Entities.GetValueOrDefault(e.Key) >= 0.6 * b.State.Size).Select(e => e.Key);
                        output.WriteLine($"{day} {(a.Label == b.Label ? "SAME" : "diff")} cos={cosine:F3} sizes {a.State.Size}+{b.State.Size} {a.Label} | {b.Label} | {a.State.Title} | {b.State.Title} | {string.Join(",", shared)}");
                    }
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
        {
            var dot = a.Sum(t => b.TryGetValue(t.Key, out var w) ? t.Value * w : 0);
            var norms = Math.Sqrt(a.Values.Sum(w => w * w)) * Math.Sqrt(b.Values.Sum(w => w * w));
            return norms > 0 ? dot / norms : 0;
        }
    }

    /// <summary>
    /// Error analysis: every pair of articles of a labelled day with its similarities (the story vector, headline,
    /// lead, whole body, linked entities, shared numbers) and whether the labels put them in one story, as TSV files
    /// in MARSAD_STORY_PAIRS (a folder), to see which signal tells the pairs apart.
    /// </summary>
    [SkippableFact]
    public void Pair_similarities_are_written()
    {
        var folder = Environment.GetEnvironmentVariable("MARSAD_STORY_PAIRS");
        Skip.If(string.IsNullOrEmpty(folder), "set MARSAD_STORY_PAIRS to a folder for the pair files");
        SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        var analyzer = Marsad.Search.SearchAnalyzers.CreateForStories();
        foreach (var day in TuningDays)
        {
            var gold = LoadLabels(day);
            var articles = Analysed.Value.Where(a => gold.ContainsKey(a.Id)).ToList();
            var views = new Func<AnalyzedArticle, Dictionary<string, double>>[]
            {
                a => StoryClusterer.TermCounts(analyzer, StoryOptions.Default, a),
                a => Counts(Marsad.Search.SearchAnalyzers.Terms(analyzer, a.Headline ?? "", Marsad.Search.SearchFields.Headline)),
                a => Counts(Marsad.Search.SearchAnalyzers.Terms(analyzer, StoryClusterer.Lead(a, 200), Marsad.Search.SearchFields.Body)),
                a => Counts(Marsad.Search.SearchAnalyzers.Terms(analyzer, a.Body, Marsad.Search.SearchFields.Body)),
                a => Counts(StoryClusterer.EntityIds(a)),
                a => Counts(Marsad.Search.SearchAnalyzers.Terms(analyzer, (a.Headline ?? "") + " " + StoryClusterer.Lead(a, 400), Marsad.Search.SearchFields.Body).Where(t => t.Any(char.IsDigit))),
            };
            var vectors = views.Select(view => TfIdf(articles.Select(view).ToList())).ToList();
            var lines = new List<string> { "a\tb\tsame\tsame_outlet\tlen_a\tlen_b\tfull\thead\tlead\tbody\tentity\tnumber" };
            for (var j = 0; j < articles.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    var cosines = vectors.Select(v => Dot(v[i], v[j]).ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
                    lines.Add(string.Join('\t', new[] { articles[i].Id, articles[j].Id, gold[articles[i].Id] == gold[articles[j].Id] ? "1" : "0", articles[i].Source.Outlet == articles[j].Source.Outlet ? "1" : "0", articles[i].Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), articles[j].Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(cosines)));
                }
            }

            File.WriteAllLines(Path.Combine(folder, Path.GetFileNameWithoutExtension(day) + ".pairs.tsv"), lines);
        }

        static Dictionary<string, double> Counts(IEnumerable<string> terms)
        {
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var t in terms)
            {
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }

            return counts;
        }

        static List<Dictionary<string, double>> TfIdf(List<Dictionary<string, double>> counts)
        {
            var df = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in counts.SelectMany(c => c.Keys))
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }

            return [.. counts.Select(c =>
            {
                var v = c.ToDictionary(t => t.Key, t => (1 + Math.Log(t.Value)) * (Math.Log((counts.Count + 1.0) / (df[t.Key] + 1.0)) + 1), StringComparer.Ordinal);
                var norm = Math.Sqrt(v.Values.Sum(w => w * w));
                return norm > 0 ? v.ToDictionary(t => t.Key, t => t.Value / norm, StringComparer.Ordinal) : v;
            })];
        }

        static double Dot(Dictionary<string, double> a, Dictionary<string, double> b) => a.Sum(t => b.TryGetValue(t.Key, out var w) ? t.Value * w : 0);
    }

    private static (double Precision, double Recall, double F1) Evaluate(StoryOptions options, string labelFile)
    {
        var gold = LoadLabels(labelFile);
        return BCubed.Score(gold, Predict(options, gold));
    }

    private static Dictionary<string, long> Predict(StoryOptions options, Dictionary<string, string> gold)
    {
        var folder = Directory.CreateTempSubdirectory("marsad-stories-").FullName;
        try
        {
            using var corpus = Marsad.Corpus.Corpus.Open(folder, options);
            corpus.Add(Analysed.Value.Where(a => gold.ContainsKey(a.Id)));
            return corpus.Store.GetStored(gold.Keys).ToDictionary(s => s.Article.Id, s => s.StoryId);
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

    /// <summary>
    /// The labelled articles, analysed. MARSAD_STORY_CACHE=file keeps them as JSON lines between tuning runs (the
    /// analysis reads the whole tarball); the file is remade when it lacks a labelled article.
    /// </summary>
    private static List<AnalyzedArticle> AnalyseLabelledArticles()
    {
        var ids = LoadLabels().Keys.ToHashSet(StringComparer.Ordinal);
        var cache = Environment.GetEnvironmentVariable("MARSAD_STORY_CACHE");
        if (!string.IsNullOrEmpty(cache) && File.Exists(cache))
        {
            var cached = File.ReadLines(cache).Select(Marsad.Serialization.ArticleJson.Deserialize).ToList();
            if (ids.All(cached.Select(a => a.Id).ToHashSet(StringComparer.Ordinal).Contains))
            {
                return [.. cached.Where(a => ids.Contains(a.Id))];
            }
        }

        var analysed = AnalyseFromTarball(ids);
        if (!string.IsNullOrEmpty(cache))
        {
            File.WriteAllLines(cache, analysed.Select(a => Marsad.Serialization.ArticleJson.Serialize(a)));
        }

        return analysed;
    }

    private static List<AnalyzedArticle> AnalyseFromTarball(HashSet<string> ids)
    {
        var tarball = SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        var pipeline = PipelineBuilder.Configure("all").Build();
        var items = DocumentSources.Read([tarball]).Where(i => i.Document is { } d && ids.Contains(d.Id));
        return [.. pipeline.AnalyzeAll(items).Where(r => r.Article is not null).Select(r => r.Article!)];
    }
}
