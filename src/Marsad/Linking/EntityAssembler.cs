using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>Groups linked candidates into the article's entities: one per id, with its canonical name (the KB's, or
/// the fullest name the article writes), its type and every mention in body order.</summary>
internal sealed class EntityAssembler(KnowledgeBase kb)
{
    public ImmutableArray<Entity> Build(string body, List<MentionCandidate> candidates)
    {
        var entities = new List<Entity>();
        foreach (var group in candidates.Where(c => c.EntityKey is not null).GroupBy(c => c.EntityKey!, StringComparer.Ordinal))
        {
            var known = kb.Get(group.Key);
            var type = known?.Type ?? MajorityType(group);
            var mentions = group
                .DistinctBy(c => (c.Start, c.End))
                .OrderBy(c => c.Start)
                .Select(c => new EntityMention(body[c.Start..c.End], c.Start, c.End) { Type = type })
                .ToImmutableArray();
            // A name neither the KB nor the article's context makes a person, place or body is no entity, nor is a
            // MISC guess of the tagger: mostly ordinary words (سيولد، دلتا), works or events.
            if (type == EntityType.MISC || (known is null && !group.Any(NamesTheEntity)))
            {
                // The knowledge base's MISC rows (competitions, agreements, wars, feasts, programmes) still claim their
                // words while linking, so «كأس العالم» lends «العالم» to nothing, but they are events and works, not
                // people, bodies or places: GOLD-NOTES lists events among the non-entities and no gold types one MISC.
                continue;
            }

            var name = known?.NameAr ?? CanonicalName(body, group);
            entities.Add(new Entity(group.Key, name, type, mentions) { EnglishName = known?.NameEn });
        }

        return [.. entities.OrderBy(e => e.Mentions[0].Start)];
    }

    /// <summary>A written name, or a description that implies the name the article never writes (الوزارة after وزير
    /// البيئة).</summary>
    private static bool NamesTheEntity(MentionCandidate c) => c.IsNamed || c.ImpliedName is not null;

    private static EntityType MajorityType(IEnumerable<MentionCandidate> group) =>
        group.Where(c => NamesTheEntity(c) && c.Type is not null)
            .GroupBy(c => c.Type!.Value)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .DefaultIfEmpty(EntityType.MISC)
            .First();

    /// <summary>The name with the most words the article writes for the entity, as written, without wrapping marks,
    /// hashtag joiners or odd spaces.</summary>
    private static string CanonicalName(string body, IEnumerable<MentionCandidate> group)
    {
        var text = group.Where(NamesTheEntity)
            .Select(c => c.ImpliedName ?? c.RestoredName ?? body[c.Start..c.End])
            .OrderByDescending(t => LinkKey.Words(t).Length)
            .ThenBy(t => t.Length)
            .First();
        var cleaned = new string([.. text.Select(ch => ch is '_' or '\u00A0' or '\n' or '\t' ? ' ' : ch).Where(ch => !LinkKey.IsMark(ch) && ch != '#')]);
        return string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
