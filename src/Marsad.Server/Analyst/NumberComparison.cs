using System.Collections.Immutable;

namespace Marsad.Server.Analyst;

/// <summary>The figures a set of articles (a story, or a search) reported, by unit and outlet, most reported unit
/// first: one page of units, paged as the other lists are (<c>total</c>, <c>page</c>, <c>size</c>, <c>pages</c>).</summary>
/// <param name="Articles">Articles read.</param>
/// <param name="Truncated">True when more articles matched than are read: narrow the question.</param>
/// <param name="Total">Units counted over all pages.</param>
/// <param name="Units">This page's units.</param>
public sealed record NumberComparison(int Articles, bool Truncated, int Total, int Page, int Size, int Pages, ImmutableArray<UnitComparison> Units);
