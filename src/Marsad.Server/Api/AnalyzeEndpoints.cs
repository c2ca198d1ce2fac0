using System.Text;
using System.Text.Json;
using Marsad.Model;
using Marsad.Serialization;

namespace Marsad.Server.Api;

/// <summary><c>POST /api/analyze</c>: analyses one raw article (text/plain, or JSON <c>{text, title, published,
/// outlet}</c>) and returns its record without storing it.</summary>
internal static class AnalyzeEndpoints
{
    public static void MapAnalyzeEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/analyze", Analyze)
            .WithName("Analyze")
            .WithSummary("Analyses a raw article sent as text/plain or JSON {text, title, published, outlet}; nothing is stored.")
            .Accepts<ArticleInput>("application/json", "text/plain")
            .Produces<AnalyzedArticle>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> Analyze(HttpRequest request, CorpusHost host, CancellationToken cancellationToken)
    {
        var limit = host.Options.MaxAnalyzeBytes;
        var input = await ReadInputAsync(request, limit, cancellationToken);
        if (input.Problem is { } problem)
        {
            return problem;
        }

        if (!input.Article!.TryToDocument("api:analyze", out var document, out var error))
        {
            return Problems.BadRequest(error);
        }

        var article = host.Pipeline.Analyze(document);
        return TypedResults.Json(article, ArticleJson.Options);
    }

    /// <summary>One article from a text/plain or JSON body within the limit.</summary>
    internal static async Task<(ArticleInput? Article, IResult? Problem)> ReadInputAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var kind = MediaKind(request);
        if (kind is null)
        {
            return (null, Problems.UnsupportedMediaType("Send the article as text/plain or as application/json {\"text\": ...}."));
        }

        var body = await LimitedBody.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return (null, Problems.TooLarge(limit));
        }

        if (kind == "text")
        {
            return (new ArticleInput { Text = Encoding.UTF8.GetString(body) }, null);
        }

        try
        {
            var input = JsonSerializer.Deserialize<ArticleInput>(body, ArticleInput.JsonOptions);
            return input is null ? (null, Problems.BadRequest("The JSON body is null.")) : (input, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.BadRequest($"The JSON body is not an article object: {ex.Message}"));
        }
    }

    /// <summary>"text", "json" or null for an unsupported type.</summary>
    internal static string? MediaKind(HttpRequest request)
    {
        var type = request.ContentType ?? "";
        if (type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return "text";
        }

        return type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ? "json" : null;
    }
}
