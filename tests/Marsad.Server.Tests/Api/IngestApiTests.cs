using System.Net;
using System.Net.Http.Json;
using Marsad.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Marsad.Server.Tests.Api;

public sealed class IngestApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly object NewArticle = new
    {
        id = "ingested-1",
        text = "الرباط - قال وزير السياحة المغربي إن \"عدد السياح القادمين إلى المغرب ارتفع هذا الربيع\".\nوأضاف أن مدينة مراكش استقبلت أكبر عدد من الزوار.",
        title = "ارتفاع عدد السياح في المغرب",
        published = "2018-04-16",
        outlet = "هسبريس",
    };

    [Fact]
    public async Task Without_a_key_header_ingest_is_401()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/ingest", NewArticle);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task With_a_wrong_key_ingest_is_403()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");

        await HttpAssert.ProblemAsync(await client.PostAsJsonAsync("/api/ingest", NewArticle), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_configured_key_ingest_does_not_exist()
    {
        using var keyless = factory.WithWebHostBuilder(b => b.UseSetting("Marsad:ApiKey", ""));
        var client = keyless.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);

        await HttpAssert.ProblemAsync(await client.PostAsJsonAsync("/api/ingest", NewArticle), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task With_the_key_an_article_is_stored_searchable_and_a_second_send_is_skipped()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);

        var report = await HttpAssert.OkJsonAsync(await client.PostAsJsonAsync("/api/ingest", NewArticle));
        Assert.Equal(1, report.GetProperty("added").GetInt32());
        Assert.Equal("ingested-1", report.GetProperty("ids")[0].GetString());

        var article = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/articles/ingested-1"));
        Assert.Equal("هسبريس", article.GetProperty("source").GetProperty("outlet").GetString());
        Assert.DoesNotContain("/", article.GetProperty("source").GetProperty("path").GetString());
        var search = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("السياح")));
        Assert.Contains("ingested-1", search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));

        var again = await HttpAssert.OkJsonAsync(await client.PostAsJsonAsync("/api/ingest", NewArticle));
        Assert.Equal(0, again.GetProperty("added").GetInt32());
    }

    [Theory]
    [InlineData("{\"id\": \"../../etc/passwd\", \"text\": \"نص\"}")]
    [InlineData("{\"id\": \"a/b\", \"text\": \"نص\"}")]
    [InlineData("[]")]
    [InlineData("\"just a string\"")]
    [InlineData("[{\"text\": \"نص\"}, {\"title\": \"بلا نص\"}]")]
    public async Task A_malformed_batch_is_a_400_problem_and_stores_nothing(string body)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);
        var before = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?size=1"));

        var response = await client.PostAsync("/api/ingest", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var after = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?size=1"));
        Assert.True(after.GetProperty("total").GetInt32() <= before.GetProperty("total").GetInt32() + 1);
    }
}
