using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Marsad.Search;

/// <summary>
/// Highlighted passages for a hit: the matched words wrapped in &lt;mark&gt;, all text HTML-escaped (snippets go
/// into a web page). Without a match in the body, the body's opening, escaped.
/// </summary>
internal sealed class SnippetMaker
{
    private const int FragmentSize = 160;
    private readonly Highlighter? highlighter;
    private readonly Analyzer analyzer;

    public SnippetMaker(Query? textQuery, Analyzer analyzer)
    {
        this.analyzer = analyzer;
        if (textQuery is not null)
        {
            highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), new QueryScorer(textQuery, SearchFields.Body))
            {
                TextFragmenter = new SimpleFragmenter(FragmentSize),
                MaxDocCharsToAnalyze = 100_000,
            };
        }
    }

    public string Make(string body)
    {
        if (highlighter is not null)
        {
            try
            {
                var fragments = highlighter.GetBestFragments(analyzer, SearchFields.Body, body, 2);
                if (fragments.Length > 0)
                {
                    return string.Join(" … ", fragments.Select(f => f.Trim()));
                }
            }
            catch (InvalidTokenOffsetsException)
            {
                // Fall through to the plain opening: a snippet is a convenience, never a reason to fail a search.
            }
        }

        var opening = body.Length > FragmentSize ? body[..FragmentSize] + "…" : body;
        return MinimalHtmlEncoder.Escape(opening);
    }
}
