using System.Net;
using Marsad.Server.Tests.Support;

namespace Marsad.Server.Tests.Api;

public sealed class EntityApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_entity_lookup_needs_a_name()
    {
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/entities"), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/entities?q=x&limit=5000"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_name_nobody_bears_finds_no_entity()
    {
        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/entities?q=" + Uri.EscapeDataString("اسم لا يحمله أحد أبدا")));

        Assert.Equal(0, json.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/entities/per:nobody-at-all")]
    [InlineData("/api/entities/..%2F..%2Fetc%2Fpasswd")]
    public async Task An_unknown_entity_is_a_404_problem(string path)
    {
        await HttpAssert.ProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task An_entity_found_by_name_opens_its_profile_with_a_timeline()
    {
        Skip.If(factory.Store.FirstEntityId is null, "the pipeline found no entity in the test articles (entity stages not in this build)");
        var id = factory.Store.FirstEntityId!;

        var found = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/entities?q=" + Uri.EscapeDataString(id)));
        Assert.Contains(id, found.EnumerateArray().Select(e => e.GetProperty("id").GetString()));

        var json = await HttpAssert.OkJsonAsync(await client.GetAsync("/api/entities/" + Uri.EscapeDataString(id)));
        Assert.Equal(id, json.GetProperty("entity").GetProperty("id").GetString());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items.Count, json.GetProperty("totalItems").GetInt32());
        var days = json.GetProperty("days").EnumerateArray().ToList();
        Assert.NotEmpty(days);
        Assert.Equal(items.Count(i => i.GetProperty("date").ValueKind != System.Text.Json.JsonValueKind.Null),
            days.Sum(d => d.GetProperty("quotes").GetInt32() + d.GetProperty("mentions").GetInt32()));
        Assert.True(json.TryGetProperty("aliases", out _));
        Assert.True(json.TryGetProperty("roles", out _));
    }

    [SkippableFact]
    public async Task A_knowledge_base_person_shows_the_offices_they_held_from_the_linker_knowledge()
    {
        var response = await client.GetAsync("/api/entities/per:sameh-shoukry");
        Skip.If(response.StatusCode == HttpStatusCode.NotFound, "the test articles' minister was not linked in this build");
        var json = await HttpAssert.OkJsonAsync(response);

        Assert.Equal("Sameh Shoukry", json.GetProperty("englishName").GetString());
        var roles = json.GetProperty("roles").EnumerateArray().ToList();
        var minister = Assert.Single(roles, r => r.GetProperty("office").GetString() == "eg-foreign-minister");
        Assert.Equal("2014-06-17", minister.GetProperty("from").GetString());
        Assert.Equal("2024-07-03", minister.GetProperty("to").GetString());
        Assert.Contains("وزير", minister.GetProperty("title").GetString());
    }
}
