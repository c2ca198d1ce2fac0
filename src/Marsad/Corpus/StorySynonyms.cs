using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Marsad.Knowledge;
using Marsad.Search;

namespace Marsad.Corpus;

/// <summary>
/// Words outlets use interchangeably in reports of one event (Resources/corpus/story-synonyms.tsv), as analysed term →
/// analysed canonical term for the given analyzer, computed once per analyzer. Story vectors count a variant as its
/// canonical word; the search index is not affected.
/// </summary>
internal static class StorySynonyms
{
    private static readonly ConditionalWeakTable<Analyzer, Dictionary<string, string>> ByAnalyzer = [];

    public static Dictionary<string, string> For(Analyzer analyzer) => ByAnalyzer.GetValue(analyzer, Load);

    private static Dictionary<string, string> Load(Analyzer analyzer)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.Default.ReadTsv("corpus/story-synonyms.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }

            foreach (var field in new[] { SearchFields.Headline, SearchFields.Body })
            {
                var variant = SearchAnalyzers.Terms(analyzer, row[0].Trim(), field);
                var canonical = SearchAnalyzers.Terms(analyzer, row[1].Trim(), field);
                // One analysed word each side; a variant that analyses to its canonical word needs no entry.
                if (variant.Count == 1 && canonical.Count == 1 && !string.Equals(variant[0], canonical[0], StringComparison.Ordinal))
                {
                    map.TryAdd(variant[0], canonical[0]);
                }
            }
        }

        return map;
    }
}
