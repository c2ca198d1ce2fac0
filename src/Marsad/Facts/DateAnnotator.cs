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
        var context = new FactContext(article.Body ?? string.Empty, lexicon, article.Tokens);
        return article with { Dates = new DateRecognizer(context, article.Published).Recognize() };
    }
}
