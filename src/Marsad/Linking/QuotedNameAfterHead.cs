using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>
/// A KB name matched with the word that describes it before a quote mark — «منظمة "غرينبيس"», «شركة "إيني"» — names
/// the entity by the quoted words: the mention starts there, as a reader (and the gold) takes the name
/// (<c>linking/descriptor-heads.txt</c>). Heads that belong to the name (تنظيم "الدولة") are not listed there.
/// </summary>
internal sealed class QuotedNameAfterHead(KnowledgeBase kb, LinkingLexicon lexicon)
{
    public void Trim(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (!c.IsNamed || c.KbIds.IsEmpty || c.LastToken <= c.FirstToken || !lexicon.IsDescriptorHead(tokens[c.FirstToken].Key)
                || !QuoteBetween(body, tokens[c.FirstToken].End, tokens[c.FirstToken + 1].Start))
            {
                continue;
            }

            var rest = tokens[c.FirstToken + 1].Start;
            var restIds = kb.Names.Exact(LinkKey.Of(body.AsSpan(rest, tokens[c.LastToken].End - rest)));
            if (restIds.Any(c.KbIds.Contains))
            {
                c.Start = rest;
                c.FirstToken++;
                c.End = Math.Min(c.End, tokens[c.LastToken].End);
            }
        }
    }

    private static bool QuoteBetween(string body, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (body[k] is '"' or '«' or '“' or '\'')
            {
                return true;
            }
        }

        return false;
    }
}
