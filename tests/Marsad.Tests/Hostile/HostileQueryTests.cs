using Lucene.Net.Search;
using Marsad.Search;

namespace Marsad.Tests.Hostile;

/// <summary>
/// Query text is untrusted (the API's q and about, the CLI's QUERY): syntax that makes Lucene build an automaton
/// must not let one request hold a thread for minutes or grow the process by gigabytes (session 18: «ب*ا» followed by
/// 24 '?' took over 90 s and 3.5 GB in <c>marsad serve</c>; a regular expression with nested repeats never finished).
/// </summary>
public sealed class HostileQueryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static TheoryData<string> TooManyWildcards() => new()
    {
        "ب*ا" + new string('?', 24),
        "سد*ا?????",
        "م*ن*ع*ت*ج*",
        "العراق AND ب?ي?ر?و?ت?",
    };

    [Theory]
    [MemberData(nameof(TooManyWildcards))]
    public async Task A_word_with_too_many_wildcards_is_refused_at_once(string text)
    {
        using var analyzer = SearchAnalyzers.Create();

        var error = await Assert.ThrowsAsync<QuerySyntaxException>(
            () => Task.Run(() => QueryFactory.ParseText(text, analyzer, lenient: false)).WaitAsync(Patience));

        Assert.Contains("wildcards", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TooManyWildcards))]
    public async Task A_lenient_search_reads_too_many_wildcards_as_plain_words(string text)
    {
        using var analyzer = SearchAnalyzers.Create();

        var (query, fallback) = await Task.Run(() => QueryFactory.ParseText(text, analyzer, lenient: true)).WaitAsync(Patience);

        Assert.True(fallback);
        Assert.NotNull(query);
    }

    [Theory]
    [InlineData("/[ab]{1,1000}{1,1000}/")]
    [InlineData("/(.*ا){40}/")]
    [InlineData("/ب.*/")]
    [InlineData("headline:/.*/")]
    public async Task A_regular_expression_is_searched_as_plain_words(string text)
    {
        using var analyzer = SearchAnalyzers.Create();

        var (query, fallback) = await Task.Run(() => QueryFactory.ParseText(text, analyzer, lenient: false)).WaitAsync(Patience);

        Assert.False(fallback);
        Assert.False(ContainsRegexp(query), $"{text} became {query}");
    }

    [Theory]
    [InlineData("اقتصا*", typeof(PrefixQuery))]
    [InlineData("م?سكو", typeof(WildcardQuery))]
    [InlineData("م*س?و", typeof(WildcardQuery))]
    public void A_few_wildcards_in_a_word_still_search_as_wildcards(string text, Type expected)
    {
        using var analyzer = SearchAnalyzers.Create();

        var (query, _) = QueryFactory.ParseText(text, analyzer, lenient: false);

        var clauses = Assert.IsType<BooleanQuery>(query).Clauses;
        Assert.All(clauses, c => Assert.IsType(expected, c.Query));
    }

    private static bool ContainsRegexp(Query? query) => query switch
    {
        RegexpQuery => true,
        BooleanQuery boolean => boolean.Clauses.Any(c => ContainsRegexp(c.Query)),
        _ => false,
    };
}
