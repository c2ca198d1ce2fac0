using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Marsad.Knowledge;
using Marsad.Search;

namespace Marsad.Corpus;

/// <summary>
/// Outlet-style words left out of story vectors (Resources/corpus/story-stopwords.txt), in the analysed form the
/// given analyzer gives them, computed once per analyzer.
/// </summary>
internal static class StoryStopWords
{
    private static readonly ConditionalWeakTable<Analyzer, HashSet<string>> ByAnalyzer = [];

    public static HashSet<string> For(Analyzer analyzer) => ByAnalyzer.GetValue(analyzer, Load);

    private static HashSet<string> Load(Analyzer analyzer)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ResourceFiles.Default.ReadLines("corpus/story-stopwords.txt"))
        {
            foreach (var field in new[] { SearchFields.Headline, SearchFields.Body })
            {
                words.UnionWith(SearchAnalyzers.Terms(analyzer, line.Trim(), field));
            }
        }

        return words;
    }
}
