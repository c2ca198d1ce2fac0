using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// Takes off a linked name's mention the words that stand before the name without being part of it, so the mention
/// is the name as an alias: a person's titles before a name of two words or more (المشير خليفة حفتر → خليفة حفتر), a
/// head that says what the name is (صحيفة الغارديان; apart-heads.txt), a kind word before a name the KB gives the same
/// body (شبكة سي إن إن; kind-heads.txt) and an <c>apart</c> head of chunk-heads.tsv
/// before a quoted name (شركة "إيني").
/// A head before a quoted name stays (تنظيم "الدولة", as the gold notes say). KB aliases and the tagger both write
/// such heads in.
/// </summary>
internal sealed class NameHeadTrimmer(LinkingLexicon lexicon, KnowledgeBase kb)
{
    public void Trim(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.EntityKey is null || c.Kind is not (CandidateKind.Name or CandidateKind.Tagged)
                || c.LastToken <= c.FirstToken || c.LastToken >= tokens.Length)
            {
                continue;
            }

            var person = (kb.Get(c.EntityKey)?.Type ?? c.Type) == EntityType.PERS;
            var first = c.FirstToken;
            while (first < c.LastToken && StandsApart(body, tokens, first, c, person))
            {
                first++;
            }

            if (first == c.FirstToken)
            {
                continue;
            }

            // Two candidates over the same name after trimming are merged by the assembler (DistinctBy span).
            c.FirstToken = first;
            c.Start = tokens[first].Start;
            c.End = Math.Min(c.End, tokens[c.LastToken].End);
        }
    }

    /// <summary>Takes off a tagger's mention the words that end a title before it (باسمه | فلان) and the accusative
    /// adjectives after it (فلان | هلالياً), before linking, so the name is linked and keyed without them.</summary>
    public void TrimPreceders(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Kind != CandidateKind.Tagged || c.LastToken <= c.FirstToken || c.LastToken >= tokens.Length)
            {
                continue;
            }

            var first = c.FirstToken;
            while (first < c.LastToken && lexicon.IsNamePreceder(tokens[first].Key))
            {
                first++;
            }

            if (first != c.FirstToken)
            {
                c.FirstToken = first;
                c.Start = tokens[first].Start;
            }

            // «ثيو هيرنانديز هلالياً»: a word with the accusative tanween (اً) is an adverbial adjective after the name,
            // never a part of it.
            var last = c.LastToken;
            while (last > c.FirstToken + 1 && EndsWithAccusativeTanween(body, tokens[last]))
            {
                last--;
            }

            if (last != c.LastToken)
            {
                c.LastToken = last;
                c.End = tokens[last].End;
            }
        }
    }

    private static bool EndsWithAccusativeTanween(string body, LinkToken token)
    {
        var word = body.AsSpan(token.Start, token.End - token.Start);
        return word.Length > 3 && (word.EndsWith("اً", StringComparison.Ordinal) || word.EndsWith("ًا", StringComparison.Ordinal));
    }

    /// <summary>A tagger's person name never ends on a lineage particle (عبد اللطيف آل | الشيخ, where the family name
    /// is also a title word), nor on an inner title before a first name (X الحاج | علي): it takes the word after it,
    /// before linking.</summary>
    public void ExtendOverParticles(ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Kind == CandidateKind.Tagged && c.Type == EntityType.PERS && c.LastToken > c.FirstToken && c.LastToken + 1 < tokens.Length
                && EndsBeforeRestOfName(tokens, c.LastToken) && tokens[c.LastToken + 1].JoinsPrevious
                && !candidates.Exists(o => o != c && o.FirstToken == c.LastToken + 1))
            {
                c.LastToken++;
                c.End = tokens[c.LastToken].End;
            }
        }
    }

    private bool EndsBeforeRestOfName(ImmutableArray<LinkToken> tokens, int last) =>
        lexicon.IsNameParticle(tokens[last].Key)
        || (lexicon.IsInnerNameTitle(tokens[last].Key) && lexicon.IsFirstName(tokens[last + 1].Key));

    private bool StandsApart(string body, ImmutableArray<LinkToken> tokens, int t, MentionCandidate c, bool person)
    {
        var key = tokens[t].Key;

        // A title before a name of two words or more (المشير خليفة حفتر); «الملك سلمان» stays whole, its one word
        // alone being no name.
        if (person && lexicon.IsTitleWord(key) && c.LastToken - t >= 2)
        {
            return true;
        }

        if (lexicon.IsApartHead(key))
        {
            return true;
        }

        // «شبكة سي إن إن»: a kind word before a name the KB gives the same body; «قناة السويس» stays whole.
        if (t == c.FirstToken && lexicon.IsKindHead(key) && !person)
        {
            var rest = LinkKey.Of(body.AsSpan(tokens[t + 1].Start, c.End - tokens[t + 1].Start));
            if (kb.Names.Exact(rest).Contains(c.EntityKey!))
            {
                return true;
            }
        }

        // «شركة "إيني"»: a head that stays apart from a quoted name (chunk-heads.tsv `apart`); «شركة بوينغ» stays whole.
        return lexicon.ChunkHead(key) is { Apart: true } && OpensQuote(body, tokens[t].End, tokens[t + 1].Start);
    }

    private static bool OpensQuote(string body, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (LinkKey.IsMark(body[i]))
            {
                return true;
            }
        }

        return false;
    }
}
