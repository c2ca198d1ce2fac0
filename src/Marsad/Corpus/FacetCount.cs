namespace Marsad.Corpus;

/// <summary>A facet value and how many matching articles carry it.</summary>
/// <param name="Value">The value filtered on (outlet name, entity id, speaker key).</param>
/// <param name="Label">A readable label (the entity's or speaker's name).</param>
/// <param name="Count">Matching articles with this value.</param>
public sealed record FacetCount(string Value, string Label, int Count);
