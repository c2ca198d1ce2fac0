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

    [SkippableFact]
    public async Task A_failed_catch_up_is_retried_at_the_next_interval_and_the_request_still_answers()
    {
        var database = Database();
        using var client = Server(database, refreshSeconds: 0).CreateClient();
        Assert.Equal(0, await WeatherHits(client));
        Worker(database, TestArticles.Extra(3));
        // A stored record the server cannot read (not an IOException): the catch-up fails on it.
        var schema = SearchPath(database);
        database.Execute($"SET search_path TO {schema}; CREATE TABLE kept AS SELECT id, json FROM articles WHERE id = 'extra-2'; " +
            "UPDATE articles SET json = convert_to('{not json', 'UTF8') WHERE id = 'extra-2'");

        Assert.Equal(0, await WeatherHits(client));
        Assert.Equal(0, await WeatherHits(client));

        database.Execute($"SET search_path TO {schema}; UPDATE articles a SET json = k.json FROM kept k WHERE a.id = k.id");
        Assert.Equal(3, await WeatherHits(client));
    }

    [SkippableFact]
    public void A_catch_up_reads_only_the_rows_stored_since_the_last_one()
    {
        var database = Database();
        using var server = database.Open();
        Worker(database, TestArticles.Extra(2));
        Assert.Equal(2, server.CatchUp());
        Assert.Equal(0, server.CatchUp());

        // Forget which rows every index holds: a scan of the whole store would index all of them again.
        database.Execute($"SET search_path TO {SearchPath(database)}; DELETE FROM indexed");
        Worker(database, TestArticles.Extra(3));

        Assert.Equal(1, server.CatchUp());
        Assert.Equal(3, server.Search(new SearchQuery { Text = "الطقس" }).Total);
    }

    private static string SearchPath(PostgresTestDatabase database) => new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).SearchPath!;

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
