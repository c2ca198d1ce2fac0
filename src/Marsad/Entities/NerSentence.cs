namespace Marsad.Entities;

/// <summary>A sentence of tokens with one tag index per token (<see cref="NerTags"/>).</summary>
public sealed record NerSentence(string[] Tokens, int[] Tags);
