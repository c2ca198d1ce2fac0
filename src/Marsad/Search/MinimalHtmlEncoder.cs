using Lucene.Net.Search.Highlight;

namespace Marsad.Search;

/// <summary>Escapes only what HTML needs (&amp;, &lt;, &gt;, quotes): Lucene's SimpleHTMLEncoder also turns every
/// Arabic letter into a numeric entity, which bloats snippets sixfold.</summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public string EncodeText(string originalText) => Escape(originalText);

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
}
