using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// A famous person's surname written after someone else's given name. The tagger often cuts such a full name in two
/// («إبراهيم» | «نصر الله»), and the dictionary then reads the surname alone as the KB person. When the given name
/// before it is a tagged person's, is a known first name and is not the KB person's own first name, the two words
/// name another person. The article's later bare surnames then go to that person (see NameLinker).
/// </summary>
internal static class OtherBearer
{
    /// <summary>The person named by the given name before a KB surname match, or null when the match stands.</summary>
    public static MentionCandidate? Before(
        string body, ImmutableArray<LinkToken> tokens, ImmutableArray<EntityMention> tagged, int[] taggedTokens, int[] owner,
        MentionCandidate candidate, KnowledgeBase kb, LinkingLexicon lexicon)
    {
        var i = candidate.FirstToken;
        if (candidate is not { Kind: CandidateKind.Name, Type: EntityType.PERS } || i == 0 || !tokens[i].JoinsPrevious
            || candidate.Start != tokens[i].Start || owner[i - 1] >= 0 || taggedTokens[i - 1] == 0
            || tagged[taggedTokens[i - 1] - 1].Type != EntityType.PERS || !lexicon.IsFirstName(tokens[i - 1].Key)
            || (i > 1 && taggedTokens[i - 2] == taggedTokens[i - 1])
            || (i > 1 && tokens[i - 1].JoinsPrevious && lexicon.IsFirstName(tokens[i - 2].Key)))
        {
            // «غاريث بيل ورونالدو»: a surname with a proclitic is a new name; «ياسر بن عثمان الرميان»: a given name
            // inside a tagged name is a father's; «محمد علي نصر الله»: a longer chain of given names is left alone.
            return null;
        }

        var key = LinkKey.Of(body.AsSpan(candidate.Start, candidate.End - candidate.Start));
        var given = tokens[i - 1].Key;
        foreach (var id in candidate.KbIds)
        {
            if (kb.Get(id) is not { Type: EntityType.PERS } person || !IsSurnameOf(person, key) || HasFirstNameLike(person, given))
            {
                return null;
            }
        }

        var last = CompoundName.Last(body, tokens, owner, candidate.LastToken);
        return new MentionCandidate
        {
            Start = tokens[i - 1].Start,
            End = tokens[last].End,
            FirstToken = i - 1,
            LastToken = last,
            Kind = CandidateKind.Tagged,
            Type = EntityType.PERS,
        };
    }

    /// <summary>Whether the name key is the last words of the KB person's canonical name and shorter than it
    /// (نصر الله of حسن نصر الله, أردوغان of رجب طيب أردوغان).</summary>
    public static bool IsSurnameOf(KbEntity person, string key)
    {
        var full = LinkKey.Of(person.NameAr);
        return full.Length > key.Length + 1 && full.EndsWith(key, StringComparison.Ordinal) && full[^(key.Length + 1)] == ' ';
    }

    /// <summary>Whether one of the person's names of two words or more opens with the given name or a spelling of it
    /// within two letters (رجب أردوغان is still the KB person).</summary>
    private static bool HasFirstNameLike(KbEntity person, string given)
    {
        foreach (var name in person.Aliases.Append(person.NameAr))
        {
            if (LinkKey.Words(name) is [var first, _, ..]
                && Math.Abs(first.Length - given.Length) <= 2 && EditDistance.Of(first, given) <= 2)
            {
                return true;
            }
        }

        return false;
    }
}
