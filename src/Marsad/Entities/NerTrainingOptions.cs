namespace Marsad.Entities;

/// <summary>Settings of a perceptron training run. The same settings and data give the same model bytes.</summary>
public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 20;

    public int Seed { get; init; } = 1;

    /// <summary>log2 of the hashed feature table size.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>Probability of hiding a token's own word-identity features during a training pass, so that the model
    /// also learns the evidence that carries over to unseen words (affixes, clusters, gazetteers, context).</summary>
    public double WordDropout { get; init; } = 0.3;
}
