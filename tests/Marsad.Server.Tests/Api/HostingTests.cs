using Marsad.Server.Tests.Support;

namespace Marsad.Server.Tests.Api;

public sealed class HostingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/openapi/v1.json"));

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/entities", "/api/entities/{id}", "/api/analyze", "/api/ingest" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/search")]
    [InlineData("/api/articles/none")]
    public async Task Every_response_carries_the_content_security_policy_and_nosniff(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_page_is_arabic_right_to_left_and_loads_only_its_own_files()
    {
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.Equal("text/javascript", (await client.GetAsync("/app.js")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/css", (await client.GetAsync("/style.css")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_script_never_writes_markup_from_strings()
    {
        var script = await client.GetStringAsync("/app.js");

        Assert.DoesNotContain("innerHTML", script);
        Assert.DoesNotContain("outerHTML", script);
        Assert.DoesNotContain("insertAdjacentHTML", script);
        Assert.DoesNotContain("document.write", script);
    }
}
