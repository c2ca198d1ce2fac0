using System.Net;
using Marsad.Server.Tests.Support;

namespace Marsad.Server.Tests.Api;

/// <summary>«How many casualties did each outlet report?» through <c>GET /api/numbers</c> and a story's <c>/numbers</c>.</summary>
public sealed class NumberApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Each_outlets_figure_for_the_dead_stands_side_by_side_highest_first()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync(
            "/api/numbers?q=" + Uri.EscapeDataString("الفيضانات") + "&unit=" + Uri.EscapeDataString("قتيل")));

        var unit = Assert.Single(json.GetProperty("units").EnumerateArray());
        var outlets = unit.GetProperty("outlets").EnumerateArray()
            .Select(o => (Outlet: o.GetProperty("outlet").GetString(), Highest: o.GetProperty("highest").GetDouble())).ToList();
        Assert.Equal([("قناة الوادي", 15d), ("راديو المدينة", 12d)], outlets);
        var figure = unit.GetProperty("outlets")[0].GetProperty("numbers")[0];
        Assert.Equal("flood-2", figure.GetProperty("article").GetString());
        Assert.Contains(figure.GetProperty("text").GetString()!, figure.GetProperty("sentence").GetString());
    }

    [Fact]
    public async Task Without_a_unit_every_counted_thing_is_listed()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/numbers?q=" + Uri.EscapeDataString("الفيضانات")));

        var units = json.GetProperty("units").EnumerateArray().ToList();
        Assert.True(units.Count >= 2, "the dead and at least one other figure (injured, houses)");
        Assert.Equal(2, json.GetProperty("articles").GetInt32());
        Assert.All(units, u => Assert.False(string.IsNullOrWhiteSpace(u.GetProperty("unit").GetString())));
    }

    [Fact]
    public async Task A_storys_figures_come_from_its_own_articles()
    {
        var story = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/articles/flood-1/story"));
        var id = story.GetProperty("story").GetProperty("id").GetString()!;
        var members = story.GetProperty("story").GetProperty("articles").EnumerateArray().Select(a => a.GetString()).ToHashSet();

        var json = await HttpAssert.OkJsonAsync(await client.GetAsync($"/api/stories/{id}/numbers"));

        var figures = json.GetProperty("units").EnumerateArray()
            .SelectMany(u => u.GetProperty("outlets").EnumerateArray())
            .SelectMany(o => o.GetProperty("numbers").EnumerateArray()).ToList();
        Assert.Contains(figures, n => n.GetProperty("text").GetString() == "12 قتيلا");
        Assert.All(figures, n => Assert.Contains(n.GetProperty("article").GetString(), members));
    }

    [Fact]
    public async Task Units_come_a_page_at_a_time_as_the_other_lists_do()
    {
        var flood = "/api/numbers?q=" + Uri.EscapeDataString("الفيضانات");
        var all = await HttpAssert.OkJsonAsync(await client.GetAsync(flood));
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 2, "the dead and at least one other figure");
        Assert.Equal(total, all.GetProperty("units").GetArrayLength());
        Assert.Equal((1, 20, 1), (all.GetProperty("page").GetInt32(), all.GetProperty("size").GetInt32(), all.GetProperty("pages").GetInt32()));

        var paged = new List<string?>();
        for (var page = 1; page <= total; page++)
        {
            var json = await HttpAssert.OkJsonAsync(await client.GetAsync($"{flood}&size=1&page={page}"));
            Assert.Equal((total, page, 1, total), (json.GetProperty("total").GetInt32(), json.GetProperty("page").GetInt32(), json.GetProperty("size").GetInt32(), json.GetProperty("pages").GetInt32()));
            paged.Add(Assert.Single(json.GetProperty("units").EnumerateArray()).GetProperty("unit").GetString());
        }

        Assert.Equal(all.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()), paged);
        var past = await HttpAssert.OkJsonAsync(await client.GetAsync($"{flood}&size=1&page={total + 1}"));
        Assert.Equal(0, past.GetProperty("units").GetArrayLength());
        Assert.Equal(total, past.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_storys_units_are_paged_too()
    {
        var story = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/articles/flood-1/story"));
        var id = story.GetProperty("story").GetProperty("id").GetString()!;

        var json = await HttpAssert.OkJsonAsync(await client.GetAsync($"/api/stories/{id}/numbers?size=1"));

        Assert.Equal(1, json.GetProperty("units").GetArrayLength());
        Assert.Equal(json.GetProperty("total").GetInt32(), json.GetProperty("pages").GetInt32());
        await HttpAssert.ProblemAsync(await client.GetAsync($"/api/stories/{id}/numbers?page=0"), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await client.GetAsync($"/api/stories/{id}/numbers?size=1000"), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/numbers")]
    [InlineData("/api/numbers?q=(((")]
    [InlineData("/api/numbers?q=x&to=yesterday")]
    public async Task A_bad_question_is_a_400_problem(string path)
    {
        await HttpAssert.ProblemAsync(await client.GetAsync(path), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_story_is_a_404_problem()
    {
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/stories/s999999/numbers"), HttpStatusCode.NotFound);
    }
}
