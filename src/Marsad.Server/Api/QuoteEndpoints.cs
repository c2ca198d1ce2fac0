using Marsad.Search;
using Marsad.Server.Analyst;

namespace Marsad.Server.Api;

/// <summary><c>GET /api/quotes?speaker=&amp;about=</c>: what a speaker said (about a topic), when, and which outlets carried it.</summary>
internal static class QuoteEndpoints
{
    public static void MapQuoteEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/quotes", Find)
            .WithName("FindQuotes")
            .WithSummary("A speaker's quotes, oldest first, optionally about a topic (search syntax), with the outlets that carried them.")
            .Produces<QuoteResults>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static IResult Find(
        CorpusHost host,
        string? speaker,
        string? about,
        string? strict,
        string? outlet,
        string? from,
        string? to,
        string? page,
        string? size,
        string? lenient)
    {
        var check = QueryCheck.ForApi();
        var speakerValue = check.Text(speaker, "speaker");
        var aboutValue = check.Text(about, "about", QueryCheck.MaxTextLength);
        var outletValue = check.Text(outlet, "outlet");
        var (fromDate, toDate) = check.DateRange(from, to);
        var pageNumber = check.Number(page, "page", 1, 1, 10_000);
        var pageSize = check.Number(size, "size", 20, 1, 100);
        check.Require(speakerValue is not null, "'speaker' (an entity id or a name) is required.");
        if (check.Error is { } error)
        {
            return Problems.BadRequest(error);
        }

        try
        {
            return TypedResults.Ok(QuoteFinder.Find(host.Corpus, new QuoteQuery
            {
                Speaker = speakerValue!,
                About = aboutValue,
                Strict = strict is "1" or "true",
                Outlet = outletValue,
                From = fromDate,
                To = toDate,
                Page = pageNumber,
                Size = pageSize,
                Lenient = lenient is "1" or "true",
            }));
        }
        catch (QuerySyntaxException ex)
        {
            return Problems.BadRequest(check.QuerySyntax("about", ex));
        }
    }
}
