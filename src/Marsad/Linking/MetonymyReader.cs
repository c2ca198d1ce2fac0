using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>
/// Reads a capital as its country's government when the text makes it an actor (وقال إن واشنطن تواصل ... →
/// loc:usa), from <c>linking/metonyms.tsv</c>. It stays the city after a place word or preposition
/// (<c>linking/locative-words.txt</c>: في موسكو، قادما من موسكو، هجمات باريس), with the proclitic ب (بواشنطن), and in a
/// list joined by و to such a place (في أنقرة وباريس).
/// </summary>
internal sealed class MetonymyReader
{
    private readonly LinkingLexicon lexicon;

    public MetonymyReader(LinkingLexicon lexicon) => this.lexicon = lexicon;

    public void Apply(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, KnowledgeBase kb)
    {
        var placeUntil = -1;
        foreach (var c in candidates.Where(c => c.IsNamed && c.EntityKey is not null))
        {
            var token = tokens[c.FirstToken];
            var clitics = body.AsSpan(token.Start, c.Start - token.Start);
            var coordinatedWithPlace = clitics.StartsWith("و") && placeUntil == c.FirstToken - 1 && token.JoinsPrevious;
            var locative = clitics.Contains('ب') || coordinatedWithPlace
                || (c.FirstToken > 0 && token.JoinsPrevious && lexicon.IsLocativeWord(tokens[c.FirstToken - 1].Key));
            if (locative && kb.Get(c.EntityKey!)?.Type == Model.EntityType.LOC)
            {
                placeUntil = c.LastToken;
            }

            if (!locative && lexicon.CountryOfCapital(c.EntityKey!) is { } country && kb.Get(country) is { } state)
            {
                c.EntityKey = state.Id;
                c.Type = state.Type;
            }
        }
    }
}
