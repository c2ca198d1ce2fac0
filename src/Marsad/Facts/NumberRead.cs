namespace Marsad.Facts;

/// <summary>A number read from the words: its value, the body offset where it starts, the index of the first word
/// after it, and how it was written.</summary>
internal readonly record struct NumberRead(double Value, int Start, int Next, bool FromDigits, bool Definite, bool NeedsNoun, bool Grouped)
{
    public bool IsInteger => Value == Math.Floor(Value);
}
