using System.Net;
using System.Text.Json;
using Marsad.Server.Tests.Support;

namespace Marsad.Server.Tests.Api;

/// <summary>«What did X say about Y, and when? Which outlets quoted X on Y?» through <c>GET /api/quotes</c>.</summary>
public sealed class QuoteApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_speakers_quotes_come_oldest_first_with_every_outlet_that_carried_them()
    {
        var json = await GetAsync("speaker=" + Uri.EscapeDataString("شكري"));

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 3, $"one quote per Nile article at least, got {items.Count}");
        Assert.All(items, q => Assert.Contains("شكري", q.GetProperty("speaker").GetString()));
        var dates = items.Select(q => q.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var outlets = json.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("outlet").GetString()).ToList();
        Assert.Equal(["الجزيرة", "العربية", "بي بي سي عربي"], outlets.Order(StringComparer.Ordinal));
        Assert.Equal(items.Count, json.GetProperty("outlets").EnumerateArray().Sum(o => o.GetProperty("count").GetInt32()));
        Assert.DoesNotContain(items, q => q.GetProperty("text").GetString()!.Contains("فرق الإنقاذ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_topic_flags_the_quotes_whose_own_words_name_it_and_strict_keeps_only_those()
    {
        var topic = Uri.EscapeDataString("سد النهضة");
        var all = await GetAsync("speaker=" + Uri.EscapeDataString("شكري") + "&about=" + topic);
        var strict = await GetAsync("speaker=" + Uri.EscapeDataString("شكري") + "&about=" + topic + "&strict=1");

        var allItems = all.GetProperty("items").EnumerateArray().ToList();
        var strictItems = strict.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(allItems, q => !q.GetProperty("onTopic").GetBoolean());
        Assert.NotEmpty(strictItems);
        Assert.True(strictItems.Count < allItems.Count);
        Assert.All(strictItems, q => Assert.Contains("النهضة", q.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task A_speaker_known_only_by_role_is_found_by_that_name()
    {
        var json = await GetAsync("speaker=" + Uri.EscapeDataString("مدير الدفاع المدني السوداني"));

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, q => q.GetProperty("article").GetString() == "flood-1");
        Assert.All(items, q => Assert.StartsWith("flood-", q.GetProperty("article").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_outlet_filter_and_paging_narrow_the_quotes()
    {
        var speaker = "speaker=" + Uri.EscapeDataString("شكري");
        var one = await GetAsync(speaker + "&outlet=" + Uri.EscapeDataString("العربية"));
        var first = await GetAsync(speaker + "&size=1&page=1");
        var second = await GetAsync(speaker + "&size=1&page=2");

        Assert.All(one.GetProperty("items").EnumerateArray(), q => Assert.Equal("العربية", q.GetProperty("outlet").GetString()));
        Assert.NotEqual(0, one.GetProperty("total").GetInt32());
        Assert.Equal(first.GetProperty("total").GetInt32(), first.GetProperty("pages").GetInt32());
        Assert.NotEqual(Describe(first), Describe(second));
    }

    [Fact]
    public async Task An_unknown_speaker_has_no_quotes()
    {
        var json = await GetAsync("speaker=" + Uri.EscapeDataString("شخص لا وجود له أبدا"));

        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Empty(json.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("about=x")]
    [InlineData("speaker=x&from=2018-13-01")]
    [InlineData("speaker=x&size=500")]
    [InlineData("speaker=x&about=(((")]
    public async Task A_bad_question_is_a_400_problem(string query)
    {
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/quotes?" + query), HttpStatusCode.BadRequest);
    }

    private async Task<JsonElement> GetAsync(string query) =>
        await HttpAssert.OkJsonAsync(await client.GetAsync("/api/quotes?" + query));

    private static string Describe(JsonElement page) =>
        string.Join("|", page.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("article").GetString() + q.GetProperty("text").GetString()));
}
