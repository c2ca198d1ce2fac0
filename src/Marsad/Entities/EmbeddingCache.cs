using System.Runtime.InteropServices;

namespace Marsad.Entities;

/// <summary>Keeps skip-gram vectors in a raw file between experiment runs (same corpus and options), so that a run
/// that only changes what is derived from them need not retrain them.</summary>
internal static class EmbeddingCache
{
    public static float[]? Load(string? path, int length)
    {
        if (path is null || !File.Exists(path) || new FileInfo(path).Length != length * sizeof(float))
        {
            return null;
        }

        var vectors = new float[length];
        using var stream = File.OpenRead(path);
        stream.ReadExactly(MemoryMarshal.AsBytes(vectors.AsSpan()));
        return vectors;
    }

    public static void Save(string? path, float[] vectors)
    {
        if (path is null || File.Exists(path))
        {
            return;
        }

        using var stream = File.Create(path);
        stream.Write(MemoryMarshal.AsBytes(vectors.AsSpan()));
    }
}
