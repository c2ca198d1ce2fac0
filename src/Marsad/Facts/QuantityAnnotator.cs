using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Facts;

/// <summary>Fills <see cref="AnalyzedArticle.Quantities"/>: numbers in digits or words with what they count, and
/// dual nouns. Numbers inside date expressions are not quantities: the date grammar's result is shared with
/// <see cref="DateAnnotator"/> through <see cref="FactsAnalysis"/>, whichever stage runs first.</summary>
public sealed class QuantityAnnotator : IAnnotator
{
    private readonly FactsLexicon lexicon;

    public QuantityAnnotator(ResourceFiles? resources = null)
    {
        lexicon = FactsLexicon.For(resources ?? ResourceFiles.Default);
    }

    public string Name => "quantities";

    public AnalyzedArticle Annotate(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Body is null)
        {
            return article;
        }

        var analysis = FactsAnalysis.For(article, lexicon);
        return article with { Quantities = new QuantityRecognizer(analysis.Context, analysis.DateWords).Recognize() };
    }
}
