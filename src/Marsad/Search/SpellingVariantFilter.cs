using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Marsad.Search;

/// <summary>Replaces a term by its canonical spelling (امريكا → اميركا) from <c>corpus/spelling-variants.tsv</c>.</summary>
internal sealed class SpellingVariantFilter : TokenFilter
{
    private readonly CharArrayDictionary<string> variants;
    private readonly ICharTermAttribute term;

    public SpellingVariantFilter(TokenStream input, CharArrayDictionary<string> variants)
        : base(input)
    {
        this.variants = variants;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (variants.TryGetValue(term.Buffer, 0, term.Length, out var canonical))
        {
            term.SetEmpty().Append(canonical);
        }

        return true;
    }
}
