using Marsad.Search;
using Marsad.Server.Analyst;

namespace Marsad.Server.Api;

/// <summary><c>GET /api/numbers</c> and <c>GET /api/stories/{id}/numbers</c>: the figures each outlet reported, by unit.</summary>
internal static class NumberEndpoints
{
    public static void MapNumberEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/stories/{id}/numbers", (CorpusHost host, string id, string? unit, string? page, string? size) =>
            {
                var check = QueryCheck.ForApi();
                var unitValue = check.Text(unit, "unit");
                var (pageNumber, pageSize) = Paging(check, page, size);
                if (check.Error is { } error)
                {
                    return Problems.BadRequest(error);
                }

                return Ids.IsPlausible(id)
                    && NumberComparer.Compare(host.Corpus, new NumberQuery { Story = id, Unit = unitValue, Page = pageNumber, Size = pageSize }) is { } numbers
                    ? TypedResults.Ok(numbers)
                    : Problems.NotFound("No story has this id.");
            })
            .WithName("GetStoryNumbers")
            .WithSummary("The figures a story's outlets reported, by unit (قتيل، جريح ...) and outlet, highest first; units paged (page, size: 20, at most 100).")
            .Produces<NumberComparison>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/numbers", Search)
            .WithName("CompareNumbers")
            .WithSummary("The figures the articles matching a search reported, by unit and outlet; unit narrows to one thing counted; units paged (page, size: 20, at most 100).")
            .Produces<NumberComparison>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Search(
        CorpusHost host, string? q, string? unit, string? entity, string? outlet, string? from, string? to, string? page, string? size, string? lenient)
    {
        var check = QueryCheck.ForApi();
        var text = check.Text(q, "q", QueryCheck.MaxTextLength);
        var unitValue = check.Text(unit, "unit");
        var entityValue = check.Text(entity, "entity");
        var outletValue = check.Text(outlet, "outlet");
        var (fromDate, toDate) = check.DateRange(from, to);
        var (pageNumber, pageSize) = Paging(check, page, size);
        check.Require(text is not null || entityValue is not null, "Say which articles: 'q' (search text) or 'entity'.");
        if (check.Error is { } error)
        {
            return Problems.BadRequest(error);
        }

        try
        {
            return TypedResults.Ok(NumberComparer.Compare(host.Corpus, new NumberQuery
            {
                Text = text,
                Unit = unitValue,
                Entity = entityValue,
                Outlet = outletValue,
                From = fromDate,
                To = toDate,
                Lenient = lenient is "1" or "true",
                Page = pageNumber,
                Size = pageSize,
            }));
        }
        catch (QuerySyntaxException ex)
        {
            return Problems.BadRequest(check.QuerySyntax("q", ex));
        }
    }

    /// <summary>The page and size of units, checked as the other lists' are (20 a page, at most 100).</summary>
    private static (int Page, int Size) Paging(QueryCheck check, string? page, string? size) =>
        (check.Number(page, "page", 1, 1, 10_000), check.Number(size, "size", 20, 1, 100));
}
