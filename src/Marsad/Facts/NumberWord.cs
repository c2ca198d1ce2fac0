namespace Marsad.Facts;

/// <summary>A number word of <c>facts/number-words.tsv</c>.</summary>
internal sealed record NumberWord(double Value, NumberWordKind Kind, bool Alone);
