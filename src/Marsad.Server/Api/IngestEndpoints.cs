using System.Collections.Immutable;
using System.Text.Json;
using Marsad.Corpus;
using Marsad.Sources;

namespace Marsad.Server.Api;

/// <summary><c>POST /api/ingest</c> (needs <c>X-Api-Key</c>): analyses and stores one article (text/plain or JSON
/// object) or a JSON array of them.</summary>
internal static class IngestEndpoints
{
    public static void MapIngestEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/ingest", Ingest)
            .WithName("Ingest")
            .WithSummary("Analyses and stores articles: text/plain, a JSON article {id, text, title, published, outlet, url} or an array of them. Needs X-Api-Key.")
            .Accepts<ArticleInput[]>("application/json", "text/plain")
            .Produces<IngestResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> Ingest(HttpRequest request, CorpusHost host, CancellationToken cancellationToken)
    {
        if (ApiKeyCheck.Reject(request, host.Options.ApiKey) is { } rejected)
        {
            return rejected;
        }

        var (inputs, problem) = await ReadInputsAsync(request, host.Options, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var documents = new List<RawDocument>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (!inputs[i].TryToDocument("api:ingest", out var document, out var error))
            {
                return Problems.BadRequest(inputs.Count == 1 ? error : $"Article {i + 1}: {error}");
            }

            documents.Add(document);
        }

        // Ingest is synchronous and serialised by the corpus; keep it off the request thread.
        var report = await Task.Run(() => host.Corpus.Ingest(documents.Select(SourceResult.Ok), IngestOptions.Default, cancellationToken: cancellationToken), cancellationToken);
        return TypedResults.Ok(new IngestResponse(
            report.Read, report.Added, report.Skipped, report.Duplicates, report.Errors, report.TotalArticles,
            [.. documents.Select(d => d.Id)]));
    }

    private static async Task<(List<ArticleInput> Inputs, IResult? Problem)> ReadInputsAsync(HttpRequest request, ServerOptions options, CancellationToken cancellationToken)
    {
        if (AnalyzeEndpoints.MediaKind(request) != "json")
        {
            var (single, problem) = await AnalyzeEndpoints.ReadInputAsync(request, options.MaxIngestBytes, cancellationToken);
            return (single is null ? [] : [single], problem);
        }

        var body = await LimitedBody.ReadAsync(request, options.MaxIngestBytes, cancellationToken);
        if (body is null)
        {
            return ([], Problems.TooLarge(options.MaxIngestBytes));
        }

        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
            List<ArticleInput> inputs = json.RootElement.ValueKind switch
            {
                JsonValueKind.Array => json.RootElement.Deserialize<List<ArticleInput?>>(ArticleInput.JsonOptions)?.OfType<ArticleInput>().ToList() ?? [],
                JsonValueKind.Object => [json.RootElement.Deserialize<ArticleInput>(ArticleInput.JsonOptions)!],
                _ => throw new JsonException("expected an article object or an array of them"),
            };
            if (inputs.Count == 0)
            {
                return ([], Problems.BadRequest("No article to ingest."));
            }

            return inputs.Count > options.MaxIngestArticles
                ? ([], Problems.BadRequest($"At most {options.MaxIngestArticles} articles per request."))
                : (inputs, null);
        }
        catch (JsonException ex)
        {
            return ([], Problems.BadRequest($"The JSON body is not an article or a list of articles: {ex.Message}"));
        }
    }
}
