namespace Marsad.Facts;

/// <summary>A word or punctuation mark of the body as the facts recognisers see it: offsets and the folded form.
/// A run of digits joined by <c>. , : / -</c> (2021.06.28, 1,500, 17:39) is one word.</summary>
internal readonly record struct FactWord(int Start, int End, string Folded, bool IsPunctuation)
{
    public bool IsLineBreak => IsPunctuation && Folded == "\n";

    public bool IsDigits => Folded.Length > 0 && char.IsAsciiDigit(Folded[0]);
}
