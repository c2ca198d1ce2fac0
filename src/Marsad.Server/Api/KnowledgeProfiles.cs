using System.Collections.Frozen;
using Marsad.Knowledge;

namespace Marsad.Server.Api;

/// <summary>What the knowledge base says about an entity for its page: English name, aliases and offices held.
/// Read once from the shipped (and user) kb files.</summary>
internal sealed class KnowledgeProfiles
{
    private static readonly Lazy<KnowledgeProfiles> Shared = new(() => Load(ResourceFiles.Default));

    private readonly FrozenDictionary<string, (string? English, string[] Aliases)> entities;
    private readonly FrozenDictionary<string, EntityRole[]> roles;

    private KnowledgeProfiles(FrozenDictionary<string, (string?, string[])> entities, FrozenDictionary<string, EntityRole[]> roles)
    {
        this.entities = entities;
        this.roles = roles;
    }

    public static KnowledgeProfiles Default => Shared.Value;

    public string? EnglishName(string id) => entities.TryGetValue(id, out var e) ? e.English : null;

    public IEnumerable<string> Aliases(string id) => entities.TryGetValue(id, out var e) ? e.Aliases : [];

    public IReadOnlyList<EntityRole> Roles(string id) => roles.TryGetValue(id, out var r) ? r : [];

    private static KnowledgeProfiles Load(ResourceFiles files)
    {
        var entities = new Dictionary<string, (string?, string[])>(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var holders = new Dictionary<string, List<EntityRole>>(StringComparer.Ordinal);
        try
        {
            foreach (var row in files.ReadTsv("kb/entities.tsv"))
            {
                if (row.Length >= 3 && row[0].Length > 0)
                {
                    var aliases = row.Length > 4 ? row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
                    entities[row[0]] = (row.Length > 3 && row[3].Length > 0 ? row[3] : null, [row[2], .. aliases]);
                }
            }

            foreach (var row in files.ReadTsv("kb/offices.tsv"))
            {
                if (row.Length >= 3)
                {
                    titles[row[0]] = row[2].Split('|', StringSplitOptions.TrimEntries)[0];
                }
            }

            foreach (var row in files.ReadTsv("kb/office_holders.tsv"))
            {
                if (row.Length >= 3 && row[1].Length > 0)
                {
                    var title = titles.GetValueOrDefault(row[0], row[0]);
                    var to = row.Length > 3 && row[3].Length > 0 ? row[3] : null;
                    (holders.TryGetValue(row[1], out var list) ? list : holders[row[1]] = []).Add(new EntityRole(row[0], title, row[2], to));
                }
            }
        }
        catch (IOException)
        {
            // A broken user file must not take the entity page down: show what was read.
        }

        return new KnowledgeProfiles(
            entities.ToFrozenDictionary(StringComparer.Ordinal),
            holders.ToFrozenDictionary(p => p.Key, p => p.Value.OrderBy(r => r.From, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    }
}

/// <summary>An office an entity held: its id, its usual Arabic title and the ISO dates (to null while in office).</summary>
public sealed record EntityRole(string Office, string Title, string From, string? To);
