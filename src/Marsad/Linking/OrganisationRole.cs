using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// «المدير العام للمنظمة»: a role head before a description the linker resolved to an organisation of the article
/// (للمنظمة → منظمة الصحة العالمية) names the organisation's office whose title is that head and the organisation's
/// name (المدير العام لمنظمة الصحة العالمية), and so its one holder at the article's date. Not after a deputy word.
/// </summary>
internal sealed class OrganisationRole
{
    // Per organisation id, the head words (keys) of its offices' «head + ل<name>» titles.
    private readonly FrozenDictionary<string, ImmutableArray<(string[] Head, string OfficeId)>> rolesByOrganisation;
    private readonly KnowledgeBase kb;
    private readonly LinkingLexicon lexicon;

    public OrganisationRole(KnowledgeBase kb, LinkingLexicon lexicon)
    {
        this.kb = kb;
        this.lexicon = lexicon;
        rolesByOrganisation = kb.Offices
            .Where(o => kb.Get(o.Country)?.Type == EntityType.ORG)
            .SelectMany(o => o.Titles.Select(t => (Head: HeadBeforeComplement(t), Office: o.Id, o.Country)))
            .Where(x => x.Head is not null)
            .GroupBy(x => x.Country, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.DistinctBy(x => (string.Join(' ', x.Head!), x.Office)).Select(x => (x.Head!, x.Office)).ToImmutableArray(),
                StringComparer.Ordinal);
    }

    public void Link(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, DateOnly? date)
    {
        if (date is not { } day || rolesByOrganisation.Count == 0)
        {
            return;
        }

        List<MentionCandidate>? added = null;
        foreach (var c in candidates)
        {
            if (c.Kind != CandidateKind.Description || c.EntityKey is not { } organisation
                || !rolesByOrganisation.TryGetValue(organisation, out var roles)
                || !tokens[c.FirstToken].Key.StartsWith("لل", StringComparison.Ordinal) || !tokens[c.FirstToken].JoinsPrevious)
            {
                continue; // only a definite description that carries the ل of the title's complement (للمنظمة)
            }

            foreach (var (head, officeId) in roles)
            {
                var first = c.FirstToken - head.Length;
                if (first < 0 || !HeadMatches(tokens, first, head) || lexicon.FollowsDeputyWord(body, tokens[first].Start)
                    || candidates.Any(o => o.EntityKey is not null && o.Kind is CandidateKind.Title or CandidateKind.RoleNoun or CandidateKind.TitleReference
                        && o.FirstToken <= c.FirstToken && o.LastToken >= first))
                {
                    continue;
                }

                var holders = kb.HoldersOf(officeId, day);
                if (holders.Length == 1)
                {
                    (added ??= []).Add(new MentionCandidate
                    {
                        Start = tokens[first].Start,
                        End = c.End,
                        FirstToken = first,
                        LastToken = c.LastToken,
                        Kind = CandidateKind.TitleReference,
                        Type = EntityType.PERS,
                        EntityKey = holders[0].Id,
                    });
                }

                break;
            }
        }

        if (added is not null)
        {
            candidates.AddRange(added);
            candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool HeadMatches(ImmutableArray<LinkToken> tokens, int first, string[] head)
    {
        for (var k = 0; k < head.Length; k++)
        {
            if (tokens[first + k].Key != head[k] || (k > 0 && !tokens[first + k].JoinsPrevious))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of a title before its «ل…» complement (المدير العام | لمنظمة …); null when it has none.</summary>
    private static string[]? HeadBeforeComplement(string title)
    {
        var words = LinkKey.Words(title);
        for (var k = 1; k < words.Length; k++)
        {
            if (words[k].Length > 2 && words[k][0] == 'ل' && words[k][1] != 'ا')
            {
                return [.. words[..k].Select(w => LinkKey.Of(w))];
            }
        }

        return null;
    }
}
