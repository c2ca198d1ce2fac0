namespace Marsad.Entities;

/// <summary>Settings of the skip-gram word embeddings learned from the unlabelled corpus (see <see cref="SkipGramTrainer"/>).</summary>
public sealed record EmbeddingOptions
{
    /// <summary>Dimensions of a word vector (a multiple of 16 keeps the vector loops whole).</summary>
    public int Dimensions { get; init; } = 64;

    /// <summary>Largest distance of a context word; each pair draws its reach in 1..Window.</summary>
    public int Window { get; init; } = 2;

    public int Negatives { get; init; } = 5;

    public int Epochs { get; init; } = 3;

    public double LearningRate { get; init; } = 0.025;

    /// <summary>Frequency above which words are randomly dropped from the stream.</summary>
    public double Subsample { get; init; } = 1e-4;

    public int NoiseTableSize { get; init; } = 10_000_000;

    public int Seed { get; init; } = 1;

    /// <summary>For experiments: a file to read the vectors from when it exists (same corpus and options), else to write them to.</summary>
    public string? CachePath { get; init; }
}
