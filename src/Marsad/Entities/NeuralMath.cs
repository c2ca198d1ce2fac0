using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Entities;

/// <summary>Vector kernels of the networks (lengths are multiples of <see cref="Vector{T}.Count"/>: hidden and recurrent
/// widths are multiples of 16).</summary>
internal static class NeuralMath
{
    /// <summary>y += a·x.</summary>
    public static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var xv = MemoryMarshal.Cast<float, Vector<float>>(x);
        var yv = MemoryMarshal.Cast<float, Vector<float>>(y);
        var av = new Vector<float>(a);
        for (var q = 0; q < yv.Length; q++)
        {
            yv[q] += xv[q] * av;
        }
    }

    /// <summary>y += Σ_k x[k]·rows[k] (row k of <paramref name="rows"/> as long as <paramref name="y"/>): one
    /// <see cref="Axpy"/> per k, but four vectors of y at a time stay in registers across all k instead of being loaded
    /// and stored once per row. Each element gets the same additions in the same order, so the sums are bit for bit
    /// those of the Axpy loop. <paramref name="skipZeros"/>: a zero x[k] adds nothing (as a caller that skips it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddWeightedRows(ReadOnlySpan<float> x, ReadOnlySpan<float> rows, Span<float> y, bool skipZeros)
    {
        var yv = MemoryMarshal.Cast<float, Vector<float>>(y);
        var rv = MemoryMarshal.Cast<float, Vector<float>>(rows);
        var stride = yv.Length;
        var q = 0;
        for (; q + 4 <= stride; q += 4)
        {
            var a0 = yv[q];
            var a1 = yv[q + 1];
            var a2 = yv[q + 2];
            var a3 = yv[q + 3];
            for (var k = 0; k < x.Length; k++)
            {
                if (skipZeros && x[k] == 0)
                {
                    continue;
                }

                var scale = new Vector<float>(x[k]);
                var row = rv.Slice((k * stride) + q, 4);
                a0 += row[0] * scale;
                a1 += row[1] * scale;
                a2 += row[2] * scale;
                a3 += row[3] * scale;
            }

            yv[q] = a0;
            yv[q + 1] = a1;
            yv[q + 2] = a2;
            yv[q + 3] = a3;
        }

        for (; q < stride; q++)
        {
            var a = yv[q];
            for (var k = 0; k < x.Length; k++)
            {
                if (!skipZeros || x[k] != 0)
                {
                    a += rv[(k * stride) + q] * new Vector<float>(x[k]);
                }
            }

            yv[q] = a;
        }
    }

    /// <summary>x·y.</summary>
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var xv = MemoryMarshal.Cast<float, Vector<float>>(x);
        var yv = MemoryMarshal.Cast<float, Vector<float>>(y);
        var acc = Vector<float>.Zero;
        for (var q = 0; q < xv.Length; q++)
        {
            acc += xv[q] * yv[q];
        }

        return Vector.Sum(acc);
    }

    public static Vector<float> Sigmoid(Vector<float> x) => Vector<float>.One / (Vector<float>.One + Vector.Exp(-x));

    /// <summary>tanh through the logistic function (2σ(2x) − 1), so both gates share one vector exponential.</summary>
    public static Vector<float> Tanh(Vector<float> x) => (new Vector<float>(2f) * Sigmoid(x + x)) - Vector<float>.One;
}
