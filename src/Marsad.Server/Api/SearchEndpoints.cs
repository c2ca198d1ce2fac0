using Marsad.Corpus;
using Marsad.Search;

namespace Marsad.Server.Api;

/// <summary><c>GET /api/search</c>: free text in the query syntax with entity, speaker, outlet and date filters.</summary>
internal static class SearchEndpoints
{
    public static void MapSearchEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Searches the corpus: q in the query syntax (phrases, AND/OR/NOT), filters, facets and highlighted snippets.")
            .Produces<SearchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static IResult Search(
        CorpusHost host,
        string? q,
        string? entity,
        string? speaker,
        string? outlet,
        string? from,
        string? to,
        string? page,
        string? size,
        string? lenient)
    {
        var check = QueryCheck.ForApi();
        var text = check.Text(q, "q", QueryCheck.MaxTextLength);
        var entityValue = check.Text(entity, "entity");
        var speakerValue = check.Text(speaker, "speaker");
        var outletValue = check.Text(outlet, "outlet");
        var (fromDate, toDate) = check.DateRange(from, to);
        var pageNumber = check.Number(page, "page", 1, 1, 10_000);
        var pageSize = check.Number(size, "size", 10, 1, 100);
        if (check.Error is { } error)
        {
            return Problems.BadRequest(error);
        }

        var query = new SearchQuery
        {
            Text = text ?? "",
            Entity = entityValue,
            Speaker = speakerValue,
            Outlet = outletValue,
            From = fromDate,
            To = toDate,
            Page = pageNumber,
            Size = pageSize,
            Lenient = lenient is "1" or "true",
        };

        SearchResults results;
        try
        {
            results = host.Corpus.Search(query);
        }
        catch (QuerySyntaxException ex)
        {
            return Problems.BadRequest(check.QuerySyntax("q", ex));
        }

        var pages = results.Size > 0 ? (results.Total + results.Size - 1) / results.Size : 0;
        return TypedResults.Ok(new SearchResponse(
            results.Total, results.Page, results.Size, pages, results.Fallback, results.Hits,
            new SearchFacets(results.Outlets, results.Entities, results.Speakers)));
    }
}
