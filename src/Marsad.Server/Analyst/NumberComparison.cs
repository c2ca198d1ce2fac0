using System.Collections.Immutable;

namespace Marsad.Server.Analyst;

/// <summary>The figures a set of articles (a story, or a search) reported, by unit and outlet, most reported unit first.</summary>
/// <param name="Articles">Articles read.</param>
/// <param name="Truncated">True when more articles matched than are read: narrow the question.</param>
public sealed record NumberComparison(int Articles, bool Truncated, ImmutableArray<UnitComparison> Units);
