using System.Runtime.InteropServices;

namespace Marsad.Entities;

/// <summary>
/// Frozen word vectors, one row per <see cref="WordLexicon"/> entry (skip-gram vectors learned from the unlabelled
/// corpus, each scaled to unit length): the dense input of the <see cref="NeuralScorer"/>. Shared, never changed, so
/// one table serves every scorer trained over the same lexicon. Stored as signed bytes (one shared scale).
/// </summary>
public sealed class WordVectors
{
    public WordVectors(int dimensions, float[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (dimensions <= 0 || dimensions % 16 != 0 || rows.Length % dimensions != 0)
        {
            throw new ArgumentException("vector rows must be whole multiples of 16 dimensions", nameof(rows));
        }

        Dimensions = dimensions;
        Rows = rows;
    }

    public int Dimensions { get; }

    /// <summary>Row-major vectors, <see cref="Dimensions"/> per word.</summary>
    public float[] Rows { get; }

    public int Count => Rows.Length / Dimensions;

    public ReadOnlySpan<float> Of(int entry) => Rows.AsSpan(entry * Dimensions, Dimensions);

    /// <summary>The vectors of <paramref name="path"/>: a model file with a network (its stored vectors, so a network is
    /// retrained without re-running the skip-gram — exact and cheap) or the raw vectors that <c>train-ner
    /// --embedding-cache</c> writes (float32 rows in lexicon order); each row scaled to unit length. Null when they do
    /// not match <paramref name="lexicon"/>'s word count.</summary>
    public static WordVectors? ReadRaw(string path, WordLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        if (IsModelFile(path))
        {
            var stored = NerModel.Load(path).Neural?.Vectors;
            return stored is null || stored.Count != lexicon.Count ? null : UnitLength(stored.Dimensions, stored.Rows.ToArray());
        }

        var bytes = new FileInfo(path).Length;
        if (lexicon.Count == 0 || bytes % ((long)lexicon.Count * sizeof(float)) != 0)
        {
            return null;
        }

        var d = (int)(bytes / ((long)lexicon.Count * sizeof(float)));
        if (d == 0 || d % 16 != 0) // an empty file holds no vectors (and would divide by zero below)
        {
            return null;
        }

        var rows = new float[lexicon.Count * d];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadExactly(MemoryMarshal.AsBytes(rows.AsSpan()));
        }

        return UnitLength(d, rows);
    }

    private static bool IsModelFile(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        return stream.Length >= 8 && stream.Read(magic) == 4 && BitConverter.ToUInt32(magic) == NerModel.MagicNumber;
    }

    /// <summary>Scales each row of <paramref name="rows"/> (in place) to unit length.</summary>
    private static WordVectors UnitLength(int d, float[] rows)
    {
        for (var e = 0; e < rows.Length / d; e++)
        {
            var v = rows.AsSpan(e * d, d);
            var norm = 0.0;
            foreach (var x in v)
            {
                norm += x * x;
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            foreach (ref var x in v)
            {
                x *= scale;
            }
        }

        return new WordVectors(d, rows);
    }

    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(Dimensions);
        w.Write(Count);
        var max = 0f;
        foreach (var x in Rows)
        {
            max = Math.Max(max, Math.Abs(x));
        }

        var scale = max > 0 ? max / 127f : 1f;
        w.Write(scale);
        var bytes = new byte[Rows.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(sbyte)Math.Round(Rows[i] / scale);
        }

        w.Write(bytes);
    }

    public static WordVectors Read(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var d = r.ReadInt32();
        var count = r.ReadInt32();
        if (d <= 0 || d % 16 != 0 || d > 1024 || count < 0 || (long)count * d > 1L << 26)
        {
            throw new InvalidDataException("word vector table is corrupt");
        }

        var scale = r.ReadSingle();
        var bytes = r.ReadBytes(count * d);
        if (bytes.Length != count * d)
        {
            throw new EndOfStreamException();
        }

        var rows = new float[bytes.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (sbyte)bytes[i] * scale;
        }

        return new WordVectors(d, rows);
    }
}
