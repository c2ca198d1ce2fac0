using Marsad.Model;

namespace Marsad.Linking;

/// <summary>A region written with its head (قطاع غزة، إقليم كردستان) and by its bare name (غزة، كردستان) in one article
/// is one place: the bare name joins the region rather than the city or wider land the KB also names so — unless the
/// article writes that other place with more than its bare name (مدينة غزة). Heads: <c>linking/region-heads.txt</c>.</summary>
internal static class RegionName
{
    public static void Merge(string body, List<MentionCandidate> candidates, KnowledgeBase kb, LinkingLexicon lexicon)
    {
        Dictionary<string, string>? regionOfBareName = null;
        foreach (var key in candidates.Select(c => c.EntityKey).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (kb.Get(key) is not { Type: EntityType.LOC } region)
            {
                continue;
            }

            foreach (var name in region.Aliases.Prepend(region.NameAr))
            {
                if (LinkKey.Words(name) is [var head, var bare] && lexicon.IsRegionHead(head))
                {
                    (regionOfBareName ??= new(StringComparer.Ordinal)).TryAdd(bare, key);
                }
            }
        }

        if (regionOfBareName is null)
        {
            return;
        }

        var writtenInFull = candidates
            .Where(c => c.EntityKey is not null && LinkKey.Words(body.AsSpan(c.Start, c.End - c.Start)).Length > 1)
            .Select(c => c.EntityKey!)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.EntityKey is { } key && c.IsNamed && !writtenInFull.Contains(key)
                && regionOfBareName.TryGetValue(LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start)), out var region) && region != key)
            {
                c.EntityKey = region;
                c.Type = EntityType.LOC;
            }
        }
    }
}
