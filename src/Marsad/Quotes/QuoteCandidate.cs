using Marsad.Model;

namespace Marsad.Quotes;

/// <summary>
/// A quotation found by the rules before its speaker is resolved: the cue as written, the text range, and the
/// speaker phrase as a token range (<see cref="MentionStart"/> = -1 when the speaker is carried over).
/// <see cref="FixedSpeaker"/> names a speaker given by the lexicon (a country for a nationality adjective).
/// </summary>
internal sealed record QuoteCandidate(
    int CueToken,
    string Cue,
    CueKind CueKind,
    QuoteKind Kind,
    int TextStart,
    int TextEnd,
    int MentionStart,
    int MentionEnd,
    string? FixedSpeaker = null)
{
    public bool HasMention => MentionStart >= 0 && MentionEnd > MentionStart;

    /// <summary>Characters at the start of the mention's first word that are not the speaker's (the ل of «وفقا لأرقام»).</summary>
    public int MentionSkip { get; init; }
}
