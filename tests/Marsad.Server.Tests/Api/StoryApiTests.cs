using System.Net;
using Marsad.Server.Tests.Support;

namespace Marsad.Server.Tests.Api;

public sealed class StoryApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Stories_group_the_outlets_that_carried_the_same_event()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/stories"));

        var items = json.GetProperty("items").EnumerateArray().ToList();
        var nile = Assert.Single(items, s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == "nile-1"));
        var outlets = nile.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()).ToList();
        Assert.Contains("الجزيرة", outlets);
        Assert.True(outlets.Count >= 2, "a story of several outlets");
        Assert.All(items, s => Assert.True(s.GetProperty("articles").GetArrayLength() >= 2));
    }

    [Fact]
    public async Task Stories_are_paged_and_say_whether_more_follow()
    {
        var first = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/stories?size=1&page=1&min=1"));
        var second = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/stories?size=1&page=2&min=1"));

        Assert.Equal(1, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("more").GetBoolean());
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_date_range_leaves_out_stories_outside_it()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/stories?from=2018-04-12&to=2018-04-12"));

        var ids = json.GetProperty("items").EnumerateArray().SelectMany(s => s.GetProperty("articles").EnumerateArray()).Select(a => a.GetString()).ToList();
        Assert.DoesNotContain("nile-1", ids);
    }

    [Fact]
    public async Task One_story_comes_with_its_members_in_order_and_a_summary()
    {
        var list = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/stories"));
        var id = list.GetProperty("items")[0].GetProperty("id").GetString()!;

        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/stories/" + id));

        Assert.Equal(id, json.GetProperty("story").GetProperty("id").GetString());
        var members = json.GetProperty("members").EnumerateArray().ToList();
        Assert.True(members.Count >= 2);
        Assert.All(members, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("headline").GetString())));
        var dates = members.Select(m => m.GetProperty("published").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.NotEmpty(json.GetProperty("story").GetProperty("summary").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/stories/s999999")]
    [InlineData("/api/stories/not-a-story")]
    [InlineData("/api/stories/..%2F..%2Fetc%2Fpasswd")]
    public async Task An_unknown_story_is_a_404_problem(string path)
    {
        await HttpAssert.ProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("from=04/12/2018")]
    [InlineData("size=0")]
    [InlineData("page=-1")]
    public async Task A_bad_story_query_is_a_400_problem(string query)
    {
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/stories?" + query), HttpStatusCode.BadRequest);
    }
}
