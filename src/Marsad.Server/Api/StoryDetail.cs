using System.Collections.Immutable;
using Marsad.Corpus;

namespace Marsad.Server.Api;

/// <summary>A story with what the page shows beside it: its member articles (headline, outlet, date) in
/// publication order and its shared entities with their names.</summary>
public sealed record StoryDetail(StorySummary Story, ImmutableArray<StoryMember> Members, ImmutableArray<EntityLabel> Entities)
{
    /// <summary>Members listed with their headlines; a very large story lists its first ones.</summary>
    public const int MaxMembers = 200;

    internal static StoryDetail From(Corpus.Corpus corpus, StorySummary story)
    {
        var members = story.Articles.Take(MaxMembers)
            .Select(id => corpus.GetArticle(id) is { } a ? new StoryMember(a.Id, a.Headline, a.Source.Outlet, a.Published) : null)
            .OfType<StoryMember>()
            .ToImmutableArray();
        var entities = story.Entities
            .Select(id => corpus.FindEntities(id, 1).FirstOrDefault(m => m.Id == id) is { } m
                ? new EntityLabel(m.Id, m.Name, m.Type.ToString())
                : new EntityLabel(id, id, ""))
            .ToImmutableArray();
        return new StoryDetail(story, members, entities);
    }
}

/// <summary>One article of a story.</summary>
public sealed record StoryMember(string Id, string? Headline, string? Outlet, DateOnly? Published);

/// <summary>An entity id with its name and type.</summary>
public sealed record EntityLabel(string Id, string Name, string Type);

/// <summary>A page of stories, newest first; <see cref="More"/> says whether a next page exists.</summary>
public sealed record StoryPage(int Page, int Size, bool More, ImmutableArray<StorySummary> Items);
