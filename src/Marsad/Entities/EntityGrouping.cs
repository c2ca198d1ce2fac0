using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>The default entities before linking: one per distinct normalised surface form, typed by its most frequent tag.</summary>
public static class EntityGrouping
{
    public static ImmutableArray<Entity> ByNormalizedForm(ImmutableArray<EntityMention> mentions)
    {
        var groups = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var m in mentions)
        {
            var key = Key(m.Text);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(m);
        }

        var result = ImmutableArray.CreateBuilder<Entity>(order.Count);
        foreach (var key in order)
        {
            var list = groups[key];
            var type = list.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => list.FindIndex(m => m.Type == g.Key)).First().Key;
            result.Add(new Entity(ProvisionalId(type, key), list[0].Text, type, [.. list]));
        }

        return result.MoveToImmutable();
    }

    /// <summary><c>prov:&lt;type&gt;:&lt;normalised form&gt;</c>, spaces as '-', type in lower case.</summary>
    public static string ProvisionalId(EntityType type, string normalizedForm) =>
        $"prov:{type.ToString().ToLowerInvariant()}:{normalizedForm.Replace(' ', '-')}";

    /// <summary>The normalised form of a mention: the text layer's normalisation, whitespace runs as one space.</summary>
    public static string Key(string text) => WhitespaceFolding.Collapse(ArabicNormalizer.Normalize(text));
}
