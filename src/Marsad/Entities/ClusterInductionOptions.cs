namespace Marsad.Entities;

/// <summary>Settings of the distributional word clustering over unlabelled text.</summary>
public sealed record ClusterInductionOptions
{
    /// <summary>Words seen fewer times are not clustered (they are left out of the lexicon).</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>At most this many words (the most frequent) are kept.</summary>
    public int MaxWords { get; init; } = 120_000;

    /// <summary>The most frequent words serve as context features.</summary>
    public int ContextWords { get; init; } = 4000;

    /// <summary>Dimensions of the random projection of context counts.</summary>
    public int Dimensions { get; init; } = 96;

    /// <summary>Branching factor at each level of the hierarchical k-means (16 → 16/256/4096 clusters).</summary>
    public int Branching { get; init; } = 16;

    public int Iterations { get; init; } = 12;

    public int Seed { get; init; } = 1;

    /// <summary>Skip-gram embeddings to learn as well (their clusters and name likeness join the lexicon), or null.</summary>
    public EmbeddingOptions? Embeddings { get; init; }
}
