using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// The query parser with the automaton-building syntax made safe for untrusted text. Lucene 4.8 determinizes a
/// wildcard or regular expression when the query is built, with no bound on the states: «ب*ا» followed by 24 '?' or
/// /[ab]{1,1000}{1,1000}/ held a request thread for minutes and grew the server by gigabytes. Regular expressions are
/// not part of Marsad's query syntax, so the text between slashes is searched as plain words (a date such as
/// 2018/03/04 still finds its digits); a word may hold a few wildcards, enough for «اقتصا*» or «م?سكو».
/// </summary>
internal sealed class GuardedQueryParser(string[] fields, Analyzer analyzer, IDictionary<string, float> boosts)
    : MultiFieldQueryParser(SearchAnalyzers.Version, fields, analyzer, boosts)
{
    /// <summary>Most wildcards ('*', '?') in one word: a '*' followed by n '?' multiplies the states by 2^n.</summary>
    public const int MaxWildcards = 4;

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        var wildcards = 0;
        foreach (var c in termStr)
        {
            if (c is '*' or '?')
            {
                wildcards++;
            }
        }

        return wildcards > MaxWildcards
            ? throw new ParseException($"a word holds {wildcards} wildcards (* or ?); at most {MaxWildcards} are allowed")
            : base.GetWildcardQuery(field, termStr);
    }

    protected override Query GetRegexpQuery(string field, string termStr) => GetFieldQuery(field, termStr, quoted: false);
}
