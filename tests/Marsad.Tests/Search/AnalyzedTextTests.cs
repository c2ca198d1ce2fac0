using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Corpus;
using Marsad.Search;
using Marsad.Tests.Corpus;

namespace Marsad.Tests.Search;

/// <summary>Text analysed ahead of time (on the ingest's analysis threads) indexes exactly as the analyzer would.</summary>
public sealed class AnalyzedTextTests
{
    private const string Text = "قال رئيس البلدية في هذا اليوم إن الحديقة العامة الجديدة ستفتح للزوار والعائلات";

    [Fact]
    public void Replayed_terms_and_positions_equal_the_analyzers()
    {
        var analyzer = SearchAnalyzers.Create();
        var expected = Tokens(analyzer.GetTokenStream(SearchFields.Body, Text));
        var replayed = Tokens(AnalyzedText.Create(analyzer, SearchFields.Body, Text).Replay());

        Assert.Equal(expected, replayed);
        Assert.Contains(expected, t => t.Increment > 1);
    }

    [Fact]
    public void A_document_from_analysed_text_answers_phrases_and_returns_its_stored_text()
    {
        using var index = SearchIndex.InMemory();
        var article = CorpusArticles.Make("p1", Text, "افتتاح الحديقة العامة", "A", "2018-03-01");
        index.Add([(article, AnalyzedArticleText.Create(index.Analyzer, article))]);
        index.Commit(1);

        foreach (var query in new[] { "\"الحديقة العامة\"", "والعائلات", "افتتاح" })
        {
            var hit = Assert.Single(index.Search(new SearchQuery { Text = query }, null, null, _ => new Dictionary<string, string>()).Hits);
            Assert.Equal("p1", hit.Id);
            Assert.Equal(article.Headline, hit.Headline);
        }

        Assert.Equal(0, index.Search(new SearchQuery { Text = "\"العامة الحديقة\"" }, null, null, _ => new Dictionary<string, string>()).Total);
    }

    [Fact]
    public void One_replay_stream_reused_for_text_after_text_gives_each_texts_terms()
    {
        var analyzer = SearchAnalyzers.Create();
        const string Other = "وصل الوفد إلى المدينة صباح الأحد بعد رحلة طويلة";
        var stream = new AnalyzedText.ReplayStream();
        foreach (var text in new[] { Text, "", Other, Text })
        {
            var expected = Tokens(analyzer.GetTokenStream(SearchFields.Body, text));
            var replayed = Tokens(stream.Use(AnalyzedText.Create(analyzer, SearchFields.Body, text)));
            Assert.Equal(expected, replayed);
        }
    }

    [Fact]
    public void Documents_indexed_with_reused_streams_each_answer_for_their_own_text_only()
    {
        using var index = SearchIndex.InMemory();
        var first = CorpusArticles.Make("r1", Text, "افتتاح الحديقة العامة", "A", "2018-03-01");
        var second = CorpusArticles.Make("r2", "وصل الوفد إلى المدينة صباح الأحد بعد رحلة طويلة", "", "A", "2018-03-02");
        var third = CorpusArticles.Make("r3", "اجتمع المجلس البلدي لمناقشة ميزانية الحديقة", "ميزانية المجلس", "A", "2018-03-03");
        index.Add(new[] { first, second, third }.Select(a => (a, (AnalyzedArticleText?)AnalyzedArticleText.Create(index.Analyzer, a))));
        index.Commit(1);

        string[] Ids(string query) => [.. index.Search(new SearchQuery { Text = query }, null, null, _ => new Dictionary<string, string>()).Hits.Select(h => h.Id).Order()];
        Assert.Equal(["r1"], Ids("افتتاح"));
        Assert.Equal(["r2"], Ids("\"صباح الأحد\""));
        Assert.Equal(["r1", "r3"], Ids("الحديقة"));
        Assert.Equal(["r3"], Ids("ميزانية"));
        Assert.Empty(Ids("\"الأحد صباح\""));
    }

    private static List<(string Term, int Increment)> Tokens(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var tokens = new List<(string, int)>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), increment.PositionIncrement));
            }

            stream.End();
            return tokens;
        }
    }
}
