using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// An organisation's short name written in brackets right after its full name — «منظمة الصحة العالمية (WHO)»,
/// «بعثة الأمم المتحدة لمساعدة العراق (يونامي)» — is a name of that organisation: the bracketed word joins its
/// entity, whether the tagger found it (a provisional id) or not (a new mention). A KB name of another entity in
/// the brackets stays its own («(بترا)» after a headline is a credit, not an acronym).
/// </summary>
internal sealed class AcronymLinker(LinkingLexicon lexicon)
{
    private const int MaxWords = 2;

    public void Link(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        var added = new List<MentionCandidate>();
        foreach (var organisation in candidates)
        {
            if (organisation is not { Type: EntityType.ORG, EntityKey: { } key } || !organisation.IsNamed
                || BracketedAfter(body, tokens, organisation.LastToken) is not var (first, last))
            {
                continue;
            }

            if (!LooksLikeAcronym(body, tokens, first, last) || InsideLongerName(tokens, organisation.FirstToken)
                || candidates.Exists(o => o.IsNamed && o.LastToken == organisation.FirstToken - 1 && tokens[organisation.FirstToken].JoinsPrevious))
            {
                continue;
            }

            var inside = candidates.Where(c => c.FirstToken >= first && c.LastToken <= last && c.IsNamed).ToList();
            if (inside.Count == 0)
            {
                if (!lexicon.IsAmbiguousWord(tokens[first].Key) && !lexicon.IsGeneric(body[tokens[first].Start..tokens[last].End]))
                {
                    added.Add(new MentionCandidate
                    {
                        Start = tokens[first].Start,
                        End = tokens[last].End,
                        FirstToken = first,
                        LastToken = last,
                        Kind = CandidateKind.Tagged,
                        Type = EntityType.ORG,
                        EntityKey = key,
                    });
                }

                continue;
            }

            // A person or place in brackets (مانشستر يونايتد (لوكاكو)) is someone the organisation has, not its name.
            foreach (var c in inside.Where(c => c.KbIds.IsEmpty && c.FirstToken == first && c.LastToken == last
                && c.Type is not (EntityType.PERS or EntityType.LOC)))
            {
                c.EntityKey = key;
                c.Type = EntityType.ORG;
            }
        }

        candidates.AddRange(added);
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Whether the organisation is the tail of a longer name whose head word comes before it (مجلس | الاتحاد
    /// الدولي لكرة القدم (إيفاب)): the acronym is the longer name's. A name right after another name is a tail too.</summary>
    private bool InsideLongerName(ImmutableArray<LinkToken> tokens, int first) =>
        first > 0 && tokens[first].JoinsPrevious && lexicon.ChunkHead(tokens[first - 1].Key) is { Apart: false };

    /// <summary>
    /// Whether the bracketed words have an acronym's shape: Latin words with two capitals or more (WHO، PKK), or one
    /// Arabic word without the article (يونامي) — not a number (19 عاما، 2013) nor a definite word, which glosses
    /// rather than abbreviates (المعارضة، القولون).
    /// </summary>
    private static bool LooksLikeAcronym(string body, ImmutableArray<LinkToken> tokens, int first, int last)
    {
        var capitals = 0;
        var latin = true;
        for (var k = tokens[first].Start; k < tokens[last].End; k++)
        {
            var c = body[k];
            if (char.IsDigit(c))
            {
                return false;
            }

            capitals += c is >= 'A' and <= 'Z' ? 1 : 0;
            latin &= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or ' ' or '-' or '.';
        }

        if (latin)
        {
            return capitals >= 2;
        }

        var key = tokens[first].Key;
        return first == last && key.Length >= 3 && !key.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>The tokens of a bracket of one or two words that opens right after token <paramref name="t"/>, or
    /// null.</summary>
    private static (int First, int Last)? BracketedAfter(string body, ImmutableArray<LinkToken> tokens, int t)
    {
        var first = t + 1;
        if (first >= tokens.Length || !tokens[first].JoinsPrevious || !Between(body, tokens[t].End, tokens[first].Start, '('))
        {
            return null;
        }

        for (var last = first; last < tokens.Length && last - first < MaxWords; last++)
        {
            if (last > first && !tokens[last].JoinsPrevious)
            {
                return null;
            }

            var close = body.IndexOf(')', tokens[last].End, Math.Min(3, body.Length - tokens[last].End));
            if (close >= 0)
            {
                return body.AsSpan(tokens[last].End, close - tokens[last].End).IsWhiteSpace() ? (first, last) : null;
            }
        }

        return null;
    }

    /// <summary>Whether the text between two offsets is only spaces and one bracket <paramref name="mark"/>.</summary>
    private static bool Between(string body, int from, int to, char mark)
    {
        var seen = false;
        for (var k = from; k < to; k++)
        {
            if (body[k] == mark && !seen)
            {
                seen = true;
            }
            else if (!char.IsWhiteSpace(body[k]))
            {
                return false;
            }
        }

        return seen;
    }
}
