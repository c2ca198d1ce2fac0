using System.Net;
using System.Net.Http.Json;
using System.Text;
using Marsad.Server.Tests.Support;

namespace Marsad.Server.Tests.Api;

public sealed class AnalyzeApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Article = "عمّان - قال وزير المالية الأردني إن \"الموازنة الجديدة تركز على دعم المشاريع الصغيرة\".\nوأضاف أن الحكومة ستخفض الضرائب على الصناعات المحلية.";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Plain_text_is_analysed_into_a_record_with_its_quotes()
    {
        var response = await client.PostAsync("/api/analyze", new StringContent(Article, Encoding.UTF8, "text/plain"));

        var json = await HttpAssert.OkJsonAsync(response);
        var body = json.GetProperty("body").GetString()!;
        Assert.Contains("الموازنة الجديدة", body);
        var quote = json.GetProperty("quotes").EnumerateArray().First();
        Assert.Equal(quote.GetProperty("text").GetString(), body[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task A_json_article_keeps_its_title_and_date()
    {
        var response = await client.PostAsJsonAsync("/api/analyze", new { text = Article, title = "الموازنة الأردنية الجديدة", published = "2018-03-02", outlet = "صحيفة الاختبار" });

        var json = await HttpAssert.OkJsonAsync(response);
        Assert.Equal("الموازنة الأردنية الجديدة", json.GetProperty("headline").GetString());
        Assert.Equal("2018-03-02", json.GetProperty("published").GetString());
        Assert.Equal("صحيفة الاختبار", json.GetProperty("source").GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Analysing_stores_nothing()
    {
        await client.PostAsJsonAsync("/api/analyze", new { id = "analysed-only", text = Article });

        await HttpAssert.ProblemAsync(await client.GetAsync("/api/articles/analysed-only"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_a_413_problem()
    {
        var big = new string('ب', 600_000); // 1.2 MB in UTF-8

        var response = await client.PostAsync("/api/analyze", new StringContent(big, Encoding.UTF8, "text/plain"));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_over_the_limit_without_a_length_is_a_413_problem_too()
    {
        var content = new StreamContent(new MemoryStream(new byte[1_100_000]));
        content.Headers.ContentType = new("text/plain");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await HttpAssert.ProblemAsync(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("{\"text\": ", "application/json")]
    [InlineData("[1, 2, 3]", "application/json")]
    [InlineData("{\"title\": \"بلا نص\"}", "application/json")]
    [InlineData("{\"text\": \"نص\", \"published\": \"أمس\"}", "application/json")]
    [InlineData("   ", "text/plain")]
    public async Task A_malformed_article_is_a_400_problem(string body, string type)
    {
        var response = await client.PostAsync("/api/analyze", new StringContent(body, Encoding.UTF8, type));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_media_type_is_a_415_problem()
    {
        var response = await client.PostAsync("/api/analyze", new StringContent("<p>نص</p>", Encoding.UTF8, "text/html"));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
