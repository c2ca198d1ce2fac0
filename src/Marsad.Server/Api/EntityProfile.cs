using System.Collections.Immutable;
using Marsad.Corpus;

namespace Marsad.Server.Api;

/// <summary>An entity's page: who it is (aliases from the knowledge base and as written in the corpus, offices),
/// its quotes and mentions over time and per-day counts for the chart.</summary>
public sealed record EntityProfile(
    EntityMatch Entity,
    string? EnglishName,
    ImmutableArray<string> Aliases,
    ImmutableArray<EntityRole> Roles,
    int TotalItems,
    ImmutableArray<TimelineItem> Items,
    ImmutableArray<DayCount> Days)
{
    /// <summary>Timeline items returned (the counts per day cover them all).</summary>
    public const int MaxItems = 500;

    /// <summary>Articles read for the ways the corpus writes the name.</summary>
    private const int AliasArticles = 30;

    internal static EntityProfile From(Corpus.Corpus corpus, EntityTimeline timeline, KnowledgeProfiles knowledge)
    {
        var id = timeline.Entity.Id;
        var written = timeline.Items
            .Select(i => i.Article).Distinct(StringComparer.Ordinal).Take(AliasArticles)
            .Select(corpus.GetArticle).OfType<Model.AnalyzedArticle>()
            .SelectMany(a => a.Entities.Where(e => e.Id == id).SelectMany(e => e.Mentions.Select(m => m.Text)));
        var aliases = knowledge.Aliases(id).Concat(written)
            .Where(a => a.Length > 0 && a != timeline.Entity.Name)
            .Distinct(StringComparer.Ordinal).Take(30).ToImmutableArray();
        return new EntityProfile(
            timeline.Entity,
            knowledge.EnglishName(id),
            aliases,
            [.. knowledge.Roles(id)],
            timeline.Items.Length,
            timeline.Items.Length > MaxItems ? [.. timeline.Items.Take(MaxItems)] : timeline.Items,
            timeline.Days);
    }
}
