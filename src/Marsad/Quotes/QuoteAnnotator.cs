using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Quotes;

/// <summary>
/// The quotation stage: who said what. Finds direct, indirect and mixed quotes from reporting cues
/// (<c>Resources/quotes/cues.tsv</c>), quote marks and source phrases, and attributes each to a speaker, using the
/// linker's entities for canonical names. Runs after the linker; thread-safe (no state between articles).
/// </summary>
public sealed class QuoteAnnotator : IAnnotator
{
    private readonly QuoteLexicon lexicon;

    public QuoteAnnotator(ResourceFiles resources)
    {
        lexicon = QuoteLexicon.Load(resources);
    }

    public string Name => "quotes";

    public AnalyzedArticle Annotate(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (string.IsNullOrWhiteSpace(article.Body))
        {
            return article with { Quotes = [] };
        }

        var names = article.Entities.IsDefault
            ? default
            : article.Entities.Where(e => e.Type == EntityType.PERS).SelectMany(e => e.Mentions).Select(m => (m.Start, m.End)).ToImmutableArray();
        var mentions = article.Entities.IsDefault
            ? default
            : article.Entities.SelectMany(e => e.Mentions).Select(m => (m.Start, m.End)).ToImmutableArray();
        var text = new QuoteText(article.Body, article.Tokens, names, mentions);
        var extractor = new QuoteExtractor(text, lexicon);
        var candidates = extractor.Extract();
        var resolver = new SpeakerResolver(text, lexicon, extractor.Phrases, article.Entities);
        return article with { Quotes = resolver.Resolve(candidates) };
    }
}
