using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Facts;

/// <summary>Fills <see cref="AnalyzedArticle.Quantities"/>: numbers in digits or words with what they count, and
/// dual nouns. Numbers inside date expressions are not quantities, so the date grammar runs first here too
/// (it is cheap, and keeps this stage independent of whether the date stage ran).</summary>
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
        var context = new FactContext(article.Body ?? string.Empty, lexicon, article.Tokens);
        var dates = new DateRecognizer(context, article.Published);
        dates.Recognize();
        return article with { Quantities = new QuantityRecognizer(context, dates.Covered).Recognize() };
    }
}
