using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// An indefinite head noun with one indefinite feminine nisba adjective — «منظمة إرهابية», «شركة سعودية», «جامعة
/// أمريكية» — describes some organisation (a terrorist organisation) and names none: not an entity, unless the KB
/// knows it. A word in «ي» after the head is rather a place (مجلس أبوظبي، منتخب زيمبابوي) and stays.
/// </summary>
internal static class IndefiniteDescription
{
    public static bool Is(ImmutableArray<LinkToken> tokens, MentionCandidate c, LinkingLexicon lexicon, KnowledgeBase kb)
    {
        if (c.Type != EntityType.ORG || !c.KbIds.IsEmpty || c.LastToken != c.FirstToken + 1 || !tokens[c.LastToken].JoinsPrevious)
        {
            return false;
        }

        var head = tokens[c.FirstToken].Key;
        var adjective = tokens[c.LastToken].Key;
        return (lexicon.IsNameHead(head) || lexicon.ChunkHead(head) is not null)
            && !head.StartsWith("ال", StringComparison.Ordinal) && !adjective.StartsWith("ال", StringComparison.Ordinal)
            && adjective.Length >= 4 && adjective.EndsWith("يه", StringComparison.Ordinal) && !kb.Names.Exact(adjective).Any();
    }
}
