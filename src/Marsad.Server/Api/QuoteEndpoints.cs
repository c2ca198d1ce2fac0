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
        if (!QueryValues.TryText(speaker, "speaker", QueryValues.MaxFilterLength, out var speakerValue, out var error)
            || !QueryValues.TryText(about, "about", QueryValues.MaxTextLength, out var aboutValue, out error)
            || !QueryValues.TryText(outlet, "outlet", QueryValues.MaxFilterLength, out var outletValue, out error)
            || !QueryValues.TryDate(from, "from", out var fromDate, out error)
            || !QueryValues.TryDate(to, "to", out var toDate, out error)
            || !QueryValues.TryRange(fromDate, toDate, out error)
            || !QueryValues.TryInt(page, "page", 1, 1, 10_000, out var pageNumber, out error)
            || !QueryValues.TryInt(size, "size", 20, 1, 100, out var pageSize, out error))
        {
            return Problems.BadRequest(error);
        }

        if (speakerValue is null)
        {
            return Problems.BadRequest("'speaker' (an entity id or a name) is required.");
        }

        try
        {
            return TypedResults.Ok(QuoteFinder.Find(host.Corpus, new QuoteQuery
            {
                Speaker = speakerValue,
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
            return Problems.BadRequest($"The topic does not parse: {ex.Message}");
        }
    }
}
