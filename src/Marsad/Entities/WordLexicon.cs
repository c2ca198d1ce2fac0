namespace Marsad.Entities;

/// <summary>
/// What the unlabelled corpus says about a word (in normalised form): how often it occurs and the path of its
/// distributional cluster in a hierarchy (coarse → fine). Words absent from the lexicon get cluster -1 and count 0.
/// </summary>
public sealed class WordLexicon
{
    /// <summary>Number of levels in the cluster hierarchy.</summary>
    public const int Levels = 3;

    private readonly Dictionary<string, int> index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Entries by the <see cref="FeatureHash.Chars"/> hash of the word, which the tagger has already computed:
    /// a lookup then costs no string hashing (the word is still compared, so a hash collision cannot mislead).</summary>
    private readonly Dictionary<ulong, int> byHash;

    /// <summary>Levels of the embedding clusters (<see cref="SemanticLevelSizes"/>).</summary>
    public const int SemanticLevels = 4;

    /// <summary>Number of clusters at each embedding level (k-means over skip-gram vectors, a hierarchy of 4-way splits).</summary>
    public static readonly int[] SemanticLevelSizes = [64, 256, 1024, 4096];

    public WordLexicon(IReadOnlyList<string> words, IReadOnlyList<int> counts, IReadOnlyList<int[]> clusterPaths, IReadOnlyList<int[]>? semanticPaths = null, byte[]? likeness = null, byte[]? profile = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(clusterPaths);
        if (words.Count != counts.Count || words.Count != clusterPaths.Count)
        {
            throw new ArgumentException("words, counts and cluster paths must have the same length");
        }

        Words = [.. words];
        Counts = [.. counts];
        Paths = new int[words.Count * Levels];
        index = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        byHash = new Dictionary<ulong, int>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (index.TryAdd(words[i], i))
            {
                byHash.TryAdd(FeatureHash.Chars(words[i]), i);
            }

            for (var l = 0; l < Levels; l++)
            {
                Paths[(i * Levels) + l] = l < clusterPaths[i].Length ? clusterPaths[i][l] : -1;
            }
        }

        lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        if (semanticPaths is not null)
        {
            if (semanticPaths.Count != words.Count)
            {
                throw new ArgumentException("semantic paths must have one entry per word", nameof(semanticPaths));
            }

            SemanticPaths = new int[words.Count * SemanticLevels];
            for (var i = 0; i < words.Count; i++)
            {
                for (var l = 0; l < SemanticLevels; l++)
                {
                    SemanticPaths[(i * SemanticLevels) + l] = l < semanticPaths[i].Length ? semanticPaths[i][l] : -1;
                }
            }
        }

        if (likeness is not null && likeness.Length != words.Count)
        {
            throw new ArgumentException("likeness must have one entry per word", nameof(likeness));
        }

        Likeness = likeness;
        if (profile is not null && profile.Length != words.Count)
        {
            throw new ArgumentException("profile must have one entry per word", nameof(profile));
        }

        Profile = profile;
    }

    /// <summary>An empty lexicon: the tagger then works from the labelled data and gazetteers alone.</summary>
    public static WordLexicon Empty { get; } = new([], [], []);

    public string[] Words { get; }

    public int[] Counts { get; }

    /// <summary>Cluster ids, <see cref="Levels"/> per word.</summary>
    public int[] Paths { get; }

    /// <summary>Embedding cluster ids, <see cref="SemanticLevels"/> per word, or null when the lexicon has none.</summary>
    public int[]? SemanticPaths { get; }

    /// <summary>Per word, what its nearest neighbours in the embedding space are (<see cref="NameLikeness"/>), or null.</summary>
    public byte[]? Likeness { get; }

    /// <summary>Per word, how a context-only tagger labels its occurrences in the unlabelled corpus
    /// (<see cref="CorpusProfile"/>), or null.</summary>
    public byte[]? Profile { get; }

    public int Count => Words.Length;

    /// <summary>The same lexicon with <paramref name="profile"/> (one byte per word, or null for none) as its corpus profile.</summary>
    public WordLexicon WithProfile(byte[]? profile)
    {
        var paths = Enumerable.Range(0, Count).Select(i => Paths.AsSpan(i * Levels, Levels).ToArray()).ToList();
        var semanticPaths = SemanticPaths is null ? null : Enumerable.Range(0, Count).Select(i => SemanticPaths.AsSpan(i * SemanticLevels, SemanticLevels).ToArray()).ToList();
        return new WordLexicon(Words, Counts, paths, semanticPaths, Likeness, profile);
    }

    /// <summary>The same lexicon without its embedding clusters and/or name likeness (for ablation runs).</summary>
    public WordLexicon Without(bool semantic, bool likeness)
    {
        var paths = Enumerable.Range(0, Count).Select(i => Paths.AsSpan(i * Levels, Levels).ToArray()).ToList();
        var semanticPaths = semantic || SemanticPaths is null ? null : Enumerable.Range(0, Count).Select(i => SemanticPaths.AsSpan(i * SemanticLevels, SemanticLevels).ToArray()).ToList();
        return new WordLexicon(Words, Counts, paths, semanticPaths, likeness ? null : Likeness, Profile);
    }

    /// <summary>The entry index of a normalised word, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> normalized) => lookup.TryGetValue(normalized, out var i) ? i : -1;

    /// <summary>The entry index of a normalised word whose <see cref="FeatureHash.Chars"/> hash is <paramref name="hash"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> normalized, ulong hash)
    {
        // Every distinct word's hash is a key, so an absent hash means an absent word; a present one may (vanishingly
        // rarely) belong to another word, and then the exact lookup decides.
        if (!byHash.TryGetValue(hash, out var i))
        {
            return -1;
        }

        return normalized.SequenceEqual(Words[i]) ? i : IndexOf(normalized);
    }

    public int CountOf(ReadOnlySpan<char> normalized) => IndexOf(normalized) is var i and >= 0 ? Counts[i] : 0;

    public int Cluster(int entry, int level) => entry < 0 ? -1 : Paths[(entry * Levels) + level];

    /// <summary>The embedding cluster of an entry at <paramref name="level"/>, or -1 (unknown word or no embeddings).</summary>
    public int Semantic(int entry, int level) => entry < 0 || SemanticPaths is null ? -1 : SemanticPaths[(entry * SemanticLevels) + level];

    /// <summary>The name-likeness code of an entry (0 = like no name type), see <see cref="NameLikeness"/>.</summary>
    public int Like(int entry) => entry < 0 || Likeness is null ? 0 : Likeness[entry];

    /// <summary>The corpus-profile code of an entry (0 = no profile: unknown, rare or never a name).</summary>
    public int ProfileOf(int entry) => entry < 0 || Profile is null ? 0 : Profile[entry];
}
