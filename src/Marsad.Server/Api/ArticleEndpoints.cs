using Marsad.Model;
using Marsad.Serialization;

namespace Marsad.Server.Api;

/// <summary><c>GET /api/articles/{id}</c>: the full analysed record; <c>/story</c>: the story it belongs to.</summary>
internal static class ArticleEndpoints
{
    public static void MapArticleEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/articles/{id}", (CorpusHost host, string id) =>
                Ids.IsPlausible(id) && host.Corpus.GetArticle(id) is { } article
                    ? TypedResults.Json(article, ArticleJson.Options)
                    : Problems.NotFound("No article has this id."))
            .WithName("GetArticle")
            .WithSummary("The analysed record of one article (the JSON contract).")
            .Produces<AnalyzedArticle>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/articles/{id}/story", (CorpusHost host, string id) =>
                Ids.IsPlausible(id) && host.Corpus.StoryOf(id) is { } story
                    ? TypedResults.Ok(StoryDetail.From(host.Corpus, story))
                    : Problems.NotFound("No article has this id."))
            .WithName("GetArticleStory")
            .WithSummary("The story an article belongs to.")
            .Produces<StoryDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
