using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Marsad.Search;

/// <summary>
/// Global ordinals of the facet fields over all segments of one index reader: built once per reader (when the
/// searcher is opened or refreshed), so a search counts by segment ordinal into one global array and turns only the
/// top values into strings.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, FacetOrdinals> Cache = [];

    private FacetOrdinals(IndexReader reader)
    {
        var leaves = reader.Leaves;
        Leaves = leaves;
        Outlets = Map(leaves, SearchFields.OutletValues, r => r.GetSortedDocValues(SearchFields.OutletValues)?.GetTermsEnum());
        Entities = Map(leaves, SearchFields.EntityValues, r => r.GetSortedSetDocValues(SearchFields.EntityValues)?.GetTermsEnum());
        Speakers = Map(leaves, SearchFields.SpeakerValues, r => r.GetSortedSetDocValues(SearchFields.SpeakerValues)?.GetTermsEnum());
    }

    /// <summary>The reader's segments, in the order the maps number them.</summary>
    public IList<AtomicReaderContext> Leaves { get; }

    public MultiDocValues.OrdinalMap Outlets { get; }

    public MultiDocValues.OrdinalMap Entities { get; }

    public MultiDocValues.OrdinalMap Speakers { get; }

    /// <summary>The ordinals of a reader (built on first use, then cached for the reader's life).</summary>
    public static FacetOrdinals For(IndexReader reader) => Cache.GetValue(reader, r => new FacetOrdinals(r));

    private static MultiDocValues.OrdinalMap Map(IList<AtomicReaderContext> leaves, string field, Func<AtomicReader, TermsEnum?> terms)
    {
        var enums = new TermsEnum[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            enums[i] = terms(leaves[i].AtomicReader) ?? TermsEnum.EMPTY;
        }

        // The owner object only keys Lucene's own caches; a fresh one per field and reader is right here.
        return new MultiDocValues.OrdinalMap(new object(), enums);
    }
}
