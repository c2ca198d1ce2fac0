using System.Net;
using Marsad.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marsad.Server.Tests.Hostile;

/// <summary>A server over a store whose database file is garbage: every route that reads the store answers 503 with
/// a problem saying so (not a bare 500), and the page and analysis still work.</summary>
public sealed class BrokenStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "marsad-broken-store-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> factory;

    public BrokenStoreTests()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "corpus.db"), "ليس قاعدة بيانات، بل نص عادي في ملف");
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Marsad:Store", folder);
            b.UseEnvironment("Production");
        });
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("/api/search?q=x")]
    [InlineData("/api/stories")]
    [InlineData("/api/articles/x")]
    [InlineData("/api/entities?q=x")]
    public async Task A_route_reading_an_unreadable_store_is_a_503_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.DoesNotContain("Sqlite", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_store_that_becomes_readable_is_served_without_a_restart()
    {
        var client = factory.CreateClient();
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/stories"), HttpStatusCode.ServiceUnavailable);

        // A 503 says "try again later": once the store can be opened (a database back after a blip, a file put
        // right) the next request must open it rather than repeat the first failure.
        File.Delete(Path.Combine(folder, "corpus.db"));
        var response = await client.GetAsync("/api/stories");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_page_is_still_served()
    {
        var response = await factory.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
