namespace Marsad.Facts;

/// <summary>A noun of <c>facts/counted-nouns.tsv</c>: the unit code it gives a quantity, and which dual endings
/// make it mean "two".</summary>
internal sealed record CountedNoun(string Singular, string Unit, bool DualAn, bool DualYn);
