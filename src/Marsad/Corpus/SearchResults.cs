using System.Collections.Immutable;

namespace Marsad.Corpus;

/// <summary>A page of hits and facet counts over the whole matching set.</summary>
/// <param name="Total">Articles matching (all pages).</param>
/// <param name="Page">The 1-based page returned.</param>
/// <param name="Size">The page size.</param>
/// <param name="Hits">This page's hits, best first.</param>
/// <param name="Outlets">Outlets of the matching articles, most frequent first.</param>
/// <param name="Entities">Entities mentioned in the matching articles.</param>
/// <param name="Speakers">Speakers quoted in the matching articles.</param>
/// <param name="Fallback">True when the query did not parse and was searched as plain terms (<see cref="SearchQuery.Lenient"/>).</param>
public sealed record SearchResults(
    int Total,
    int Page,
    int Size,
    ImmutableArray<SearchHit> Hits,
    ImmutableArray<FacetCount> Outlets,
    ImmutableArray<FacetCount> Entities,
    ImmutableArray<FacetCount> Speakers,
    bool Fallback = false);
