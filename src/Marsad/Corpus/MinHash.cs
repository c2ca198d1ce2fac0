namespace Marsad.Corpus;

/// <summary>
/// MinHash signatures over hashed word shingles: the share of equal positions in two signatures estimates the
/// Jaccard similarity of the shingle sets. Fixed seeds, so signatures are stable across runs and stored.
/// </summary>
public static class MinHash
{
    /// <summary>Signature length: <see cref="Bands"/> × <see cref="Rows"/>.</summary>
    public const int Length = 64;

    /// <summary>LSH bands: two texts become candidates when any band of their signatures is equal.</summary>
    public const int Bands = 16;

    public const int Rows = Length / Bands;

    private static readonly ulong[] Multipliers = Seeds(0x9E3779B97F4A7C15UL);
    private static readonly ulong[] Offsets = Seeds(0xC2B2AE3D27D4EB4FUL);

    public static uint[] Signature(IReadOnlyCollection<ulong> shingles)
    {
        var signature = Empty();
        foreach (var s in shingles)
        {
            Add(signature, s);
        }

        return signature;
    }

    /// <summary>The signature of the shingles listed, repeats allowed: a minimum does not see them, so this is the
    /// signature of their set, without building the set.</summary>
    internal static uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = Empty();
        foreach (var s in shingles)
        {
            Add(signature, s);
        }

        return signature;
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        var same = 0;
        for (var i = 0; i < Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return same / (double)Length;
    }

    /// <summary>The hash of band <paramref name="band"/> of a signature (its LSH bucket key).</summary>
    public static ulong BandKey(uint[] signature, int band)
    {
        var h = 1469598103934665603UL ^ (ulong)band;
        for (var r = 0; r < Rows; r++)
        {
            h = (h ^ signature[(band * Rows) + r]) * 1099511628211UL;
        }

        return h;
    }

    private static ulong[] Seeds(ulong seed)
    {
        var values = new ulong[Length];
        var x = seed;
        for (var i = 0; i < Length; i++)
        {
            // SplitMix64: deterministic, well spread; odd multipliers keep the map a bijection.
            x += 0x9E3779B97F4A7C15UL;
            var z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            values[i] = (z ^ (z >> 31)) | 1UL;
        }

        return values;
    }

    private static uint[] Empty()
    {
        var signature = new uint[Length];
        Array.Fill(signature, uint.MaxValue);
        return signature;
    }

    private static void Add(uint[] signature, ulong shingle)
    {
        for (var i = 0; i < Length; i++)
        {
            var h = (uint)(((shingle * Multipliers[i]) + Offsets[i]) >> 32);
            if (h < signature[i])
            {
                signature[i] = h;
            }
        }
    }
}
