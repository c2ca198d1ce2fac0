using System.Net;
using Marsad.Server.Tests.Support;

namespace Marsad.Server.Tests.Api;

public sealed class ArticleApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_article_is_returned_as_its_full_record_with_spans_pointing_into_the_body()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/articles/nile-2"));

        Assert.Equal("nile-2", json.GetProperty("id").GetString());
        Assert.Equal("بي بي سي عربي", json.GetProperty("source").GetProperty("outlet").GetString());
        Assert.Equal("2018-04-10", json.GetProperty("published").GetString());
        var body = json.GetProperty("body").GetString()!;
        var quotes = json.GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        foreach (var span in quotes.Concat(json.GetProperty("sentences").EnumerateArray()))
        {
            var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, body.Length);
        }

        Assert.All(quotes, q => Assert.Equal(q.GetProperty("text").GetString(), body[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()]));
        foreach (var field in new[] { "headline", "dateline", "agencies", "boilerplate", "entities", "quantities", "dates" })
        {
            Assert.True(json.TryGetProperty(field, out _), $"the record lacks '{field}'");
        }
    }

    [Fact]
    public async Task An_article_holding_html_comes_back_with_the_text_as_written()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/articles/" + TestArticles.XssId));

        Assert.Contains(TestArticles.XssScript, json.GetProperty("body").GetString());
        Assert.Contains(TestArticles.XssImage, json.GetProperty("body").GetString());
    }

    [Theory]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/articles/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/..%5C..%5Cwindows%5Cwin.ini")]
    [InlineData("/api/articles/corpus.db")]
    [InlineData("/api/articles/no-such-article/story")]
    [InlineData("/api/articles/%01%02")]
    public async Task An_unknown_or_path_like_id_is_a_404_problem(string path)
    {
        var response = await client.GetAsync(path);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain("root:", problem.ToString());
        Assert.DoesNotContain(factory.Store.Folder, problem.ToString());
    }

    [Fact]
    public async Task A_dot_dot_path_never_leaves_the_api()
    {
        var response = await client.GetAsync("/api/articles/../../../etc/passwd");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_story_of_an_article_lists_that_article()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/articles/nile-1/story"));

        Assert.Contains("nile-1", json.GetProperty("story").GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem()
    {
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }
}
