using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// One place per article: when the article names a region by a region head and a name (قطاع غزة، إقليم كردستان;
/// <c>linking/region-heads.txt</c>) that the knowledge base keeps apart from the place of the bare name (the city of
/// Gaza, greater Kurdistan), the bare name in that article is the region, as news writes it for short. An article
/// that also writes the bare name's own entity in two words (مدينة غزة) keeps the two apart.
/// </summary>
internal sealed class RegionShortForm(KnowledgeBase kb, LinkingLexicon lexicon)
{
    public void Link(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        Dictionary<string, string>? regions = null; // bare name's key → the region's entity
        foreach (var d in candidates)
        {
            if (d.EntityKey is { } region && d.IsNamed && d.LastToken == d.FirstToken + 1 && d.LastToken < tokens.Length
                && kb.Get(region)?.Type == EntityType.LOC
                && lexicon.IsRegionHead(LinkKey.Of(body.AsSpan(d.Start, tokens[d.FirstToken].End - d.Start))))
            {
                regions ??= new Dictionary<string, string>(StringComparer.Ordinal);
                regions.TryAdd(tokens[d.LastToken].Key, region);
            }
        }

        if (regions is null)
        {
            return;
        }

        foreach (var c in candidates)
        {
            if (c.EntityKey is not { } place || !c.IsNamed || c.FirstToken != c.LastToken
                || !regions.TryGetValue(LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start)), out var region) || region == place
                || kb.Get(place)?.Type != EntityType.LOC || candidates.Exists(o => o.EntityKey == place && o.LastToken > o.FirstToken))
            {
                continue;
            }

            c.EntityKey = region;
        }
    }
}
