using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// Counts facet values (outlet, entities, speakers) over every matching document. Counts by segment ordinal, adds
/// them into one array of global ordinals (<see cref="FacetOrdinals"/>) when a segment is done, and turns only the
/// top values into strings: the cost no longer grows with the number of distinct values times segments.
/// </summary>
internal sealed class FacetCollector(FacetOrdinals ordinals) : ICollector
{
    private readonly long[] outletTotals = new long[ordinals.Outlets.ValueCount];
    private readonly long[] entityTotals = new long[ordinals.Entities.ValueCount];
    private readonly long[] speakerTotals = new long[ordinals.Speakers.ValueCount];
    private SortedDocValues? outletValues;
    private SortedSetDocValues? entityValues;
    private SortedSetDocValues? speakerValues;
    private int segment = -1;
    private int[] outletCounts = [];
    private int[] entityCounts = [];
    private int[] speakerCounts = [];

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc)
    {
        Total++;
        if (outletValues is not null)
        {
            var ord = outletValues.GetOrd(doc);
            if (ord >= 0)
            {
                outletCounts[ord]++;
            }
        }

        CountSet(entityValues, entityCounts, doc);
        CountSet(speakerValues, speakerCounts, doc);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        segment = context.Ord;
        outletValues = reader.GetSortedDocValues(SearchFields.OutletValues);
        entityValues = reader.GetSortedSetDocValues(SearchFields.EntityValues);
        speakerValues = reader.GetSortedSetDocValues(SearchFields.SpeakerValues);
        outletCounts = new int[outletValues?.ValueCount ?? 0];
        entityCounts = new int[entityValues?.ValueCount ?? 0];
        speakerCounts = new int[speakerValues?.ValueCount ?? 0];
    }

    /// <summary>Adds the last segment's counts; call once after the search.</summary>
    public void Finish() => Flush();

    /// <summary>The n most frequent outlets, most frequent first (ties in value order).</summary>
    public List<KeyValuePair<string, int>> TopOutlets(int n) =>
        Top(outletTotals, ordinals.Outlets, n, (reader, ord, scratch) => reader.GetSortedDocValues(SearchFields.OutletValues).LookupOrd((int)ord, scratch));

    public List<KeyValuePair<string, int>> TopEntities(int n) =>
        Top(entityTotals, ordinals.Entities, n, (reader, ord, scratch) => reader.GetSortedSetDocValues(SearchFields.EntityValues).LookupOrd(ord, scratch));

    public List<KeyValuePair<string, int>> TopSpeakers(int n) =>
        Top(speakerTotals, ordinals.Speakers, n, (reader, ord, scratch) => reader.GetSortedSetDocValues(SearchFields.SpeakerValues).LookupOrd(ord, scratch));

    private static void CountSet(SortedSetDocValues? values, int[] counts, int doc)
    {
        if (values is null)
        {
            return;
        }

        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            counts[ord]++;
        }
    }

    private static void AddToGlobal(int[] counts, long[] totals, MultiDocValues.OrdinalMap map, int segment)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                totals[map.GetGlobalOrd(segment, ord)] += counts[ord];
            }
        }
    }

    private void Flush()
    {
        if (segment >= 0)
        {
            AddToGlobal(outletCounts, outletTotals, ordinals.Outlets, segment);
            AddToGlobal(entityCounts, entityTotals, ordinals.Entities, segment);
            AddToGlobal(speakerCounts, speakerTotals, ordinals.Speakers, segment);
        }

        outletCounts = [];
        entityCounts = [];
        speakerCounts = [];
    }

    /// <summary>
    /// The n global ordinals with the highest counts (ties by ordinal, which is the values' byte order), looked up in
    /// the first segment that holds each.
    /// </summary>
    private List<KeyValuePair<string, int>> Top(long[] totals, MultiDocValues.OrdinalMap map, int n, Action<AtomicReader, long, BytesRef> lookup)
    {
        var best = new List<(long Count, long Ord)>();
        if (n > 0)
        {
            var queue = new PriorityQueue<(long Count, long Ord), (long Count, long Ord)>(n + 1, Comparer<(long Count, long Ord)>.Create(
                (a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
            for (var ord = 0L; ord < totals.Length; ord++)
            {
                if (totals[ord] > 0)
                {
                    queue.Enqueue((totals[ord], ord), (totals[ord], ord));
                    if (queue.Count > n)
                    {
                        queue.Dequeue();
                    }
                }
            }

            while (queue.Count > 0)
            {
                best.Add(queue.Dequeue());
            }

            best.Reverse();
        }

        var result = new List<KeyValuePair<string, int>>(best.Count);
        var scratch = new BytesRef();
        foreach (var (count, ord) in best)
        {
            var reader = ordinals.Leaves[map.GetFirstSegmentNumber(ord)].AtomicReader;
            lookup(reader, map.GetFirstSegmentOrd(ord), scratch);
            result.Add(KeyValuePair.Create(scratch.Utf8ToString(), (int)count));
        }

        return result;
    }
}
