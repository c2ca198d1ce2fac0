using System.Collections.Immutable;
using Marsad.Cleaning;
using Marsad.Entities;
using Marsad.Facts;
using Marsad.Knowledge;
using Marsad.Linking;
using Marsad.Quotes;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>
/// Composes an <see cref="AnalysisPipeline"/>: a cleaner and an ordered list of annotators. Each feature folder
/// adds its stage through a <c>Use...()</c> extension method; <see cref="Build"/> freezes the list.
/// <code>new PipelineBuilder().UseCleaner().UseArabicText().UseEntities().UseLinker().UseQuotes().UseFacts().Build()</code>
/// </summary>
public sealed class PipelineBuilder
{
    /// <summary>Stage names accepted by <see cref="Configure"/>, in pipeline order.</summary>
    public static readonly ImmutableArray<string> StageNames = ["clean", "text", "ner", "link", "quotes", "facts"];

    private readonly List<IAnnotator> annotators = [];

    /// <summary>Knowledge files (gazetteers, knowledge base, lexicons) the stages load from.</summary>
    public ResourceFiles Resources { get; set; } = ResourceFiles.Default;

    /// <summary>A path to an NER model file; null means the model that ships with Marsad.</summary>
    public string? NerModelPath { get; set; }

    public IArticleCleaner? Cleaner { get; private set; }

    public IReadOnlyList<IAnnotator> Annotators => annotators;

    /// <summary>The full default pipeline: every stage.</summary>
    public static PipelineBuilder CreateDefault() => Configure("all");

    /// <summary>Builds from a stage list such as <c>clean+text+ner</c> or <c>all</c>. Stages run in pipeline order
    /// whatever order they are named in; the text layer is added when a later stage needs it.</summary>
    public static PipelineBuilder Configure(string stages, ResourceFiles? resources = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var names = StageSet(stages);
        var unknown = names.Where(n => !StageNames.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"unknown stage '{string.Join("', '", unknown)}'; known stages: {string.Join(", ", StageNames)}, all");
        }

        var builder = new PipelineBuilder();
        if (resources is not null)
        {
            builder.Resources = resources;
        }

        // The cleaner's lexicon (its boilerplate patterns compile to automata) is the dearest stage to build and
        // needs no other stage: built on another core while this thread loads the models, it costs no start-up wall time.
        var files = builder.Resources;
        var cleaner = names.Contains("clean") ? Task.Run(() => new ArticleCleaner(files)) : null;
        if (names.Overlaps(["text", "ner", "link", "quotes", "facts"]))
        {
            builder.UseArabicText();
        }

        if (names.Contains("ner") || names.Contains("link") || names.Contains("quotes"))
        {
            builder.UseEntities();
        }

        if (names.Contains("link") || names.Contains("quotes"))
        {
            builder.UseLinker();
        }

        if (names.Contains("quotes"))
        {
            builder.UseQuotes();
        }

        if (names.Contains("facts"))
        {
            builder.UseFacts();
        }

        if (cleaner is not null)
        {
            builder.SetCleaner(cleaner.GetAwaiter().GetResult());
        }

        return builder;
    }

    /// <summary>True when a pipeline of these stages tags names (its "ner", "link" and "quotes" stages all do).</summary>
    public static bool TagsNames(string? stages) =>
        StageSet(stages ?? "all").Overlaps(["ner", "link", "quotes"]);

    public PipelineBuilder SetCleaner(IArticleCleaner cleaner)
    {
        Cleaner = cleaner ?? throw new ArgumentNullException(nameof(cleaner));
        return this;
    }

    public PipelineBuilder Use(IAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        annotators.Add(annotator);
        return this;
    }

    /// <summary>Adds the stage made by <paramref name="create"/> unless a stage of that type is already there.</summary>
    public PipelineBuilder AddIfNotAlready<T>(Func<T> create)
        where T : IAnnotator
    {
        if (!annotators.OfType<T>().Any())
        {
            annotators.Add(create());
        }

        return this;
    }

    public bool Contains<T>()
        where T : IAnnotator => annotators.OfType<T>().Any();

    /// <summary>Wraps every stage in a timer; the timers report each stage's share of the work (marsad bench).</summary>
    public PipelineBuilder WithStageTimings(out StageTimings timings)
    {
        var cleaner = new TimedCleaner(Cleaner ?? new PassThroughCleaner());
        Cleaner = cleaner;
        var timed = annotators.Select(a => a as TimedAnnotator ?? new TimedAnnotator(a)).ToList();
        annotators.Clear();
        annotators.AddRange(timed);
        timings = new StageTimings(cleaner, [.. timed]);
        return this;
    }

    /// <summary>The stage names of a list such as <c>clean+text+ner</c> or <c>all</c>, lower case.</summary>
    private static HashSet<string> StageSet(string stages) =>
        stages.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)
            ? StageNames.ToHashSet()
            : stages.Split('+', ',', ' ').Where(s => s.Length > 0).Select(s => s.Trim().ToLowerInvariant()).ToHashSet();

    public AnalysisPipeline Build() => new(Cleaner ?? new PassThroughCleaner(), [.. annotators]);
}
