namespace Marsad.Facts;

/// <summary>A word naming a part of a whole (part-words.tsv): its share; whether its letters also spell a cardinal
/// (خمس), which makes it a part only before a definite whole; whether its definite form counts alone (الثلث).</summary>
internal sealed record PartWord(double Value, bool Cardinal, bool Alone);
