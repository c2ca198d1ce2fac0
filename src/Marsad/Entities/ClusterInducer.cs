using System.Numerics;
using System.Runtime.InteropServices;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Learns word representations from unlabelled text, cheaply: counts of the words at ±1 and ±2 around each word (the
/// most frequent words as contexts, down-weighted by their frequency) are randomly projected to a few dozen dimensions,
/// normalised, and grouped by spherical k-means in a hierarchy (16, 256, 4096 clusters). Deterministic for a seed.
/// </summary>
public sealed class ClusterInducer
{
    private const int Boundary = -1;
    private static readonly int[] Offsets = [-2, -1, 1, 2];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string> words = [];
    private readonly List<int> counts = [];
    private readonly List<int> stream = [];

    public ClusterInducer()
    {
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public long Tokens { get; private set; }

    public int Documents { get; private set; }

    /// <summary>Adds one document's text.</summary>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> buffer = stackalloc char[NerWorkspace.MaxTokenChars];
        foreach (var t in ArabicTokenizer.Enumerate(text))
        {
            var token = text.AsSpan(t.Start, Math.Min(t.Length, NerWorkspace.MaxTokenChars));
            var n = ArabicForms.Normalize(token, buffer);
            var norm = buffer[..n];
            if (!lookup.TryGetValue(norm, out var id))
            {
                id = words.Count;
                var s = norm.ToString();
                ids[s] = id;
                words.Add(s);
                counts.Add(0);
            }

            counts[id]++;
            stream.Add(id);
            Tokens++;
            if (norm is "." or "!" or "?" or "؟")
            {
                stream.Add(Boundary);
            }
        }

        stream.Add(Boundary);
        Documents++;
    }

    /// <summary>Builds the lexicon: counts, the context-count clusters and, when <see cref="ClusterInductionOptions.Embeddings"/>
    /// is set, skip-gram embedding clusters and (given a gazetteer) the name likeness of each word.</summary>
    public WordLexicon Build(ClusterInductionOptions options, Action<string>? progress = null, NerGazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ranked = Enumerable.Range(0, words.Count)
            .Where(i => counts[i] >= options.MinCount)
            .OrderByDescending(i => counts[i]).ThenBy(i => words[i], StringComparer.Ordinal)
            .Take(options.MaxWords)
            .ToArray();
        var row = new int[words.Count];
        Array.Fill(row, -1);
        for (var r = 0; r < ranked.Length; r++)
        {
            row[ranked[r]] = r;
        }

        var d = options.Dimensions;
        var contexts = Math.Min(options.ContextWords, ranked.Length);
        var random = new Random(options.Seed);
        var projection = new float[Offsets.Length * contexts * d];
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = (float)Gaussian(random);
        }

        for (var side = 0; side < Offsets.Length; side++)
        {
            for (var c = 0; c < contexts; c++)
            {
                var weight = (float)(1.0 / Math.Sqrt(counts[ranked[c]]));
                foreach (ref var x in projection.AsSpan(((side * contexts) + c) * d, d))
                {
                    x *= weight;
                }
            }
        }

        progress?.Invoke($"clusters: {Documents} documents, {Tokens} tokens, {words.Count} distinct forms; clustering {ranked.Length} words over {contexts} context words");
        var vectors = new float[ranked.Length * d];
        var s = CollectionsMarshal.AsSpan(stream);
        for (var i = 0; i < s.Length; i++)
        {
            var id = s[i];
            if (id == Boundary || row[id] < 0)
            {
                continue;
            }

            var target = vectors.AsSpan(row[id] * d, d);
            for (var side = 0; side < Offsets.Length; side++)
            {
                var j = i + Offsets[side];
                if (j < 0 || j >= s.Length || s[j] == Boundary || (Offsets[side] == -2 && s[i - 1] == Boundary) || (Offsets[side] == 2 && s[i + 1] == Boundary))
                {
                    continue;
                }

                var c = row[s[j]];
                if (c >= 0 && c < contexts)
                {
                    Add(target, projection.AsSpan(((side * contexts) + c) * d, d));
                }
            }
        }

        NormaliseAndCentre(vectors, ranked.Length, d);
        var paths = HierarchicalKMeans(vectors, ranked.Length, d, WordLexicon.Levels, options.Branching, options.Iterations, options.Seed + 17, progress);
        var lexiconWords = ranked.Select(i => words[i]).ToArray();
        var lexiconCounts = ranked.Select(i => counts[i]).ToArray();
        if (options.Embeddings is not { } embedding)
        {
            return new WordLexicon(lexiconWords, lexiconCounts, paths);
        }

        // Skip-gram over the same stream, words outside the lexicon skipped (their ids map to -2, not a boundary).
        var rows = new int[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            rows[i] = s[i] == Boundary ? SkipGramTrainer.Boundary : row[s[i]] >= 0 ? row[s[i]] : -2;
        }

        var embeddings = EmbeddingCache.Load(embedding.CachePath, ranked.Length * embedding.Dimensions)
            ?? SkipGramTrainer.Train(rows, lexiconCounts, embedding, progress);
        EmbeddingCache.Save(embedding.CachePath, embeddings);

        // A hierarchy of 4-way splits; the levels of 64, 256, 1024 and 4096 clusters are kept.
        var levels = HierarchicalKMeans(embeddings, ranked.Length, embedding.Dimensions, 6, 4, options.Iterations, embedding.Seed + 29, progress);
        var semantic = levels.Select(p => p[2..]).ToArray();
        var likeness = gazetteer is null ? null : NameLikeness.Compute(lexiconWords, embeddings, embedding.Dimensions, gazetteer, embedding.Seed, progress);
        return new WordLexicon(lexiconWords, lexiconCounts, paths, semantic, likeness);
    }

    private static int[][] HierarchicalKMeans(float[] vectors, int n, int d, int levels, int branching, int iterations, int seed, Action<string>? progress)
    {
        var paths = new int[n][];
        for (var i = 0; i < n; i++)
        {
            paths[i] = new int[levels];
        }

        var groups = new List<int[]> { Enumerable.Range(0, n).ToArray() };
        var random = new Random(seed);
        for (var level = 0; level < levels; level++)
        {
            var next = new List<int[]>();
            for (var g = 0; g < groups.Count; g++)
            {
                var members = groups[g];
                var assignment = KMeans(vectors, d, members, branching, iterations, random);
                for (var k = 0; k < branching; k++)
                {
                    next.Add(members.Where((_, m) => assignment[m] == k).ToArray());
                }

                for (var m = 0; m < members.Length; m++)
                {
                    paths[members[m]][level] = (g * branching) + assignment[m];
                }
            }

            groups = next;
            progress?.Invoke($"clusters: level {level + 1} done ({groups.Count(x => x.Length > 0)} non-empty clusters)");
        }

        return paths;
    }

    /// <summary>Spherical k-means over the given rows (unit vectors); returns each member's cluster.</summary>
    private static int[] KMeans(float[] vectors, int d, int[] members, int k, int iterations, Random random)
    {
        var assignment = new int[members.Length];
        if (members.Length <= k)
        {
            for (var m = 0; m < members.Length; m++)
            {
                assignment[m] = m;
            }

            return assignment;
        }

        var centroids = new float[k * d];
        var picks = Enumerable.Range(0, members.Length).ToArray();
        random.Shuffle(picks);
        for (var c = 0; c < k; c++)
        {
            vectors.AsSpan(members[picks[c]] * d, d).CopyTo(centroids.AsSpan(c * d, d));
        }

        for (var it = 0; it < iterations; it++)
        {
            var changed = 0;
            for (var m = 0; m < members.Length; m++)
            {
                var v = vectors.AsSpan(members[m] * d, d);
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = SkipGramTrainer.Dot(v, centroids.AsSpan(c * d, d));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                if (assignment[m] != best || it == 0)
                {
                    changed++;
                }

                assignment[m] = best;
            }

            Array.Clear(centroids);
            for (var m = 0; m < members.Length; m++)
            {
                Add(centroids.AsSpan(assignment[m] * d, d), vectors.AsSpan(members[m] * d, d));
            }

            for (var c = 0; c < k; c++)
            {
                var centroid = centroids.AsSpan(c * d, d);
                var norm = MathF.Sqrt(SkipGramTrainer.Dot(centroid, centroid));
                if (norm == 0)
                {
                    // An empty cluster takes a random member so that k clusters stay in play.
                    vectors.AsSpan(members[random.Next(members.Length)] * d, d).CopyTo(centroid);
                    continue;
                }

                foreach (ref var x in centroid)
                {
                    x /= norm;
                }
            }

            if (changed == 0)
            {
                break;
            }
        }

        return assignment;
    }

    private static void NormaliseAndCentre(float[] vectors, int n, int d)
    {
        var mean = new float[d];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < n; i++)
            {
                var v = vectors.AsSpan(i * d, d);
                var norm = MathF.Sqrt(SkipGramTrainer.Dot(v, v));
                if (norm > 0)
                {
                    foreach (ref var x in v)
                    {
                        x /= norm;
                    }
                }
            }

            if (pass == 1 || n == 0)
            {
                break;
            }

            Array.Clear(mean);
            for (var i = 0; i < n; i++)
            {
                Add(mean, vectors.AsSpan(i * d, d));
            }

            for (var i = 0; i < n; i++)
            {
                var v = vectors.AsSpan(i * d, d);
                for (var j = 0; j < d; j++)
                {
                    v[j] -= mean[j] / n;
                }
            }
        }
    }

    private static void Add(Span<float> target, ReadOnlySpan<float> source)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var tv = MemoryMarshal.Cast<float, Vector<float>>(target);
            var sv = MemoryMarshal.Cast<float, Vector<float>>(source);
            for (var j = 0; j < tv.Length; j++)
            {
                tv[j] += sv[j];
            }

            i = tv.Length * Vector<float>.Count;
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
