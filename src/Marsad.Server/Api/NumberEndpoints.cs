using Marsad.Search;
using Marsad.Server.Analyst;

namespace Marsad.Server.Api;

/// <summary><c>GET /api/numbers</c> and <c>GET /api/stories/{id}/numbers</c>: the figures each outlet reported, by unit.</summary>
internal static class NumberEndpoints
{
    public static void MapNumberEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/stories/{id}/numbers", (CorpusHost host, string id, string? unit) =>
            {
                var check = QueryCheck.ForApi();
                var unitValue = check.Text(unit, "unit");
                if (check.Error is { } error)
                {
                    return Problems.BadRequest(error);
                }

                return Ids.IsPlausible(id) && NumberComparer.Compare(host.Corpus, new NumberQuery { Story = id, Unit = unitValue }) is { } numbers
                    ? TypedResults.Ok(numbers)
                    : Problems.NotFound("No story has this id.");
            })
            .WithName("GetStoryNumbers")
            .WithSummary("The figures a story's outlets reported, by unit (قتيل، جريح ...) and outlet, highest first.")
            .Produces<NumberComparison>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/numbers", Search)
            .WithName("CompareNumbers")
            .WithSummary("The figures the articles matching a search reported, by unit and outlet; unit narrows to one thing counted.")
            .Produces<NumberComparison>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Search(CorpusHost host, string? q, string? unit, string? entity, string? outlet, string? from, string? to, string? lenient)
    {
        var check = QueryCheck.ForApi();
        var text = check.Text(q, "q", QueryCheck.MaxTextLength);
        var unitValue = check.Text(unit, "unit");
        var entityValue = check.Text(entity, "entity");
        var outletValue = check.Text(outlet, "outlet");
        var (fromDate, toDate) = check.DateRange(from, to);
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
            }));
        }
        catch (QuerySyntaxException ex)
        {
            return Problems.BadRequest(check.QuerySyntax("q", ex));
        }
    }
}
