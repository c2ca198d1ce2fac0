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

    public WordLexicon(IReadOnlyList<string> words, IReadOnlyList<int> counts, IReadOnlyList<int[]> clusterPaths)
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
        for (var i = 0; i < words.Count; i++)
        {
            index.TryAdd(words[i], i);
            for (var l = 0; l < Levels; l++)
            {
                Paths[(i * Levels) + l] = l < clusterPaths[i].Length ? clusterPaths[i][l] : -1;
            }
        }

        lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An empty lexicon: the tagger then works from the labelled data and gazetteers alone.</summary>
    public static WordLexicon Empty { get; } = new([], [], []);

    public string[] Words { get; }

    public int[] Counts { get; }

    /// <summary>Cluster ids, <see cref="Levels"/> per word.</summary>
    public int[] Paths { get; }

    public int Count => Words.Length;

    /// <summary>The entry index of a normalised word, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> normalized) => lookup.TryGetValue(normalized, out var i) ? i : -1;

    public int CountOf(ReadOnlySpan<char> normalized) => IndexOf(normalized) is var i and >= 0 ? Counts[i] : 0;

    public int Cluster(int entry, int level) => entry < 0 ? -1 : Paths[(entry * Levels) + level];
}
