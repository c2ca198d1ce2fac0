using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Text;

/// <summary>The text stage: fills <see cref="AnalyzedArticle.Sentences"/> and <see cref="AnalyzedArticle.Tokens"/>.</summary>
public sealed class ArabicTextAnnotator : IAnnotator
{
    private readonly SentenceSplitter splitter;

    public ArabicTextAnnotator(ResourceFiles? resources = null)
    {
        splitter = resources is null ? SentenceSplitter.Default : new SentenceSplitter(resources);
    }

    public string Name => "text";

    public AnalyzedArticle Annotate(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Body ?? string.Empty;
        return article with { Sentences = splitter.Split(body), Tokens = ArabicTokenizer.Tokenize(body) };
    }
}
