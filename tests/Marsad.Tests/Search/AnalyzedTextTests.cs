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
