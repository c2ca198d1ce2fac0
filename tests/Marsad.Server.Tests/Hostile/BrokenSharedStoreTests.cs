using System.Net;
using Marsad.Corpus;
using Marsad.Server.Tests.Support;
using Marsad.Sources;
using Marsad.Tests.Corpus;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marsad.Server.Tests.Hostile;

/// <summary>A server on a PostgreSQL store whose tables stop answering while it runs (a database restored, migrated
/// or moved under it): every route that reads the store answers 503 naming no internals, as over a broken SQLite file,
/// and answers again once the store is back (session 18: these were bare 500s).</summary>
public sealed class BrokenSharedStoreTests : IDisposable
{
    private readonly List<IDisposable> owned = [];

    public void Dispose()
    {
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            owned[i].Dispose();
        }
    }

    [SkippableFact]
    public async Task A_shared_store_that_stops_answering_is_a_503_until_it_is_back()
    {
        var database = PostgresTestDatabase.CreateOrSkip();
        owned.Add(database);
        using (var corpus = database.Open())
        {
            corpus.Ingest(TestArticles.All.Select(SourceResult.Ok), new IngestOptions { DegreeOfParallelism = 1 });
        }

        var index = database.NewIndexFolder();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Marsad:Store", database.ConnectionString);
            builder.UseSetting("Marsad:Index", index);
            builder.UseEnvironment("Production");
        });
        owned.Add(factory);
        using var client = factory.CreateClient();
        await HttpAssert.OkJsonAsync(await client.GetAsync("/api/stories"));

        var schema = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).SearchPath;
        database.Execute($"ALTER TABLE {schema}.articles RENAME TO articles_away; ALTER TABLE {schema}.entities RENAME TO entities_away");
        foreach (var url in new[] { "/api/articles/nile-1", "/api/entities?q=x", "/api/search?q=" + Uri.EscapeDataString("النيل") })
        {
            var problem = await HttpAssert.ProblemAsync(await client.GetAsync(url), HttpStatusCode.ServiceUnavailable);
            Assert.DoesNotContain("relation", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Npgsql", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        database.Execute($"ALTER TABLE {schema}.articles_away RENAME TO articles; ALTER TABLE {schema}.entities_away RENAME TO entities");
        await HttpAssert.OkJsonAsync(await client.GetAsync("/api/entities?q=x"));
    }
}
