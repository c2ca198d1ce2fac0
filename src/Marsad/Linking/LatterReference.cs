using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// «الأخير» standing as a noun after a verb («وأوضح الأخير أن …», «وسئل الأخير عن …») names the person the article
/// named last before it: the latter of the two just mentioned. After a noun it is an adjective («الأسبوع الأخير»,
/// «لقائنا الأخير») and names nobody; so is «في الأخير» (in the end).
/// </summary>
internal static class LatterReference
{
    /// <summary>How far back the person may have been named (characters): the sentence or the one before.</summary>
    private const int MaxReach = 400;

    public static void Link(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, LinkingLexicon lexicon)
    {
        List<MentionCandidate>? added = null;
        for (var t = 1; t < tokens.Length; t++)
        {
            if (!tokens[t].JoinsPrevious || !lexicon.IsLatterPronoun(tokens[t].Key) || !IsVerbLike(body, tokens[t - 1]))
            {
                continue;
            }

            MentionCandidate? latter = null;
            var taken = false;
            foreach (var c in candidates)
            {
                taken |= c.Start < tokens[t].End && c.End > tokens[t].Start;
                if (c.End <= tokens[t].Start && c is { EntityKey: not null, Type: EntityType.PERS } && (latter is null || c.End > latter.End))
                {
                    latter = c;
                }
            }

            if (taken || latter is null || tokens[t].Start - latter.End > MaxReach || RoleBetween(tokens, candidates, lexicon, latter.End, t)
                || HasFeminineTitle(body, tokens, candidates, lexicon, latter.EntityKey))
            {
                continue;
            }

            (added ??= []).Add(MentionCandidate.PersonReference(tokens, t, t, latter.EntityKey!));
        }

        if (added is not null)
        {
            candidates.AddRange(added);
            candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>Whether a role phrase no stage linked stands between the person and «الأخير» (…، قال عازف البيانو الذي
    /// رافقه …. وأشار الأخير …): the latter is then that unnamed person.</summary>
    private static bool RoleBetween(ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, LinkingLexicon lexicon, int from, int t)
    {
        for (var k = t - 1; k >= 0 && tokens[k].Start >= from; k--)
        {
            if (lexicon.IsTitleHead(RoleTitleIndex.Head(tokens[k].Key.AsSpan()))
                && !candidates.Exists(c => c.EntityKey is not null && c.Start <= tokens[k].Start && c.End >= tokens[k].End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words before a name its title may start («وزيرة الصحة العامة ليلى منصور»).</summary>
    private const int MaxTitleWords = 4;

    /// <summary>Whether the person carries a feminine title in the article («وزيرة الصحة ليلى منصور»، or a later
    /// «الوزيرة»): the masculine «الأخير» never names her.</summary>
    private static bool HasFeminineTitle(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, LinkingLexicon lexicon, string? entityKey)
    {
        foreach (var c in candidates)
        {
            if (!string.Equals(c.EntityKey, entityKey, StringComparison.Ordinal))
            {
                continue;
            }

            if (c.Kind is CandidateKind.Title or CandidateKind.TitleReference or CandidateKind.RoleNoun)
            {
                if (body[tokens[c.FirstToken].End - 1] == 'ة')
                {
                    return true;
                }

                continue;
            }

            // The nearest title head written just before the name tells its holder's gender.
            for (var k = c.FirstToken - 1; k >= 0 && k >= c.FirstToken - MaxTitleWords && tokens[k + 1].JoinsPrevious; k--)
            {
                if (lexicon.IsTitleHead(RoleTitleIndex.Head(tokens[k].Key.AsSpan())))
                {
                    if (body[tokens[k].End - 1] == 'ة')
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the word before can be the verb «الأخير» is the subject or object of: not a definite noun, not
    /// a noun with a possessive (سنواته، لقائنا) and not a preposition ending in ي/ى (في، على، إلى).</summary>
    private static bool IsVerbLike(string body, LinkToken previous)
    {
        var key = previous.Key.AsSpan();
        if (key.Length > 1 && key[0] is 'و' or 'ف' or 'ب' or 'ل' && TitleCoreference.IsDefinite(key[1..]))
        {
            return false;
        }

        return !TitleCoreference.IsDefinite(key) && body[previous.End - 1] is not ('ه' or 'ي' or 'ى')
            && !key.EndsWith("نا", StringComparison.Ordinal);
    }
}
