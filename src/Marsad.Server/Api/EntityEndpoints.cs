using System.Collections.Immutable;
using Marsad.Corpus;

namespace Marsad.Server.Api;

/// <summary><c>GET /api/entities?q=</c> (by name or alias) and <c>GET /api/entities/{id}</c> (profile and timeline).</summary>
internal static class EntityEndpoints
{
    public static void MapEntityEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/entities", (CorpusHost host, string? q, string? limit) =>
            {
                var check = QueryCheck.ForApi();
                var name = check.Text(q, "q");
                var max = check.Number(limit, "limit", 20, 1, 200);
                if (check.Error is { } error)
                {
                    return Problems.BadRequest(error);
                }

                return name is null
                    ? Problems.BadRequest("'q' (a name or alias) is required.")
                    : TypedResults.Ok(host.Corpus.FindEntities(name, max));
            })
            .WithName("FindEntities")
            .WithSummary("Entities the corpus knows whose id, name or alias matches q (normalised; partial names too).")
            .Produces<ImmutableArray<EntityMatch>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/entities/{id}", (CorpusHost host, string id) =>
            {
                if (!Ids.IsPlausible(id))
                {
                    return Problems.NotFound("No entity has this id.");
                }

                // Only an exact id opens a profile: a name would silently pick one of several namesakes.
                var exact = host.Corpus.FindEntities(id, 5).FirstOrDefault(m => m.Id == id);
                return exact is not null && host.Corpus.Timeline(exact.Id) is { } timeline && timeline.Entity.Id == exact.Id
                    ? TypedResults.Ok(EntityProfile.From(host.Corpus, timeline, KnowledgeProfiles.Default))
                    : Problems.NotFound("No entity has this id.");
            })
            .WithName("GetEntity")
            .WithSummary("One entity: aliases, offices held, quotes and mentions over time, counts per day.")
            .Produces<EntityProfile>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
