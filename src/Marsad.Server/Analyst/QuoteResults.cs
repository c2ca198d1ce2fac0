using System.Collections.Immutable;

namespace Marsad.Server.Analyst;

/// <summary>A page of a speaker's quotes, oldest first, with the outlets that carried them (over all pages).</summary>
/// <param name="Truncated">True when more articles matched than are read (<see cref="QuoteFinder.MaxArticles"/>): narrow the query.</param>
public sealed record QuoteResults(
    int Total,
    int Page,
    int Size,
    int Pages,
    int Articles,
    bool Truncated,
    ImmutableArray<FoundQuote> Items,
    ImmutableArray<OutletCount> Outlets);
