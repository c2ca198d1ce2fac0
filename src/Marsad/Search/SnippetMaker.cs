using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Marsad.Search;

/// <summary>
/// Highlighted passages for a hit: the words the query's (non-prohibited) body terms match wrapped in &lt;mark&gt;,
/// all text HTML-escaped (snippets go into a web page); up to two passages of about
/// <see cref="FragmentSize"/> characters holding the most matches. Without a match, the body's opening, escaped.
/// One pass of the analyzer over the body and no per-token objects: Lucene's Highlighter took several
/// milliseconds a hit, most of a search's time.
/// </summary>
internal sealed class SnippetMaker
{
    private const int FragmentSize = 160;

    /// <summary>Characters of the body looked at for matches (a match further on shows the opening instead).</summary>
    private const int MaxCharsToAnalyze = 30_000;

    private readonly HashSet<string> terms = new(StringComparer.Ordinal);
    private readonly Analyzer analyzer;

    public SnippetMaker(Query? textQuery, Analyzer analyzer)
    {
        this.analyzer = analyzer;
        if (textQuery is not null)
        {
            foreach (var term in QueryTermExtractor.GetTerms(textQuery, false, SearchFields.Body))
            {
                terms.Add(term.Term);
            }
        }
    }

    public string Make(string body)
    {
        var matches = terms.Count == 0 ? [] : Matches(body);
        if (matches.Count == 0)
        {
            var opening = body.Length > FragmentSize ? body[..FragmentSize] + "…" : body;
            return MinimalHtmlEncoder.Escape(opening);
        }

        var first = BestWindow(body, matches, exclude: null);
        var second = BestWindow(body, matches, exclude: first);
        var windows = second is { } s && s.Count > 0 ? new[] { first!.Value, s }.OrderBy(w => w.Start).ToArray() : [first!.Value];
        return string.Join(" … ", windows.Select(w => Render(body, matches, w.Start, w.End).Trim()));
    }

    /// <summary>Offsets of the body's words whose analysed term is one of the query's.</summary>
    private List<(int Start, int End)> Matches(string body)
    {
        var found = new List<(int, int)>();
        var text = body.Length > MaxCharsToAnalyze ? body[..MaxCharsToAnalyze] : body;
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (lookup.Contains(term.Buffer.AsSpan(0, term.Length)) && offset.StartOffset < offset.EndOffset && offset.EndOffset <= text.Length)
            {
                found.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return found;
    }

    /// <summary>The window of about FragmentSize characters, starting a little before a match at a word boundary,
    /// that holds the most matches (the earliest on a tie), not overlapping <paramref name="exclude"/>.</summary>
    private static (int Start, int End, int Count)? BestWindow(string body, List<(int Start, int End)> matches, (int Start, int End, int Count)? exclude)
    {
        (int Start, int End, int Count)? best = null;
        var j = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var start = WordStart(body, Math.Max(0, matches[i].Start - 20));
            var end = WordEnd(body, Math.Min(body.Length, start + FragmentSize));
            if (exclude is { } x && start < x.End && end > x.Start)
            {
                continue;
            }

            j = Math.Max(j, i);
            while (j < matches.Count && matches[j].End <= end)
            {
                j++;
            }

            var count = j - i;
            if (best is null || count > best.Value.Count)
            {
                best = (start, end, count);
            }
        }

        return best;
    }

    private static string Render(string body, List<(int Start, int End)> matches, int start, int end)
    {
        var html = new StringBuilder((end - start) + 64);
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (s, e) in matches)
        {
            if (s < at || e > end)
            {
                continue;
            }

            html.Append(MinimalHtmlEncoder.Escape(body[at..s])).Append("<mark>").Append(MinimalHtmlEncoder.Escape(body[s..e])).Append("</mark>");
            at = e;
        }

        html.Append(MinimalHtmlEncoder.Escape(body[at..end]));
        if (end < body.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>Moves back to the start of the word holding the position (at most a few characters: a text
    /// without spaces still gives a short passage), never into the middle of a surrogate pair.</summary>
    private static int WordStart(string body, int position)
    {
        var limit = Math.Max(0, position - 15);
        while (position > limit && !char.IsWhiteSpace(body[position - 1]))
        {
            position--;
        }

        return position > 0 && position < body.Length && char.IsLowSurrogate(body[position]) ? position - 1 : position;
    }

    /// <summary>Moves forward to the end of the word holding the position (at most a few characters).</summary>
    private static int WordEnd(string body, int position)
    {
        var limit = Math.Min(body.Length, position + 15);
        while (position < limit && !char.IsWhiteSpace(body[position]))
        {
            position++;
        }

        return position > 0 && position < body.Length && char.IsLowSurrogate(body[position]) ? position + 1 : position;
    }
}
