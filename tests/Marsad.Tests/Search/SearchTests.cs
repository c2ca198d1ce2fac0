using Marsad.Corpus;
using Marsad.Model;
using Marsad.Search;
using Marsad.Tests.Corpus;

namespace Marsad.Tests.Search;

public sealed class SearchTests : IDisposable
{
    private static readonly (string, string, EntityType)[] Ministry = [("org:health-ministry", "وزارة الصحة", EntityType.ORG)];
    private readonly TempStore store = new();
    private readonly Marsad.Corpus.Corpus corpus;

    public SearchTests()
    {
        corpus = store.Open();
        corpus.Add([
            CorpusArticles.Make("n1", "أعلن التحالف الدولي أنه نفذ ضربات جديدة شمال البلاد.", "ضربات جديدة للتحالف", "Outlet A", "2018-03-01"),
            CorpusArticles.Make("n2", "وقالت أمريكا إن قواتها ستبقى في المنطقة حتى نهاية العام.", "موقف واشنطن", "Outlet B", "2018-03-02"),
            CorpusArticles.Make("n3", "قالت وزارة الصحة إن حملة التطعيم تشمل مليون طفل <script>alert(1)</script> في المدارس.", "حملة تطعيم", "Outlet A", "2018-03-05", Ministry, [("وزارة الصحة", "org:health-ministry", "حملة التطعيم تشمل مليون طفل")]),
            CorpusArticles.Make("n4", "وزارة الصحة تفتتح مركزا للتطعيم في العاصمة وتدعو الأهالي إلى الحضور.", "مركز تطعيم", "Outlet C", "2018-03-20", Ministry),
        ]);
    }

    public void Dispose()
    {
        corpus.Dispose();
        store.Dispose();
    }

    [Theory]
    [InlineData("والتحالف", "n1")]
    [InlineData("للتحالف", "n1")]
    [InlineData("أميركا", "n2")]
    [InlineData("امريكا", "n2")]
    [InlineData("التطعيم", "n3")]
    public void Clitic_and_spelling_forms_find_the_article(string query, string expected)
    {
        var results = corpus.Search(new SearchQuery { Text = query });
        Assert.Contains(results.Hits, h => h.Id == expected);
    }

    [Fact]
    public void Snippets_mark_the_match_and_escape_the_text()
    {
        var hit = Assert.Single(corpus.Search(new SearchQuery { Text = "حملة" }).Hits);
        Assert.Contains("<mark>حملة</mark>", hit.Snippet);
        Assert.DoesNotContain("<script>", hit.Snippet);
        Assert.Contains("&lt;script&gt;", hit.Snippet);
    }

    [Fact]
    public void Facets_count_outlets_entities_and_speakers_over_all_matches()
    {
        var results = corpus.Search(new SearchQuery { Text = "تطعيم OR التحالف", Size = 1 });
        Assert.Equal(3, results.Total);
        Assert.Single(results.Hits);
        Assert.Equal(2, results.Outlets.Single(f => f.Value == "Outlet A").Count);
        var entity = Assert.Single(results.Entities);
        Assert.Equal(("org:health-ministry", "وزارة الصحة", 2), (entity.Value, entity.Label, entity.Count));
        Assert.Equal(1, Assert.Single(results.Speakers).Count);
    }

    [Fact]
    public void Filters_by_entity_name_speaker_outlet_and_dates()
    {
        Assert.Equal(2, corpus.Search(new SearchQuery { Entity = "وزارة الصحة" }).Total);
        Assert.Equal(["n3"], corpus.Search(new SearchQuery { Speaker = "وزارة الصحة" }).Hits.Select(h => h.Id));
        Assert.Equal(["n3", "n1"], corpus.Search(new SearchQuery { Outlet = "Outlet A" }).Hits.Select(h => h.Id));
        Assert.Equal(["n3", "n2"], corpus.Search(new SearchQuery { From = new DateOnly(2018, 3, 2), To = new DateOnly(2018, 3, 5) }).Hits.Select(h => h.Id));
        Assert.Equal(0, corpus.Search(new SearchQuery { Entity = "per:nobody" }).Total);
    }

    [Fact]
    public void Pages_do_not_overlap_and_cover_every_match()
    {
        var ids = Enumerable.Range(1, 3).SelectMany(p => corpus.Search(new SearchQuery { Page = p, Size = 2 }).Hits.Select(h => h.Id)).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("\"التحالف")]
    [InlineData("(التحالف")]
    [InlineData("AND")]
    [InlineData("التحالف OR")]
    [InlineData("*لف")]
    public void A_malformed_query_is_a_query_syntax_error_not_a_crash(string text)
    {
        var ex = Assert.Throws<QuerySyntaxException>(() => corpus.Search(new SearchQuery { Text = text }));
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public void A_huge_query_is_refused_with_a_clear_message()
    {
        var ex = Assert.Throws<QuerySyntaxException>(() => corpus.Search(new SearchQuery { Text = new string('ب', 5000) }));
        Assert.Contains("limit", ex.Message);
    }

    [Fact]
    public void A_lenient_search_falls_back_to_plain_words()
    {
        var results = corpus.Search(new SearchQuery { Text = "\"التحالف (الدولي", Lenient = true });
        Assert.True(results.Fallback);
        Assert.Equal(["n1"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Random_strings_never_throw_anything_but_a_query_syntax_error()
    {
        var random = new Random(7);
        const string alphabet = "ابتثجحخ والتحالف\"()[]{}:^~*?!+-&|\\/ ANDORNOT";
        for (var i = 0; i < 300; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            try
            {
                corpus.Search(new SearchQuery { Text = text });
            }
            catch (QuerySyntaxException)
            {
            }

            var lenient = corpus.Search(new SearchQuery { Text = text, Lenient = true });
            Assert.True(lenient.Total >= 0);
        }
    }
}
