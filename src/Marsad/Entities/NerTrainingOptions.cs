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

    /// <summary>Whether to train a two-pass model: a second perceptron that also reads the first pass's tags of the
    /// sentence and of the same words elsewhere in the document (jack-knifed over the training data).</summary>
    public bool TwoPass { get; init; }

    /// <summary>Cost of a wrong tag added in training's decoding (0 = the plain perceptron).</summary>
    public float Margin { get; init; } = 2f;

    /// <summary>Models trained with consecutive seeds and averaged into one (1 = a single model).</summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>Blocks of the training data whose first-pass tags come from a model trained on the other blocks.</summary>
    public int JackknifeFolds { get; init; } = 5;

    /// <summary>Skip-gram embeddings learned with the lexicon from the unlabelled corpus (null: context-count clusters only).</summary>
    public EmbeddingOptions? Embeddings { get; init; }

    /// <summary>Unlabelled sentences tagged alike by two models of different seeds added to the training data (0 = none).</summary>
    public int SelfTrainSentences { get; init; }

    /// <summary>Teachers of the self-training sentences: 0 for two perceptrons of different seeds; from 2, that many
    /// full models (the run's network mixed in, every other one with the wide window), all of which must agree.</summary>
    public int Teachers { get; init; }

    /// <summary>Which learner the self-training sentences train besides the labelled ones.</summary>
    public SilverUse SilverUse { get; init; } = SilverUse.Both;

    /// <summary>Whether agreed self-training sentences without a name are kept too (so the added data does not tilt the
    /// tagger towards names).</summary>
    public bool SilverWithoutNames { get; init; }

    /// <summary>Unlabelled articles tagged by a context-only model to give each lexicon word its
    /// <see cref="CorpusProfile"/> (0 = no profile).</summary>
    public int ProfileArticles { get; init; }

    /// <summary>Perceptron passes of the context-only model behind the corpus profile.</summary>
    public int ProfileEpochs { get; init; } = 10;

    /// <summary>Which words keep a corpus profile (null: every word seen <see cref="CorpusProfile.MinOccurrences"/>
    /// times, as before): a minimum count, a minimum share of name tags, common words withheld.</summary>
    public ProfileFilter? ProfileFilter { get; init; }

    /// <summary>A stacked <see cref="NeuralScorer"/> whose (jack-knifed) tag probabilities are features (null: none).</summary>
    public NeuralOptions? Neural { get; init; }

    /// <summary>The O bias the model is stored with, instead of the one the held-out grid picks (null: tuned). For a
    /// mix point chosen on the pipeline's development articles, where the held-out F1 is not the whole story.</summary>
    public float? OutsideBias { get; init; }

    /// <summary>The network weight the model is stored with, instead of the grid's pick (null: tuned; only for models
    /// whose network is mixed in).</summary>
    public float? NeuralWeight { get; init; }
}

/// <summary>Which part of the model learns from self-training sentences.</summary>
public enum SilverUse
{
    /// <summary>The perceptron and the network.</summary>
    Both,

    /// <summary>The network only (the perceptron learns from the labelled sentences alone).</summary>
    Network,

    /// <summary>The perceptron only.</summary>
    Perceptron,
}
