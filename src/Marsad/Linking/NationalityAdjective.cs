using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>
/// A definite nationality adjective agreeing with the definite noun before it — «المستشارة الألمانية», «الخطوط
/// الفرنسية» — describes that noun; it is not the agency or channel the KB also calls so («الألمانية» for dpa,
/// «الفرنسية» for AFP). Credited alone after a verb («ونقلت الألمانية») it stays a name.
/// </summary>
internal static class NationalityAdjective
{
    public static bool Is(ImmutableArray<LinkToken> tokens, MentionCandidate c, LinkingLexicon lexicon, KnowledgeBase kb)
    {
        if (!c.IsNamed || c.FirstToken != c.LastToken || c.FirstToken <= 0 || c.FirstToken >= tokens.Length)
        {
            return false;
        }

        var token = tokens[c.FirstToken];
        var previous = tokens[c.FirstToken - 1];
        // Only the KB's organisations (agencies, channels) go by a bare adjective; «السعودية» after «إلى» is the country.
        return token.JoinsPrevious && token.Start == c.Start
            && token.Key.StartsWith("ال", StringComparison.Ordinal) && lexicon.NationalityOfKey(token.Key) is not null
            && previous.Key.StartsWith("ال", StringComparison.Ordinal)
            && kb.Names.Exact(token.Key).ToList() is { Count: > 0 } ids && ids.TrueForAll(id => kb.Get(id)?.Type == Model.EntityType.ORG);
    }
}
