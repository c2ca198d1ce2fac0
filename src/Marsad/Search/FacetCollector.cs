using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// Counts facet values (outlet, entities, speakers) over every matching document, by ordinal per segment, turning
/// ordinals into strings once per segment rather than once per document.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> speakers = new(StringComparer.Ordinal);
    private SortedDocValues? outletValues;
    private SortedSetDocValues? entityValues;
    private SortedSetDocValues? speakerValues;
    private int[] outletCounts = [];
    private int[] entityCounts = [];
    private int[] speakerCounts = [];

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, int> Outlets => outlets;

    public IReadOnlyDictionary<string, int> Entities => entities;

    public IReadOnlyDictionary<string, int> Speakers => speakers;

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
        outletValues = reader.GetSortedDocValues(SearchFields.OutletValues);
        entityValues = reader.GetSortedSetDocValues(SearchFields.EntityValues);
        speakerValues = reader.GetSortedSetDocValues(SearchFields.SpeakerValues);
        outletCounts = new int[outletValues?.ValueCount ?? 0];
        entityCounts = new int[entityValues?.ValueCount ?? 0];
        speakerCounts = new int[speakerValues?.ValueCount ?? 0];
    }

    /// <summary>Adds the last segment's counts; call once after the search.</summary>
    public void Finish() => Flush();

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

    private void Flush()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < outletCounts.Length; i++)
        {
            if (outletCounts[i] > 0)
            {
                outletValues!.LookupOrd(i, scratch);
                Add(outlets, scratch.Utf8ToString(), outletCounts[i]);
            }
        }

        FlushSet(entityValues, entityCounts, entities, scratch);
        FlushSet(speakerValues, speakerCounts, speakers, scratch);
        outletCounts = [];
        entityCounts = [];
        speakerCounts = [];
    }

    private static void FlushSet(SortedSetDocValues? values, int[] counts, Dictionary<string, int> target, BytesRef scratch)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                values!.LookupOrd(i, scratch);
                Add(target, scratch.Utf8ToString(), counts[i]);
            }
        }
    }

    private static void Add(Dictionary<string, int> target, string key, int count) =>
        target[key] = target.GetValueOrDefault(key) + count;
}
