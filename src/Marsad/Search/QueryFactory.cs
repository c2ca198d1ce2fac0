using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Marsad.Corpus;

namespace Marsad.Search;

/// <summary>
/// Builds the Lucene query for a <see cref="SearchQuery"/>: the text over headline (boosted) and body with the
/// Arabic analyzer, AND by default, plus exact filters. Syntax errors become <see cref="QuerySyntaxException"/>.
/// </summary>
internal static class QueryFactory
{
    /// <summary>Longest query text accepted.</summary>
    public const int MaxLength = 1000;

    private static readonly Dictionary<string, float> Boosts = new() { [SearchFields.Headline] = 2f, [SearchFields.Body] = 1f };

    /// <summary>The text query alone (null for an empty text), and whether it fell back to plain terms.</summary>
    public static (Query? Query, bool Fallback) ParseText(string text, Analyzer analyzer, bool lenient)
    {
        if (text.Length > MaxLength)
        {
            throw new QuerySyntaxException($"the query is {text.Length} characters long; the limit is {MaxLength}");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, false);
        }

        try
        {
            return (Parse(text, analyzer), false);
        }
        catch (Exception ex) when (ex is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
        {
            if (!lenient)
            {
                throw new QuerySyntaxException($"the query cannot be parsed: {FirstLine(ex.Message)}. Balance quotes and parentheses, or escape operators with '\\'.", ex);
            }
        }

        // Fallback: every character that means something to the parser is escaped and the words are searched as terms.
        var plain = QueryParserBase.Escape(text);
        try
        {
            return (Parse(plain, analyzer), true);
        }
        catch (Exception ex) when (ex is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
        {
            throw new QuerySyntaxException($"the query cannot be searched: {FirstLine(ex.Message)}", ex);
        }
    }

    /// <summary>The whole query: text (or all documents) and filters.</summary>
    public static Query Combine(Query? text, IReadOnlyList<Query> filters)
    {
        if (filters.Count == 0)
        {
            return text ?? new MatchAllDocsQuery();
        }

        var query = new BooleanQuery { { text ?? new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var filter in filters)
        {
            query.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        }

        return query;
    }

    public static Query Term(string field, string value) => new TermQuery(new Term(field, value));

    public static Query? DayRange(DateOnly? from, DateOnly? to) =>
        from is null && to is null
            ? null
            : NumericRangeQuery.NewInt32Range(
                SearchFields.Day,
                from is { } f ? ArticleDocument.DayNumber(f) : null,
                to is { } t ? ArticleDocument.DayNumber(t) : null,
                true,
                true);

    private static Query Parse(string text, Analyzer analyzer)
    {
        var parser = new GuardedQueryParser([SearchFields.Headline, SearchFields.Body], analyzer, Boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        return parser.Parse(text);
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 200 ? line[..200] : line;
    }
}
