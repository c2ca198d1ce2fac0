using System.Collections.Immutable;
using Marsad.Corpus;

namespace Marsad.Server.Api;

/// <summary>A page of search hits. Each snippet is HTML-escaped text in which only the server's own
/// <c>&lt;mark&gt;</c> tags are markup.</summary>
public sealed record SearchResponse(
    int Total,
    int Page,
    int Size,
    int Pages,
    bool Fallback,
    ImmutableArray<SearchHit> Hits,
    SearchFacets Facets);

/// <summary>Counts over the whole matching set, for narrowing a search.</summary>
public sealed record SearchFacets(ImmutableArray<FacetCount> Outlets, ImmutableArray<FacetCount> Entities, ImmutableArray<FacetCount> Speakers);
