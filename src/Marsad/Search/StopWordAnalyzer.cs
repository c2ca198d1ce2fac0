using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;

namespace Marsad.Search;

/// <summary>Adds a stop-word filter after another analyzer's chain (function words are neither indexed nor required).</summary>
internal sealed class StopWordAnalyzer(Analyzer inner, CharArraySet stopWords) : AnalyzerWrapper(inner.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new StopFilter(SearchAnalyzers.Version, components.TokenStream, stopWords));
}
