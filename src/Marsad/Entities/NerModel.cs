using System.IO.Compression;
using System.Text;

namespace Marsad.Entities;

/// <summary>
/// A trained tagger's parameters: quantised emission weights (hashed features × tags), transition scores, and the
/// word lexicon learned from the unlabelled corpus. Stored as one compact binary file (header, then a deflated body).
/// Immutable once built; safe to share between threads.
/// </summary>
public sealed class NerModel
{
    private const uint Magic = 0x52454E4D; // "MNER"

    /// <summary>The first four bytes of a model file (little-endian).</summary>
    internal const uint MagicNumber = Magic;
    private const int Version = 5;

    /// <summary>Version 4: embedding clusters and name likeness, no corpus profile.</summary>
    private const int SemanticVersion = 4;

    /// <summary>Version 2 files (one-pass models), 3 (no embedding clusters) and 4 (no corpus profile) are still read.</summary>
    private const int OnePassVersion = 2;

    /// <summary>Version 6: a stacked <see cref="NeuralScorer"/> (and its word vectors) follows the first stage; the
    /// corpus profile gets a presence flag. Models without a network are written as before.</summary>
    private const int NeuralVersion = 6;

    /// <summary>Version 7: version 6 and the <see cref="NeuralSkipMargin"/> (written only when it is not 0, so models
    /// that never skip the network stay version 6 byte for byte).</summary>
    private const int SkipVersion = 7;

    /// <summary>Version 8: version 7 (the skip margin always written), the network's <see cref="NeuralInputSet"/> and its
    /// <see cref="NeuralScorer.Partner"/> (written only when the network reads optional inputs or has a partner, so
    /// earlier models keep their bytes).</summary>
    private const int InputsVersion = 8;

    /// <summary>Version 9: version 8 and each network's <see cref="NeuralScorer.Recurrent"/> layer (written only when
    /// the network has one, so earlier models keep their bytes).</summary>
    private const int RecurrentVersion = 9;

    /// <summary>Version 10: version 9 and each network's <see cref="NeuralScorer.Chars"/> encoder (written only when the
    /// network has one, so earlier models keep their bytes).</summary>
    private const int CharsVersion = 10;

    public NerModel(int hashBits, short[] weights, float scale, float[] transitions, WordLexicon lexicon, string description)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        if (weights.Length != (1 << hashBits) * NerTags.Count)
        {
            throw new ArgumentException("weight table does not match the hash size", nameof(weights));
        }

        if (transitions.Length != (NerTags.Count + 1) * NerTags.Count)
        {
            throw new ArgumentException("transition table has the wrong size", nameof(transitions));
        }

        HashBits = hashBits;
        Weights = weights;
        Scale = scale;
        Transitions = transitions;
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        Description = description ?? string.Empty;
    }

    /// <summary>A copy of <paramref name="source"/> (arrays shared); the <c>With…</c> methods override one part of it.</summary>
    private NerModel(NerModel source, string? description = null)
        : this(source.HashBits, source.Weights, source.Scale, source.Transitions, source.Lexicon, description ?? source.Description)
    {
        OutsideBias = source.OutsideBias;
        FirstStage = source.FirstStage;
        Neural = source.Neural;
        NeuralWeight = source.NeuralWeight;
        NeuralFeatures = source.NeuralFeatures;
        NeuralSkipMargin = source.NeuralSkipMargin;
    }

    public int HashBits { get; }

    /// <summary>Emission weights, <see cref="NerTags.Count"/> per hashed feature; real weight = value × <see cref="Scale"/>.</summary>
    public short[] Weights { get; }

    public float Scale { get; }

    /// <summary>Subtracted from every token's O score: trades precision for recall (chosen on held-out data when training).</summary>
    public float OutsideBias { get; init; }

    /// <summary>The same model with another <see cref="OutsideBias"/> (arrays are shared, not copied).</summary>
    public NerModel WithOutsideBias(float bias) =>
        new(this) { OutsideBias = bias };

    /// <summary>The same model with another description.</summary>
    public NerModel WithDescription(string description) =>
        new(this, description);

    /// <summary>The first-pass model of a two-pass tagger (same lexicon and hash size): its tags over the whole
    /// document, and over the sentence itself, are features of this model. Null for a one-pass tagger.</summary>
    public NerModel? FirstStage { get; init; }

    /// <summary>This model as the second pass over <paramref name="first"/>.</summary>
    public NerModel WithFirstStage(NerModel? first) =>
        new(this) { FirstStage = first };

    /// <summary>The stacked network whose tag probabilities are features of this model (and of its first stage), or null.</summary>
    public NeuralScorer? Neural { get; init; }

    /// <summary>This model with <paramref name="neural"/> as its stacked network.</summary>
    public NerModel WithNeural(NeuralScorer? neural) =>
        new(this) { Neural = neural };

    /// <summary>Weight of the network's log-probability of each tag added to the perceptron's emission scores (0 =
    /// none; chosen on held-out data like <see cref="OutsideBias"/>).</summary>
    public float NeuralWeight { get; init; }

    /// <summary>Whether the network's probabilities are also features of the perceptron (stacking).</summary>
    public bool NeuralFeatures { get; init; } = true;

    /// <summary>This model with <paramref name="stack"/>'s network (whose probabilities are features when the stack says so), or as it is.</summary>
    public NerModel Attach(NeuralStack? stack) => stack is null ? this :
        new(this) { Neural = stack.Scorer, NeuralFeatures = stack.Features };

    /// <summary>Mixed models (network not a feature): a token whose perceptron emission scores put the best tag this
    /// far or more above the second is not scored by the network, which is taken to agree with the perceptron (its
    /// floor probability for every other tag). 0 = the network scores every token. Chosen on held-out data.</summary>
    public float NeuralSkipMargin { get; init; }

    /// <summary>The same model with another <see cref="NeuralSkipMargin"/>.</summary>
    public NerModel WithNeuralSkipMargin(float margin) =>
        new(this) { NeuralSkipMargin = margin };

    /// <summary>The same model with another <see cref="NeuralWeight"/>.</summary>
    public NerModel WithNeuralWeight(float weight) =>
        new(this) { NeuralWeight = weight };

    /// <summary>Transition scores (already in real units): the start row, then one row per previous tag.</summary>
    public float[] Transitions { get; }

    public WordLexicon Lexicon { get; }

    /// <summary>How the model was trained (options, data, dev figures), for the record.</summary>
    public string Description { get; }

    /// <summary>Quantises real-valued weights to 16 bits with one shared scale.</summary>
    public static NerModel Quantise(int hashBits, ReadOnlySpan<float> weights, float[] transitions, WordLexicon lexicon, string description)
    {
        var max = 0f;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var scale = max > 0 ? max / 32000f : 1f;
        var q = new short[weights.Length];
        for (var i = 0; i < q.Length; i++)
        {
            q[i] = (short)Math.Round(weights[i] / scale);
        }

        return new NerModel(hashBits, q, scale, transitions, lexicon, description);
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        // A lexicon without embeddings is written as version 3, byte for byte as before them.
        // Likewise a lexicon without a corpus profile as version 4.
        var withProfile = Lexicon.Profile is not null;
        var withSemantic = withProfile || Lexicon.SemanticPaths is not null || Lexicon.Likeness is not null;
        header.Write(Magic);
        var withNeural = Neural is not null;
        var withChars = withNeural && Neural!.Chars is not null;
        var withRecurrent = withNeural && (Neural!.Recurrent is not null || withChars);
        var withInputs = withNeural && (Neural!.Inputs != NeuralInputSet.None || Neural.Partner is not null || withRecurrent);
        var withSkip = withNeural && (NeuralSkipMargin != 0 || withInputs);
        header.Write(withChars ? CharsVersion : withRecurrent ? RecurrentVersion : withInputs ? InputsVersion : withSkip ? SkipVersion : withNeural ? NeuralVersion : withProfile ? Version : withSemantic ? SemanticVersion : 3);
        header.Flush();
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate, Encoding.UTF8);
        w.Write(Description);
        w.Write(HashBits);
        w.Write(Scale);
        w.Write(OutsideBias);
        WriteTable(w, this);
        w.Write(Lexicon.Count);
        for (var e = 0; e < Lexicon.Count; e++)
        {
            w.Write(Lexicon.Words[e]);
            w.Write7BitEncodedInt(Lexicon.Counts[e]);
            for (var l = 0; l < WordLexicon.Levels; l++)
            {
                w.Write7BitEncodedInt(Lexicon.Cluster(e, l) + 1);
            }
        }

        if (withSemantic || withNeural)
        {
            WriteSemantic(w, Lexicon);
        }

        if (withNeural)
        {
            w.Write(withProfile);
        }

        if (withProfile)
        {
            w.Write(Lexicon.Profile!);
        }

        w.Write(FirstStage is not null);
        if (FirstStage is { } first)
        {
            w.Write(first.Scale);
            w.Write(first.OutsideBias);
            WriteTable(w, first);
        }

        if (Neural is { } neural)
        {
            neural.Vectors.Write(w);
            if (withInputs)
            {
                w.Write((int)neural.Inputs);
                w.Write(neural.Partner is not null);
            }

            neural.Write(w, withRecurrent, withChars);
            neural.Partner?.Write(w, withRecurrent, withChars);
            w.Write(NeuralWeight);
            w.Write(NeuralFeatures);
            if (withSkip)
            {
                w.Write(NeuralSkipMargin);
            }
        }
    }

    /// <summary>The embedding clusters (level by level, as deltas within a level run better through deflate) and the
    /// name likeness of each lexicon word, when the lexicon has them.</summary>
    private static void WriteSemantic(BinaryWriter w, WordLexicon lexicon)
    {
        w.Write(lexicon.SemanticPaths is not null);
        if (lexicon.SemanticPaths is { } paths)
        {
            for (var e = 0; e < lexicon.Count; e++)
            {
                for (var l = 0; l < WordLexicon.SemanticLevels; l++)
                {
                    w.Write7BitEncodedInt(paths[(e * WordLexicon.SemanticLevels) + l] + 1);
                }
            }
        }

        w.Write(lexicon.Likeness is not null);
        if (lexicon.Likeness is { } likeness)
        {
            w.Write(likeness);
        }
    }

    private static (int[][]? Paths, byte[]? Likeness) ReadSemantic(BinaryReader r, int count)
    {
        int[][]? paths = null;
        if (r.ReadBoolean())
        {
            paths = new int[count][];
            for (var e = 0; e < count; e++)
            {
                paths[e] = new int[WordLexicon.SemanticLevels];
                for (var l = 0; l < WordLexicon.SemanticLevels; l++)
                {
                    paths[e][l] = r.Read7BitEncodedInt() - 1;
                }
            }
        }

        var likeness = r.ReadBoolean() ? r.ReadBytes(count) : null;
        if (likeness is not null && likeness.Length != count)
        {
            throw new EndOfStreamException();
        }

        return (paths, likeness);
    }

    /// <summary>Transitions, then the weights as runs: (zeros skipped, non-zero count, values), so the mostly empty
    /// table stays small.</summary>
    private static void WriteTable(BinaryWriter w, NerModel model)
    {
        foreach (var t in model.Transitions)
        {
            w.Write(t);
        }

        var weights = model.Weights;
        var i = 0;
        while (i < weights.Length)
        {
            var zeros = 0;
            while (i < weights.Length && weights[i] == 0)
            {
                zeros++;
                i++;
            }

            var start = i;
            while (i < weights.Length && weights[i] != 0)
            {
                i++;
            }

            w.Write7BitEncodedInt(zeros);
            w.Write7BitEncodedInt(i - start);
            for (var j = start; j < i; j++)
            {
                w.Write(weights[j]);
            }
        }
    }

    private static (float[] Transitions, short[] Weights) ReadTable(BinaryReader r, int bits, string name)
    {
        var transitions = new float[(NerTags.Count + 1) * NerTags.Count];
        for (var t = 0; t < transitions.Length; t++)
        {
            transitions[t] = r.ReadSingle();
        }

        var weights = new short[(1 << bits) * NerTags.Count];
        var i = 0;
        while (i < weights.Length)
        {
            i += r.Read7BitEncodedInt();
            var run = r.Read7BitEncodedInt();
            if (i + run > weights.Length || run < 0)
            {
                throw new InvalidDataException($"{name}: weight table is corrupt");
            }

            for (var j = 0; j < run; j++)
            {
                weights[i++] = r.ReadInt16();
            }
        }

        return (transitions, weights);
    }

    public byte[] ToBytes()
    {
        using var ms = new MemoryStream();
        Save(ms);
        return ms.ToArray();
    }

    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllBytes(path, ToBytes());
    }

    /// <summary>Reads a model file; throws <see cref="InvalidDataException"/> naming <paramref name="name"/> when it is not one.</summary>
    public static NerModel Load(Stream stream, string name = "model")
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (header.ReadUInt32() != Magic)
            {
                throw new InvalidDataException($"{name}: not a Marsad NER model (bad magic number)");
            }

            var version = header.ReadInt32();
            if (version is not (CharsVersion or RecurrentVersion or InputsVersion or SkipVersion or NeuralVersion or Version or SemanticVersion or 3 or OnePassVersion))
            {
                throw new InvalidDataException($"{name}: NER model version {version} is not supported (expected {CharsVersion})");
            }

            using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(deflate, Encoding.UTF8);
            var description = r.ReadString();
            var bits = r.ReadInt32();
            if (bits is < 10 or > 26)
            {
                throw new InvalidDataException($"{name}: hash size 2^{bits} is out of range");
            }

            var scale = r.ReadSingle();
            var outsideBias = r.ReadSingle();
            var (transitions, weights) = ReadTable(r, bits, name);
            var count = r.ReadInt32();
            var words = new string[count];
            var counts = new int[count];
            var paths = new int[count][];
            for (var e = 0; e < count; e++)
            {
                words[e] = r.ReadString();
                counts[e] = r.Read7BitEncodedInt();
                paths[e] = new int[WordLexicon.Levels];
                for (var l = 0; l < WordLexicon.Levels; l++)
                {
                    paths[e][l] = r.Read7BitEncodedInt() - 1;
                }
            }

            var (semantic, likeness) = version >= SemanticVersion ? ReadSemantic(r, count) : (null, null);
            var profile = version == Version || (version >= NeuralVersion && r.ReadBoolean()) ? r.ReadBytes(count) : null;
            if (profile is not null && profile.Length != count)
            {
                throw new EndOfStreamException();
            }

            var lexicon = new WordLexicon(words, counts, paths, semantic, likeness, profile);
            NerModel? first = null;
            if (version >= 3 && r.ReadBoolean())
            {
                var firstScale = r.ReadSingle();
                var firstBias = r.ReadSingle();
                var (firstTransitions, firstWeights) = ReadTable(r, bits, name);
                first = new NerModel(bits, firstWeights, firstScale, firstTransitions, lexicon, "first pass") { OutsideBias = firstBias };
            }

            NeuralScorer? neural = null;
            var neuralWeight = 0f;
            var neuralFeatures = true;
            var skipMargin = 0f;
            if (version >= NeuralVersion)
            {
                var vectors = WordVectors.Read(r);
                var inputs = version >= InputsVersion ? (NeuralInputSet)r.ReadInt32() : NeuralInputSet.None;
                if ((inputs & ~(NeuralInputSet.NeighbourAffixes | NeuralInputSet.WordTrigrams | NeuralInputSet.WideWindow)) != 0)
                {
                    throw new InvalidDataException($"{name}: network inputs {(int)inputs} are not known");
                }

                var withPartner = version >= InputsVersion && r.ReadBoolean();
                var withRecurrent = version >= RecurrentVersion;
                var withChars = version >= CharsVersion;
                neural = NeuralScorer.Read(r, vectors, inputs, withRecurrent, withChars);
                if (withPartner)
                {
                    neural = neural.WithPartner(NeuralScorer.Read(r, vectors, inputs, withRecurrent, withChars));
                }
                neuralWeight = r.ReadSingle();
                neuralFeatures = r.ReadBoolean();
                skipMargin = version >= SkipVersion ? r.ReadSingle() : 0f;
                if (!(skipMargin >= 0 && skipMargin < 1e6f))
                {
                    throw new InvalidDataException($"{name}: network skip margin {skipMargin} is out of range");
                }
            }

            return new NerModel(bits, weights, scale, transitions, lexicon, description) { OutsideBias = outsideBias, FirstStage = first, Neural = neural, NeuralWeight = neuralWeight, NeuralFeatures = neuralFeatures, NeuralSkipMargin = skipMargin };
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: NER model file is truncated");
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidDataException && !e.Message.StartsWith(name, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}: NER model file is corrupt ({e.Message})", e);
        }
    }

    public static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }
}
