using Marsad.Model;

namespace Marsad.Linking;

/// <summary>A region written with its head (إقليم كردستان) and by its bare name (كردستان) in one article is one place:
/// the bare name joins the region rather than the wider land the KB also names so — unless the article writes that
/// other place with more than its bare name. A bare name that is a city or town of the KB (غزة beside قطاع غزة) stays
/// the town: merging it cost a story tuning day (2018-05-29, B-cubed 0.874 → 0.844), where articles naming only the
/// city must still meet those naming both. Heads: <c>linking/region-heads.txt</c>.</summary>
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
            if (c.EntityKey is { } key && c.IsNamed && !writtenInFull.Contains(key) && !lexicon.IsTown(key)
                && regionOfBareName.TryGetValue(LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start)), out var region) && region != key)
            {
                c.EntityKey = region;
                c.Type = EntityType.LOC;
            }
        }
    }
}
