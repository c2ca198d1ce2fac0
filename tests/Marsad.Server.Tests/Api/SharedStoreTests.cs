using Marsad.Corpus;
using Marsad.Server.Tests.Support;
using Marsad.Sources;
using Marsad.Tests.Corpus;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marsad.Server.Tests.Api;

/// <summary>
/// A server on a PostgreSQL store while another process's ingest writes to it: the articles, their stories and the
/// search over them appear without a restart, within the server's refresh interval.
/// </summary>
public sealed class SharedStoreTests : IDisposable
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
    public async Task Articles_another_worker_stores_are_searchable_without_a_restart()
    {
        var database = Database();
        using var client = Server(database, refreshSeconds: 0).CreateClient();
        Assert.Equal(0, await WeatherHits(client));

        var report = Worker(database, TestArticles.Extra(3));

        Assert.Equal(3, report.Added);
        Assert.Equal(3, await WeatherHits(client));
        var article = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/articles/extra-2"));
        Assert.Equal("extra-2", article.GetProperty("id").GetString());
        var story = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/articles/extra-2/story"));
        Assert.Contains("extra-2", story.GetProperty("story").GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        var outlets = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("الطقس")));
        Assert.Contains(outlets.GetProperty("facets").GetProperty("outlets").EnumerateArray(), o => o.GetProperty("value").GetString() == "وكالة الاختبار");
    }

    [SkippableFact]
    public async Task The_server_looks_for_new_articles_no_more_often_than_its_interval()
    {
        var database = Database();
        using var client = Server(database, refreshSeconds: 3600).CreateClient();
        Assert.Equal(0, await WeatherHits(client));

        Worker(database, TestArticles.Extra(2));

        // Within the interval the index answers as it was (the records themselves are read from the database).
        Assert.Equal(0, await WeatherHits(client));
        await HttpAssert.OkJsonAsync(await client.GetAsync("/api/articles/extra-1"));
    }

    private PostgresTestDatabase Database()
    {
        var database = PostgresTestDatabase.CreateOrSkip();
        owned.Add(database);
        using var corpus = database.Open();
        var report = corpus.Ingest(TestArticles.All.Select(SourceResult.Ok), new IngestOptions { DegreeOfParallelism = 2 });
        Assert.Equal(TestArticles.All.Count, report.Added);
        return database;
    }

    private WebApplicationFactory<Program> Server(PostgresTestDatabase database, double refreshSeconds)
    {
        var index = database.NewIndexFolder();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Marsad:Store", database.ConnectionString);
            builder.UseSetting("Marsad:Index", index);
            builder.UseSetting("Marsad:RefreshSeconds", refreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseEnvironment("Production");
        });
        owned.Add(factory);
        return factory;
    }

    /// <summary>Another writer: its own connection and index folder, as a second <c>marsad ingest</c> has.</summary>
    private static IngestReport Worker(PostgresTestDatabase database, IEnumerable<RawDocument> articles)
    {
        using var worker = database.Open();
        return worker.Ingest(articles.Select(SourceResult.Ok), new IngestOptions { DegreeOfParallelism = 1 });
    }

    private static async Task<int> WeatherHits(HttpClient client)
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("الطقس")));
        return json.GetProperty("total").GetInt32();
    }
}
