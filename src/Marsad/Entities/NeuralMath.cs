using System.Numerics;
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
