using System.Collections.Immutable;

namespace Marsad.Server.Api;

/// <summary><c>GET /api/stories</c> (newest first, date range, paging) and <c>GET /api/stories/{id}</c>.</summary>
internal static class StoryEndpoints
{
    public static void MapStoryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/stories", List)
            .WithName("ListStories")
            .WithSummary("Stories with an article in [from, to], newest first; min is the smallest story size (default 2).")
            .Produces<StoryPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/stories/{id}", (CorpusHost host, string id) =>
                Ids.IsPlausible(id) && host.Corpus.GetStory(id) is { } story
                    ? TypedResults.Ok(StoryDetail.From(host.Corpus, story))
                    : Problems.NotFound("No story has this id."))
            .WithName("GetStory")
            .WithSummary("One story: outlets, members in publication order, shared entities and a summary.")
            .Produces<StoryDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult List(CorpusHost host, string? from, string? to, string? page, string? size, string? min)
    {
        var check = QueryCheck.ForApi();
        var (fromDate, toDate) = check.DateRange(from, to);
        var pageNumber = check.Number(page, "page", 1, 1, 1000);
        var pageSize = check.Number(size, "size", 20, 1, 100);
        var minArticles = check.Number(min, "min", 2, 1, 1000);
        if (check.Error is { } error)
        {
            return Problems.BadRequest(error);
        }

        // Summaries cost a few queries each: ask for this page and one more story, to know whether a next page exists.
        var skip = (pageNumber - 1) * pageSize;
        var stories = host.Corpus.Stories(fromDate, toDate, minArticles, limit: skip + pageSize + 1);
        var items = stories.Skip(skip).Take(pageSize).ToImmutableArray();
        return TypedResults.Ok(new StoryPage(pageNumber, pageSize, stories.Length > skip + pageSize, items));
    }
}
