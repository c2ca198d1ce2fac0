using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// Links an honorific of address to the person it stands for: its pronoun alone (أكد سموه، وأوضح معاليه) or the
/// honorific before a bare title of its rank (معالي الوزير، جلالة الملك، دولة الرئيس) names the nearest person
/// named before it who holds that rank — titled so in the article, or holding a KB office of it at the date. With
/// no such person it stays unlinked: the honorific is never guessed.
/// </summary>
internal sealed class HonorificReference(KnowledgeBase kb, LinkingLexicon lexicon)
{
    public void Link(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, DateOnly? date)
    {
        var owner = new int[tokens.Length];
        Array.Fill(owner, -1);
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var t = candidates[i].FirstToken; t <= candidates[i].LastToken && t < tokens.Length; t++)
            {
                owner[t] = i;
            }
        }

        var added = new List<MentionCandidate>();
        var replaced = new List<MentionCandidate>();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (owner[t] >= 0 && !IsUnlinkedTitleWithin(candidates[owner[t]], t, t + 1))
            {
                continue;
            }

            if (RankAt(tokens[t]) is not ({ } rank, var skip))
            {
                if (HeadOfNamedBody(body, tokens, candidates, owner, t, date) is { } head)
                {
                    // An unlinked title read over «رئيس المجلس», and «المجلس» read as the council, give way to the head's title.
                    replaced.AddRange(new[] { owner[t], owner[t + 1] }.Where(o => o >= 0).Select(o => candidates[o]));

                    added.Add(MentionCandidate.PersonReference(tokens, t, t + 1, head));
                    t++;
                }

                continue;
            }

            if (owner[t] >= 0)
            {
                continue;
            }

            var start = tokens[t].Start + skip;
            var last = t;
            MentionCandidate? title = null;
            if (!rank.IsPronoun)
            {
                // «معالي الوزير»: the honorific is written before a one-word title of its rank.
                var next = t + 1;
                if (next >= tokens.Length || !tokens[next].JoinsPrevious || !rank.IsRankHead(tokens[next].Key))
                {
                    continue;
                }

                title = owner[next] >= 0 ? candidates[owner[next]] : null;
                if (title is not null && (title.FirstToken != next || title.LastToken != next || title.IsNamed))
                {
                    continue; // a longer title (معالي وزير الخارجية) or a name is another stage's
                }

                last = next;
            }

            // A title another stage linked takes the honorific when the title is the whole rank (معالي الوزير), else
            // only when its person is of the rank (دولة الرئيس is no president's).
            var person = title?.EntityKey is { } linked
                ? (title.Type == EntityType.PERS && (rank.Titles([tokens[last].Key]) || IsOfRank(body, candidates, linked, start, rank, date)) ? linked : null)
                : NearestOfRank(body, candidates, start, rank, date) ?? OnlyHolderInNamedCountry(candidates, rank, date);
            if (person is null)
            {
                continue;
            }

            if (title is not null)
            {
                title.Start = start;
                title.FirstToken = t;
                title.EntityKey = person;
                title.Type = EntityType.PERS;
            }
            else
            {
                added.Add(MentionCandidate.PersonReference(tokens, t, last, person, start));
            }

            t = last;
        }

        if (added.Count > 0)
        {
            candidates.RemoveAll(replaced.Contains);
            candidates.AddRange(added);
            candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>«رئيس المجلس» at token <paramref name="t"/> (no adjective after: رئيس المجلس الرئاسي is another post):
    /// the head of the body the complement was linked to, or else of the one council of the title's bodies named
    /// before it (two councils: no guess) — the nearest person titled with, or holding at the date, «رئيس» and
    /// that body's name.</summary>
    private string? HeadOfNamedBody(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, int[] owner, int t, DateOnly? date)
    {
        if (t + 1 >= tokens.Length || !tokens[t + 1].JoinsPrevious || lexicon.BareTitleBodies(tokens[t].Key, tokens[t + 1].Key) is not { } bodies
            || (t + 2 < tokens.Length && tokens[t + 2].JoinsPrevious && tokens[t + 2].Key.StartsWith("ال", StringComparison.Ordinal)))
        {
            return null;
        }

        // The body the complement was linked to, else the one council of those bodies the article named before.
        var linked = owner[t + 1] >= 0 && owner[t + 1] != owner[t] ? candidates[owner[t + 1]].EntityKey : null;
        var named = candidates
            .Where(c => c.Type == EntityType.ORG && c.EntityKey is not null && (linked is null ? c.Start < tokens[t].Start : c.EntityKey == linked))
            .Select(c => (c.EntityKey, Body: bodies.FirstOrDefault(b => StartsWith(LinkKey.Words(body.AsSpan(c.Start, c.End - c.Start)), b))))
            .Where(c => c.Body is not null)
            .ToList();
        if (named.Select(c => c.EntityKey).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }

        var rank = new HonorificRank([.. named.Select(c => (string[])[tokens[t].Key, .. c.Body!]).DistinctBy(r => string.Join(' ', r))]);
        return NearestOfRank(body, candidates, tokens[t].Start, rank, date);
    }

    private static bool IsUnlinkedTitleWithin(MentionCandidate c, int first, int last) =>
        c is { Kind: CandidateKind.Title or CandidateKind.RoleNoun, EntityKey: null } && c.FirstToken >= first && c.LastToken <= last;

    private static bool StartsWith(string[] words, string[] opening) =>
        words.Length >= opening.Length && words.AsSpan(0, opening.Length).SequenceEqual(opening);

    /// <summary>The honorific a token is, read with or without a conjunction (وسموه), and the conjunction's length.</summary>
    private (HonorificRank? Rank, int Skip) RankAt(LinkToken token)
    {
        if (lexicon.HonorificRankOf(token.Key) is { } rank)
        {
            return (rank, 0);
        }

        return token.Key.Length > 4 && token.Key[0] is 'و' or 'ف' && lexicon.HonorificRankOf(token.Key.AsSpan(1)) is { } joined ? (joined, 1) : (null, 0);
    }

    /// <summary>The nearest person named before <paramref name="position"/> who is titled with the rank there (a
    /// mention of them, or the word right before their name) or holds a KB office of it at the date.</summary>
    private string? NearestOfRank(string body, List<MentionCandidate> candidates, int position, HonorificRank rank, DateOnly? date)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.Start >= position || c.Type != EntityType.PERS || c.EntityKey is not { } key || !seen.Add(key))
            {
                continue;
            }

            if (IsOfRank(body, candidates, key, position, rank, date))
            {
                return key;
            }
        }

        return null;
    }

    private bool IsOfRank(string body, List<MentionCandidate> candidates, string key, int position, HonorificRank rank, DateOnly? date) =>
        IsTitled(body, candidates, key, position, rank)
        || kb.RolesOf(key).Any(r => (date is null || r.Covers(date.Value)) && kb.GetOffice(r.OfficeId) is { } office
            && office.Titles.Any(title => rank.Titles(LinkKey.Words(title))));

    /// <summary>With nobody of the rank named (جلالة الملك in a report from Amman): the one KB holder at the date of
    /// the one office of that rank whose country the article names; null when no date, no such country or two.</summary>
    private string? OnlyHolderInNamedCountry(List<MentionCandidate> candidates, HonorificRank rank, DateOnly? date)
    {
        if (date is not { } day)
        {
            return null;
        }

        var named = candidates.Where(c => c.Type == EntityType.LOC && c.EntityKey is not null).Select(c => c.EntityKey!).ToHashSet(StringComparer.Ordinal);
        var offices = kb.Offices.Where(o => named.Contains(o.Country.Trim()) && o.Titles.Any(title => rank.Titles(LinkKey.Words(title)))).ToList();
        if (offices.Select(o => o.Country.Trim()).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }

        var holders = offices.SelectMany(o => kb.HoldersOf(o.Id, day)).DistinctBy(e => e.Id).ToList();
        return holders.Count == 1 ? holders[0].Id : null;
    }

    private static bool IsTitled(string body, List<MentionCandidate> candidates, string key, int position, HonorificRank rank)
    {
        foreach (var m in candidates)
        {
            if (m.EntityKey != key || m.Start >= position)
            {
                continue;
            }

            if (rank.Titles(LinkKey.Words(body.AsSpan(m.Start, m.End - m.Start))))
            {
                return true;
            }

            // «الأمير فلان» where the title word is no mention of its own.
            var before = body.AsSpan(0, m.Start).TrimEnd();
            var space = before.LastIndexOfAny(' ', '\n');
            if (m.IsPersonName && before.Length > 0 && rank.Titles([LinkKey.Of(before[(space + 1)..])]))
            {
                return true;
            }
        }

        return false;
    }
}
