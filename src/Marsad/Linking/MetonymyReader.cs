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
        List<MentionCandidate>? phrases = null;
        foreach (var c in candidates.Where(c => c.IsNamed && c.EntityKey is not null))
        {
            var token = tokens[c.FirstToken];
            var clitics = body.AsSpan(token.Start, c.Start - token.Start);
            var coordinatedWithPlace = clitics.StartsWith("و") && placeUntil == c.FirstToken - 1 && token.JoinsPrevious;
            var locative = clitics.Contains('ب') || coordinatedWithPlace
                || (c.FirstToken > 0 && token.JoinsPrevious && lexicon.IsLocativeWord(tokens[c.FirstToken - 1].Key))
                || AfterPlaceWordAndNationality(tokens, c.FirstToken);
            if (locative && kb.Get(c.EntityKey!)?.Type == Model.EntityType.LOC)
            {
                placeUntil = c.LastToken;
            }

            if (lexicon.CountryOfCapital(c.EntityKey!) is not null && (BeforeHead(tokens, c) || AfterPhraseOpener(tokens, c)))
            {
                (phrases ??= []).Add(c); // «مسقط رأسه» names no place, nor «القوة القاهرة», nor the مدريد of «ريال مدريد»
                continue;
            }

            if (!locative && lexicon.CountryOfCapital(c.EntityKey!) is { } country && kb.Get(country) is { } state)
            {
                c.EntityKey = state.Id;
                c.Type = state.Type;
            }
        }

        if (phrases is not null)
        {
            candidates.RemoveAll(phrases.Contains);
        }
    }

    /// <summary>«العاصمة اليابانية طوكيو»: a place word and a nationality adjective before the name make it the city.</summary>
    private bool AfterPlaceWordAndNationality(ImmutableArray<LinkToken> tokens, int first) =>
        first > 1 && tokens[first].JoinsPrevious && tokens[first - 1].JoinsPrevious
        && lexicon.NationalityOfKey(tokens[first - 1].Key) is not null
        && lexicon.IsLocativeWord(tokens[first - 2].Key);

    /// <summary>«القوة القاهرة», «ريال مدريد»: the capital's word written whole right after a noun it qualifies is an
    /// adjective, after a club's first word a piece of the club's name.</summary>
    private bool AfterPhraseOpener(ImmutableArray<LinkToken> tokens, MentionCandidate c) =>
        c.FirstToken > 0 && tokens[c.FirstToken].JoinsPrevious && tokens[c.FirstToken].Start == c.Start
        && lexicon.IsCapitalPhraseOpener(tokens[c.FirstToken - 1].Key);

    /// <summary>«مسقط رأسه»: the capital's word is the first term of a phrase (birthplace), not a name.</summary>
    private bool BeforeHead(ImmutableArray<LinkToken> tokens, MentionCandidate c) =>
        c.LastToken + 1 < tokens.Length && tokens[c.LastToken + 1].JoinsPrevious && lexicon.IsMetonymyBlocker(tokens[c.LastToken + 1].Key);
}
