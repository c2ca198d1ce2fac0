namespace Marsad.Entities;

/// <summary>Settings of the stacked <see cref="NeuralScorer"/> (see <see cref="NeuralStack"/>). The same settings,
/// vectors and data give the same network.</summary>
public sealed record NeuralOptions
{
    /// <summary>The frozen word vectors, one per lexicon entry (null: read from <see cref="VectorsPath"/> once the lexicon is known).</summary>
    public WordVectors? Vectors { get; init; }

    /// <summary>Raw vectors as <c>train-ner --embedding-cache</c> writes them, in the lexicon's order.</summary>
    public string? VectorsPath { get; init; }

    /// <summary>Hidden units (a multiple of 16).</summary>
    public int Hidden { get; init; } = 64;

    /// <summary>log2 of the hashed sparse feature table.</summary>
    public int SparseBits { get; init; } = 15;

    /// <summary>Optional inputs beyond session 8's (none by default).</summary>
    public NeuralInputSet Inputs { get; init; }

    /// <summary>Networks averaged (1 or 2: the second trained with another seed on the same data).</summary>
    public int Networks { get; init; } = 1;

    /// <summary>Units per direction of a bidirectional recurrent layer over the hidden units (a multiple of 16; 0: none,
    /// the window network alone).</summary>
    public int Recurrent { get; init; }

    /// <summary>Filters per width (2, 3 and 4 letters; a multiple of 16; 0: none) of a <see cref="CharEncoder"/> whose
    /// pooled vector joins each window position's input.</summary>
    public int CharFilters { get; init; }

    /// <summary>Probability of dropping each dimension of the character encoder's vector in a training pass.</summary>
    public double CharDropout { get; init; } = 0.5;

    /// <summary>Probability of dropping each of the recurrent layer's inputs in a training pass (0: none).</summary>
    public double RecurrentDropout { get; init; }

    public int Epochs { get; init; } = 6;

    public float LearningRate { get; init; } = 0.02f;

    /// <summary>Probability of hiding a token's own vector and stem in a training pass (so context and affixes learn too).</summary>
    public double WordDropout { get; init; } = 0.2;

    /// <summary>Blocks of the training sentences whose probabilities come from a network trained on the other blocks.</summary>
    public int Blocks { get; init; } = 5;

    public int Seed { get; init; } = 1;

    /// <summary>Whether the probabilities are perceptron features (stacking); either way their log, weighted as tuned on
    /// held-out data, can be added to the perceptron's scores.</summary>
    public bool Features { get; init; } = true;

    /// <summary>Mixed models: the held-out F1 (0–1) down to which the skip margin may go (the most tokens not scored by
    /// the network while the F1 stays at or above it); null: within 0.05 points of scoring every token.</summary>
    public double? SkipFloor { get; init; }
}
