using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// Counts facet values (outlet, entities, speakers) over every matching document from the flat global ordinals of
/// <see cref="FacetOrdinals"/>: two array reads per value, one count array per field (pooled: large arrays would
/// otherwise land on the large-object heap on every search).
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private readonly FacetOrdinals ordinals;
    private readonly int[] outletCounts;
    private readonly int[] entityCounts;
    private readonly int[] speakerCounts;
    private int segment;

    public FacetCollector(FacetOrdinals ordinals)
    {
        this.ordinals = ordinals;
        outletCounts = Rent(ordinals.Outlets.ValueCount);
        entityCounts = Rent(ordinals.Entities.ValueCount);
        speakerCounts = Rent(ordinals.Speakers.ValueCount);
    }

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => segment = context.Ord;

    public void Collect(int doc)
    {
        Total++;
        Count(ordinals.Outlets, outletCounts, doc);
        Count(ordinals.Entities, entityCounts, doc);
        Count(ordinals.Speakers, speakerCounts, doc);
    }

    /// <summary>The n most frequent outlets, most frequent first (ties in value order).</summary>
    public List<KeyValuePair<string, int>> TopOutlets(int n) => Top(ordinals.Outlets, outletCounts, n);

    public List<KeyValuePair<string, int>> TopEntities(int n) => Top(ordinals.Entities, entityCounts, n);

    public List<KeyValuePair<string, int>> TopSpeakers(int n) => Top(ordinals.Speakers, speakerCounts, n);

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(outletCounts);
        ArrayPool<int>.Shared.Return(entityCounts);
        ArrayPool<int>.Shared.Return(speakerCounts);
    }

    private static int[] Rent(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>
    /// The n global ordinals with the highest counts, ties by ordinal (the values' byte order, which is ordinal
    /// string order for text without surrogate pairs).
    /// </summary>
    private static List<KeyValuePair<string, int>> Top(FacetOrdinals.FacetField field, int[] counts, int n)
    {
        var result = new List<KeyValuePair<string, int>>();
        if (n <= 0)
        {
            return result;
        }

        var queue = new PriorityQueue<int, (int Count, int Ord)>(n + 1, Comparer<(int Count, int Ord)>.Create(
            (a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        for (var ord = 0; ord < field.ValueCount; ord++)
        {
            if (counts[ord] > 0)
            {
                queue.Enqueue(ord, (counts[ord], ord));
                if (queue.Count > n)
                {
                    queue.Dequeue();
                }
            }
        }

        while (queue.Count > 0)
        {
            var ord = queue.Dequeue();
            result.Add(KeyValuePair.Create(field.Lookup(ord), counts[ord]));
        }

        result.Reverse();
        return result;
    }

    private void Count(FacetOrdinals.FacetField field, int[] counts, int doc)
    {
        var starts = field.Starts[segment];
        var ords = field.Ordinals[segment];
        for (var i = starts[doc]; i < starts[doc + 1]; i++)
        {
            counts[ords[i]]++;
        }
    }
}
