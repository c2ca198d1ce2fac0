using System.Collections.Immutable;
using System.Globalization;

namespace Marsad.Corpus;

/// <summary>Stories: read back with their members, outlets, shared entities and an extractive summary.</summary>
public sealed partial class Corpus
{
    /// <summary>
    /// Stories with an article in [from, to] (either bound optional) and at least <paramref name="minArticles"/>
    /// articles (duplicates not counted), newest first.
    /// </summary>
    public ImmutableArray<StorySummary> Stories(DateOnly? from = null, DateOnly? to = null, int minArticles = 2, int limit = 1000)
    {
        var result = ImmutableArray.CreateBuilder<StorySummary>();
        foreach (var state in store.FindStories(from, to))
        {
            if (state.Size < minArticles)
            {
                continue;
            }

            result.Add(Summarize(state));
            if (result.Count >= limit)
            {
                break;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A story by id (<c>s42</c> or <c>42</c>), or null.</summary>
    public StorySummary? GetStory(string id)
    {
        var digits = id?.Trim().TrimStart('s', 'S');
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && store.GetStory(n) is { } state
            ? Summarize(state)
            : null;
    }

    /// <summary>The story an article belongs to, or null.</summary>
    public StorySummary? StoryOf(string articleId)
    {
        var stored = store.GetStored([articleId]).FirstOrDefault();
        return stored is null ? null : GetStory("s" + stored.StoryId.ToString(CultureInfo.InvariantCulture));
    }

    private StorySummary Summarize(StoryState state)
    {
        var members = store.StoryMembers(state.Id);
        var canonical = members.Where(m => m.DuplicateOf is null).Select(m => m.Id).ToImmutableArray();
        var outlets = members.Select(m => m.Outlet ?? "").Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var threshold = Math.Max(2, (state.Size + 1) / 2);
        var entities = state.Entities
            .Where(e => state.Size == 1 || e.Value >= Math.Min(threshold, state.Size))
            .OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(10).Select(e => e.Key).ToImmutableArray();
        var articles = store.GetStored(canonical.Take(20)).Select(s => s.Article).ToList();
        var summary = StorySummarizer.Summarize(articles, state.Centroid, StoryAnalyzer.Value);
        var title = StorySummarizer.CentralHeadline(articles, state.Centroid, StoryAnalyzer.Value) ?? state.Title;
        return new StorySummary(
            "s" + state.Id.ToString(CultureInfo.InvariantCulture), title, state.First, state.Last, canonical, outlets, entities, summary);
    }
}
