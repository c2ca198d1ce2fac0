namespace Marsad.Tests.Quotes;

/// <summary>A quote a reader expects: speaker's canonical name, the mention as written ("" when carried over),
/// the cue as written, the kind (direct|indirect|mixed) and the text.</summary>
public sealed record ExpectedQuote(string Speaker, string SpeakerMention, string Cue, string Kind, string Text);
