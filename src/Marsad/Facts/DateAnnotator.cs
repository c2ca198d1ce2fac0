using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Facts;

/// <summary>Fills <see cref="AnalyzedArticle.Dates"/>: every date expression of the body, resolved against
/// <see cref="AnalyzedArticle.Published"/> (null where that is needed and missing).</summary>
public sealed class DateAnnotator : IAnnotator
{
    private readonly FactsLexicon lexicon;

    public DateAnnotator(ResourceFiles? resources = null)
    {
        lexicon = FactsLexicon.For(resources ?? ResourceFiles.Default);
    }

    public string Name => "dates";

    public AnalyzedArticle Annotate(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Body is null ? article : article with { Dates = FactsAnalysis.For(article, lexicon).Dates };
    }
}
