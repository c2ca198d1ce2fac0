using System.Net;
using Marsad.Server.Tests.Support;

namespace Marsad.Server.Tests.Api;

public sealed class SearchApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_word_finds_the_articles_that_contain_it_with_marked_snippets_and_facets()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("الزلزال")));

        var ids = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(["quake-1", "quake-2"], ids.Order());
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.Contains("<mark>", h.GetProperty("snippet").GetString()));
        var outlets = json.GetProperty("facets").GetProperty("outlets").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Equal(["الجزيرة", "سكاي نيوز عربية"], outlets.Order());
    }

    [Fact]
    public async Task An_empty_query_lists_every_article_page_by_page()
    {
        var first = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?size=3&page=1"));
        var second = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?size=3&page=2"));

        Assert.True(first.GetProperty("total").GetInt32() >= TestArticles.All.Count);
        Assert.Equal(3, first.GetProperty("hits").GetArrayLength());
        Assert.True(first.GetProperty("pages").GetInt32() >= 3);
        var a = first.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString());
        var b = second.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString());
        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public async Task The_outlet_filter_keeps_only_that_outlets_articles()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?outlet=" + Uri.EscapeDataString("الجزيرة")));

        var ids = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(["nile-1", "quake-2"], ids);
    }

    [Fact]
    public async Task The_date_filter_keeps_articles_published_in_the_range()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?from=2018-04-12&to=2018-04-13"));

        var ids = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(["bank-1", "quake-1", "quake-2"], ids);
    }

    [Fact]
    public async Task The_speaker_filter_finds_the_articles_quoting_that_speaker()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?speaker=" + Uri.EscapeDataString("سامح شكري")));

        var ids = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("nile-", id));
    }

    [Theory]
    [InlineData("q=%28%28%28")]
    [InlineData("q=%22unclosed")]
    [InlineData("q=AND")]
    public async Task A_query_that_does_not_parse_is_a_400_problem(string query)
    {
        var problem = await HttpAssert.ProblemAsync(await client.GetAsync("/api/search?" + query), HttpStatusCode.BadRequest);

        Assert.Contains("query", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2018-13-40", "to")]
    [InlineData("from=2018-05-01&to=2018-04-01", "after")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("size=1000", "size")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string query, string named)
    {
        var problem = await HttpAssert.ProblemAsync(await client.GetAsync("/api/search?" + query), HttpStatusCode.BadRequest);

        Assert.Contains(named, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_lenient_search_of_a_broken_query_falls_back_to_plain_words()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?lenient=true&q=" + Uri.EscapeDataString("(الزلزال")));

        Assert.True(json.GetProperty("fallback").GetBoolean());
        Assert.Equal(2, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_snippet_of_an_article_holding_html_is_escaped_except_for_the_marks()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("الشيفرة")));

        var hit = Assert.Single(json.GetProperty("hits").EnumerateArray());
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Contains("&lt;script&gt;", snippet);
        var withoutMarks = snippet.Replace("<mark>", "").Replace("</mark>", "");
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
    }
}
