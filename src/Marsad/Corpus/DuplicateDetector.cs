namespace Marsad.Corpus;

/// <summary>
/// Finds the earlier copy of a body: exact (same normalised-body hash) or near (MinHash over word 3-shingles with
/// LSH banding, estimated Jaccard ≥ <see cref="NearThreshold"/>). Holds canonical articles only.
/// </summary>
public sealed class DuplicateDetector
{
    /// <summary>Estimated shingle Jaccard at or above which two bodies are near duplicates.</summary>
    public const double NearThreshold = 0.8;

    private readonly Dictionary<string, Original> byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<int>> buckets = [];
    private readonly List<Original> originals = [];

    /// <summary>Canonical articles held.</summary>
    public int Count => originals.Count;

    /// <summary>The earlier article this body duplicates, or null.</summary>
    public Original? Find(string bodyHash, uint[] signature)
    {
        if (byHash.TryGetValue(bodyHash, out var exact))
        {
            return exact;
        }

        Original? best = null;
        var bestSimilarity = NearThreshold;
        var seen = new HashSet<int>();
        for (var band = 0; band < MinHash.Bands; band++)
        {
            if (!buckets.TryGetValue(MinHash.BandKey(signature, band), out var list))
            {
                continue;
            }

            foreach (var i in list)
            {
                if (!seen.Add(i))
                {
                    continue;
                }

                var similarity = MinHash.Similarity(signature, originals[i].Signature);
                if (similarity >= bestSimilarity && (best is null || similarity > bestSimilarity))
                {
                    best = originals[i];
                    bestSimilarity = similarity;
                }
            }
        }

        return best;
    }

    /// <summary>Adds a canonical article.</summary>
    public void Add(string id, string bodyHash, uint[] signature, long storyId)
    {
        var original = new Original(id, storyId, signature);
        byHash.TryAdd(bodyHash, original);
        if (signature.All(v => v == uint.MaxValue))
        {
            return; // An empty body: exact matching only.
        }

        originals.Add(original);
        for (var band = 0; band < MinHash.Bands; band++)
        {
            var key = MinHash.BandKey(signature, band);
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = [];
            }

            list.Add(originals.Count - 1);
        }
    }

    /// <summary>A canonical article: its id, story and signature.</summary>
    public sealed record Original(string Id, long StoryId, uint[] Signature);
}
