using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// A body whose head's title is a fixed phrase — «الأمين العام للأمم المتحدة» — is, when named only inside that role
/// phrase, part of the person's title rather than an entity of the article: the gold lists the UN only where the text
/// names it on its own, but keeps a body named in a looser role (المتحدث باسم المنظمة الدولية للهجرة، الأمين العام
/// لجامعة الدول العربية). The bodies, role heads and the words allowed between head and complement are in
/// <c>linking/role-complements.tsv</c>; named once anywhere else, the body keeps all its mentions.
/// </summary>
internal static class RoleComplement
{
    /// <summary>How many words (fillers) may stand between the role's head and the complement.</summary>
    private const int MaxFillers = 3;

    public static void Remove(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, LinkingLexicon lexicon, KnowledgeBase kb)
    {
        HashSet<string>? dropped = null;
        foreach (var group in candidates.Where(c => c.EntityKey is not null).GroupBy(c => c.EntityKey!, StringComparer.Ordinal))
        {
            var type = kb.Get(group.Key)?.Type ?? group.First().Type;
            if (type == EntityType.ORG && lexicon.IsTitleBody(group.Key) && group.All(c => Is(body, tokens, c, lexicon)))
            {
                (dropped ??= new HashSet<string>(StringComparer.Ordinal)).Add(group.Key);
            }
        }

        if (dropped is not null)
        {
            candidates.RemoveAll(c => c.EntityKey is not null && dropped.Contains(c.EntityKey));
        }
    }

    /// <summary>Drops a generic body (a head of <c>linking/generic-heads.txt</c> alone: مجلس الوزراء، الحكومة) the article
    /// names only inside the title of a country's office («رئيس مجلس الوزراء» of a prime minister): the council is the
    /// office's wording there, not an actor of the report. Named bodies inside titles (رئيس مجلس السيادة، المتحدث باسم
    /// الكرملين) stay, as the gold keeps them.</summary>
    public static void RemoveInsideCountryTitles(string body, List<MentionCandidate> candidates, LinkingLexicon lexicon, KnowledgeBase kb)
    {
        var titles = candidates.FindAll(c => c.Kind == CandidateKind.Title && c.Role is { Offices.IsEmpty: false } role
                                             && role.Offices.All(o => kb.Get(o.Country)?.Type == EntityType.LOC));
        if (titles.Count == 0)
        {
            return;
        }

        HashSet<string>? dropped = null;
        foreach (var group in candidates.Where(c => c.EntityKey is not null && c.Kind != CandidateKind.Title).GroupBy(c => c.EntityKey!, StringComparer.Ordinal))
        {
            var type = kb.Get(group.Key)?.Type ?? group.First().Type;
            if (type == EntityType.ORG && group.All(c => lexicon.IsGenericHead(LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start)))
                                                         && titles.Exists(t => t.Start < c.Start && c.End <= t.End)))
            {
                (dropped ??= new HashSet<string>(StringComparer.Ordinal)).Add(group.Key);
            }
        }

        if (dropped is not null)
        {
            candidates.RemoveAll(c => c.Kind != CandidateKind.Title && c.EntityKey is not null && dropped.Contains(c.EntityKey));
        }
    }

    /// <summary>Whether the mention follows a role head (through at most <see cref="MaxFillers"/> fillers) with a
    /// proclitic ل.</summary>
    internal static bool Is(string body, ImmutableArray<LinkToken> tokens, MentionCandidate c, LinkingLexicon lexicon)
    {
        var first = c.FirstToken;
        if (first <= 0 || first >= tokens.Length || !tokens[first].JoinsPrevious)
        {
            return false;
        }

        if (!tokens[first].Key.StartsWith('ل'))
        {
            return false;
        }

        for (int k = first - 1, fillers = 0; k >= 0; k--)
        {
            if (lexicon.IsRoleComplementHead(tokens[k].Key))
            {
                return true;
            }

            if (!lexicon.IsRoleComplementFiller(tokens[k].Key) || ++fillers > MaxFillers || !tokens[k].JoinsPrevious)
            {
                return false;
            }
        }

        return false;
    }
}
