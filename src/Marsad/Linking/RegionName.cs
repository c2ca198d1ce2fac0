using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// A bare place name of an article that also names the region of that name with a region head (غزة beside قطاع غزة,
/// كردستان beside إقليم كردستان; heads from <c>linking/region-heads.txt</c>) is the region: the gold groups the two,
/// and the KB keeps the city or the wider land apart. Left alone when the article also names the bare name's own
/// entity in a longer form (مدينة غزة), which shows it meant the city.
/// </summary>
internal static class RegionName
{
    public static void Apply(string body, List<MentionCandidate> candidates, KnowledgeBase kb, LinkingLexicon lexicon)
    {
        Dictionary<string, string>? regionOf = null;
        foreach (var c in candidates)
        {
            if (c.IsNamed && c.EntityKey is { } id && kb.Get(id) is { Type: EntityType.LOC } region
                && BareNameKey(region.NameAr, lexicon) is { } bareKey)
            {
                regionOf ??= new(StringComparer.Ordinal);
                regionOf[bareKey] = regionOf.TryGetValue(bareKey, out var other) && other != id ? string.Empty : id;
            }
        }

        if (regionOf is null)
        {
            return;
        }

        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.IsNamed && c.EntityKey is { } id && kb.Get(id) is { Type: EntityType.LOC } place
                && regionOf.ContainsKey(LinkKey.Of(place.NameAr)) && LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start)).Contains(' ', StringComparison.Ordinal))
            {
                keep.Add(id); // named in a longer form of its own (مدينة غزة)
            }
        }

        foreach (var c in candidates)
        {
            if (c.IsNamed && c.EntityKey is { } id && !keep.Contains(id) && kb.Get(id) is { Type: EntityType.LOC } place
                && regionOf.TryGetValue(LinkKey.Of(place.NameAr), out var regionId) && regionId.Length > 0 && regionId != id)
            {
                c.EntityKey = regionId;
            }
        }
    }

    /// <summary>The key of the name after a region head (قطاع غزة → غزة); null when the name has no such head.</summary>
    private static string? BareNameKey(string name, LinkingLexicon lexicon)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || space == name.Length - 1 || !lexicon.IsRegionHead(LinkKey.Of(name.AsSpan(0, space))))
        {
            return null;
        }

        var rest = LinkKey.Of(name.AsSpan(space + 1));
        return rest.Contains(' ', StringComparison.Ordinal) ? null : rest;
    }
}
