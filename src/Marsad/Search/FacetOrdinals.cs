using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// The facet values of every document of one index reader as global ordinals in flat arrays, built once per reader
/// (when the searcher is opened or refreshed). A search then counts with plain array reads into one array per
/// field, and turns only the top values into strings; no doc-values decoding and no per-segment tables per search.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, FacetOrdinals> Cache = [];

    private FacetOrdinals(IndexReader reader)
    {
        Leaves = reader.Leaves;
        Outlets = new FacetField(Leaves, SearchFields.OutletValues, sorted: true);
        Entities = new FacetField(Leaves, SearchFields.EntityValues, sorted: false);
        Speakers = new FacetField(Leaves, SearchFields.SpeakerValues, sorted: false);
    }

    /// <summary>The reader's segments, in the order the fields number them.</summary>
    public IList<AtomicReaderContext> Leaves { get; }

    public FacetField Outlets { get; }

    public FacetField Entities { get; }

    public FacetField Speakers { get; }

    /// <summary>The ordinals of a reader (built on first use, then cached for the reader's life).</summary>
    public static FacetOrdinals For(IndexReader reader) => Cache.GetValue(reader, r => new FacetOrdinals(r));

    /// <summary>One facet field: per segment, each document's global ordinals (CSR layout: starts and ordinals).</summary>
    internal sealed class FacetField
    {
        private readonly MultiDocValues.OrdinalMap map;
        private readonly IList<AtomicReaderContext> leaves;
        private readonly string field;
        private readonly bool sorted;

        public FacetField(IList<AtomicReaderContext> leaves, string field, bool sorted)
        {
            this.leaves = leaves;
            this.field = field;
            this.sorted = sorted;
            var enums = new TermsEnum[leaves.Count];
            for (var i = 0; i < leaves.Count; i++)
            {
                var reader = leaves[i].AtomicReader;
                enums[i] = (sorted ? reader.GetSortedDocValues(field)?.GetTermsEnum() : reader.GetSortedSetDocValues(field)?.GetTermsEnum()) ?? TermsEnum.EMPTY;
            }

            // The owner object only keys Lucene's own caches; a fresh one per field and reader is right here.
            map = new MultiDocValues.OrdinalMap(new object(), enums);
            ValueCount = (int)map.ValueCount;
            Starts = new int[leaves.Count][];
            Ordinals = new int[leaves.Count][];
            for (var i = 0; i < leaves.Count; i++)
            {
                (Starts[i], Ordinals[i]) = Flatten(leaves[i].AtomicReader, i);
            }
        }

        public int ValueCount { get; }

        /// <summary>Per segment: where each document's ordinals start in <see cref="Ordinals"/> (MaxDoc + 1 entries).</summary>
        public int[][] Starts { get; }

        /// <summary>Per segment: the global ordinals of all documents, document after document.</summary>
        public int[][] Ordinals { get; }

        /// <summary>The value of a global ordinal, read from the first segment that holds it.</summary>
        public string Lookup(int globalOrd)
        {
            var segment = map.GetFirstSegmentNumber(globalOrd);
            var ord = map.GetFirstSegmentOrd(globalOrd);
            var reader = leaves[segment].AtomicReader;
            var scratch = new BytesRef();
            if (sorted)
            {
                reader.GetSortedDocValues(field).LookupOrd((int)ord, scratch);
            }
            else
            {
                reader.GetSortedSetDocValues(field).LookupOrd(ord, scratch);
            }

            return scratch.Utf8ToString();
        }

        private (int[] Starts, int[] Ordinals) Flatten(AtomicReader reader, int segment)
        {
            var starts = new int[reader.MaxDoc + 1];
            var ordinals = new List<int>();
            if (sorted)
            {
                var values = reader.GetSortedDocValues(field);
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    starts[doc] = ordinals.Count;
                    var ord = values?.GetOrd(doc) ?? -1;
                    if (ord >= 0)
                    {
                        ordinals.Add((int)map.GetGlobalOrd(segment, ord));
                    }
                }
            }
            else
            {
                var values = reader.GetSortedSetDocValues(field);
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    starts[doc] = ordinals.Count;
                    if (values is null)
                    {
                        continue;
                    }

                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        ordinals.Add((int)map.GetGlobalOrd(segment, ord));
                    }
                }
            }

            starts[reader.MaxDoc] = ordinals.Count;
            return (starts, [.. ordinals]);
        }
    }
}
