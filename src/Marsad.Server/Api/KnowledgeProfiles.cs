using Marsad.Linking;

namespace Marsad.Server.Api;

/// <summary>What the knowledge base says about an entity for its page: English name, aliases and offices held.
/// A view over the linker's <see cref="KnowledgeBase"/>, so the page and the analysis read the same knowledge.</summary>
internal sealed class KnowledgeProfiles(KnowledgeBase knowledge)
{
    private static readonly Lazy<KnowledgeProfiles> Shared = new(() => new KnowledgeProfiles(KnowledgeBase.Default));

    public static KnowledgeProfiles Default => Shared.Value;

    public string? EnglishName(string id) => knowledge.Get(id)?.NameEn;

    public IEnumerable<string> Aliases(string id) =>
        knowledge.Get(id) is { } entity ? [entity.NameAr, .. entity.Aliases] : [];

    public IReadOnlyList<EntityRole> Roles(string id) =>
        knowledge.Describe(id)?.Roles
            .Select(r => new EntityRole(
                r.Office.Id,
                r.Office.Titles.FirstOrDefault() ?? r.Office.Id,
                r.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                r.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray() ?? [];
}

/// <summary>An office an entity held: its id, its usual Arabic title and the ISO dates (to null while in office).</summary>
public sealed record EntityRole(string Office, string Title, string From, string? To);
