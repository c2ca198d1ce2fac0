using System.Net;
using Marsad.Search;
using Marsad.Server.Api;
using Marsad.Server.Tests.Support;

namespace Marsad.Server.Tests.Api;

/// <summary>The search, quotes and numbers endpoints reject the same bad values (paging included) with the same
/// message, naming the parameter: they share one check.</summary>
public sealed class QueryValidationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Endpoints = ["/api/search?q=x", "/api/quotes?speaker=x", "/api/numbers?q=x"];

    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string, string> SharedEdgeCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var endpoint in Endpoints)
        {
            data.Add(endpoint, "from=2018-02-30", "'from'");
            data.Add(endpoint, "to=12/04/2018", "'to'");
            data.Add(endpoint, "from=2018-04-13&to=2018-04-12", "is after");
            data.Add(endpoint, "outlet=" + new string('ن', QueryCheck.MaxFilterLength + 1), "'outlet'");
            data.Add(endpoint, "outlet=%1B%5B2J", "control character");
            data.Add(endpoint, "page=0", "'page'");
            data.Add(endpoint, "page=10001", "'page'");
            data.Add(endpoint, "size=101", "'size'");
            data.Add(endpoint, "size=-5", "'size'");
            data.Add(endpoint, "size=ten", "'size'");
        }

        data.Add("/api/search", "q=" + new string('س', QueryCheck.MaxTextLength + 1), "'q'");
        data.Add("/api/numbers", "q=" + new string('س', QueryCheck.MaxTextLength + 1), "'q'");
        data.Add("/api/quotes?speaker=x", "about=" + new string('س', QueryCheck.MaxTextLength + 1), "'about'");
        data.Add("/api/search", "q=%E2%80%AB%07", "control character");
        data.Add("/api/quotes?speaker=x", "about=a%00b", "control character");
        return data;
    }

    [Theory]
    [MemberData(nameof(SharedEdgeCases))]
    public async Task A_bad_value_is_a_400_problem_naming_the_parameter(string endpoint, string parameters, string named)
    {
        var separator = endpoint.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var problem = await HttpAssert.ProblemAsync(await client.GetAsync(endpoint + separator + parameters), HttpStatusCode.BadRequest);

        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_bad_value_is_echoed_short_without_splitting_a_character()
    {
        // The echo is cut at a fixed length; cutting between the two halves of an emoji would leave an unpaired
        // surrogate in the message.
        var value = new string('9', 39) + "\U0001F600" + new string('9', 20);
        var problem = await HttpAssert.ProblemAsync(await client.GetAsync("/api/search?q=x&from=" + Uri.EscapeDataString(value)), HttpStatusCode.BadRequest);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("'from'", detail, StringComparison.Ordinal);
        for (var i = 0; i < detail.Length; i++)
        {
            Assert.False(char.IsSurrogate(detail, i) && !char.IsSurrogatePair(detail, char.IsHighSurrogate(detail[i]) ? i : i - 1), $"unpaired surrogate at {i}");
        }

        Assert.DoesNotContain("\uFFFD", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_three_endpoints_word_the_same_problem_alike()
    {
        var details = new List<string?>();
        foreach (var endpoint in Endpoints)
        {
            var problem = await HttpAssert.ProblemAsync(await client.GetAsync(endpoint + "&from=2018-04-13&to=2018-04-01"), HttpStatusCode.BadRequest);
            details.Add(problem.GetProperty("detail").GetString());
        }

        Assert.Single(details.Distinct());
    }

    [Fact]
    public void The_command_line_check_names_options_where_the_api_names_parameters()
    {
        var api = QueryCheck.ForApi();
        var cli = QueryCheck.ForCommandLine();

        api.DateRange("2018-04-13", "2018-04-01");
        cli.DateRange("2018-04-13", "2018-04-01");

        Assert.Equal(api.Error!.Replace("'from'", "--from", StringComparison.Ordinal).Replace("'to'", "--to", StringComparison.Ordinal), cli.Error);
    }

    [Fact]
    public void The_first_problem_wins_and_later_checks_return_their_fallback()
    {
        var check = QueryCheck.ForApi();

        var date = check.Date("soon", "from");
        var size = check.Number("1000", "size", 10, 1, 100);

        Assert.Null(date);
        Assert.Equal(10, size);
        Assert.Contains("'from'", check.Error, StringComparison.Ordinal);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void A_bad_value_is_echoed_short_and_without_control_characters()
    {
        var check = QueryCheck.ForApi();

        check.Date("\u001b]0;owned\u0007" + new string('9', 500), "to");

        Assert.DoesNotContain(check.Error!, char.IsControl);
        Assert.True(check.Error!.Length < 120, check.Error);
    }

    [Fact]
    public void A_query_syntax_problem_points_to_the_lenient_switch_of_each_surface()
    {
        var error = new QuerySyntaxException("unbalanced parentheses");

        Assert.Contains("lenient=1", QueryCheck.ForApi().QuerySyntax("q", error), StringComparison.Ordinal);
        Assert.Contains("--lenient", QueryCheck.ForCommandLine().QuerySyntax("about", error), StringComparison.Ordinal);
        Assert.StartsWith("--about", QueryCheck.ForCommandLine().QuerySyntax("about", error), StringComparison.Ordinal);
    }
}
