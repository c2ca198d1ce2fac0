using Lucene.Net.Analysis;
using Marsad.Model;

namespace Marsad.Search;

/// <summary>The headline and body of an article analysed ahead of time for its index document.</summary>
internal sealed record AnalyzedArticleText(AnalyzedText Headline, AnalyzedText Body)
{
    public static AnalyzedArticleText Create(Analyzer analyzer, AnalyzedArticle article) =>
        new(AnalyzedText.Create(analyzer, SearchFields.Headline, article.Headline ?? ""), AnalyzedText.Create(analyzer, SearchFields.Body, article.Body));
}
