using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Entities;

/// <summary>
/// A bidirectional GRU over a sentence's per-token inputs (the window network's hidden units): each direction reads the
/// whole sentence, so a token's state carries context beyond the fixed window. Per direction and step, with x the
/// input and h the previous state: z = σ(Wz·x + Uz·h + bz), r = σ(Wr·x + Ur·h + br), c = tanh(Wc·x + r ⊙ (Uc·h) + bc),
/// h' = (1 − z) ⊙ c + z ⊙ h. A token's output is its forward state then its backward state.
/// </summary>
public sealed class RecurrentLayer
{
    internal RecurrentLayer(int input, int units, float[] weights)
    {
        if (input <= 0 || input % 16 != 0 || units <= 0 || units % 16 != 0 || weights.Length != 2 * DirectionSizeOf(input, units))
        {
            throw new ArgumentException("recurrent layer shape does not match its weights", nameof(weights));
        }

        Input = input;
        Units = units;
        Weights = weights;
    }

    /// <summary>Width of each token's input.</summary>
    public int Input { get; }

    /// <summary>Units per direction (a multiple of 16).</summary>
    public int Units { get; }

    /// <summary>Width of each token's output: the forward and the backward state.</summary>
    public int OutputWidth => 2 * Units;

    /// <summary>Both directions' parameters, direction by direction: input weights (row k: the three gates' weights of
    /// input k, z then r then c), state weights (row k: of state unit k), biases. One array, so that the trainer's
    /// gradient, its clipping and the file treat them as one block.</summary>
    internal float[] Weights { get; }

    private int Gates => 3 * Units;

    private int DirectionSize => DirectionSizeOf(Input, Units);

    private static int DirectionSizeOf(int input, int units) => (input + units + 1) * 3 * units;

    internal static RecurrentLayer Create(int input, int units, Random random)
    {
        var weights = new float[2 * DirectionSizeOf(input, units)];
        var size = DirectionSizeOf(input, units);
        var gates = 3 * units;
        for (var d = 0; d < 2; d++)
        {
            var w = weights.AsSpan(d * size, size);
            var inputLimit = 1 / MathF.Sqrt(input);
            var stateLimit = 1 / MathF.Sqrt(units);
            for (var i = 0; i < input * gates; i++)
            {
                w[i] = (float)((random.NextDouble() * 2) - 1) * inputLimit;
            }

            for (var i = input * gates; i < (input + units) * gates; i++)
            {
                w[i] = (float)((random.NextDouble() * 2) - 1) * stateLimit;
            }
        }

        return new RecurrentLayer(input, units, weights);
    }

    /// <summary>Runs both directions over <paramref name="n"/> tokens of <paramref name="inputs"/> (<see cref="Input"/>
    /// a token), leaving the states (and the gates the backward pass needs) in <paramref name="trace"/>.</summary>
    internal void Forward(ReadOnlySpan<float> inputs, int n, RecurrentTrace trace) => Forward(inputs, n, trace, 0, n - 1);

    /// <summary><see cref="Forward(ReadOnlySpan{float}, int, RecurrentTrace)"/> for a caller that reads the states of
    /// tokens <paramref name="first"/> to <paramref name="last"/> only: the forward direction stops after
    /// <paramref name="last"/> and the backward one after <paramref name="first"/> (those states come out the same;
    /// the others are left as they were).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Forward(ReadOnlySpan<float> inputs, int n, RecurrentTrace trace, int first, int last)
    {
        trace.Ensure(n, Units);
        var u = Units;
        var g = Gates;
        var pre = trace.Scratch.AsSpan(0, g);
        var state = trace.Scratch.AsSpan(g, g);
        for (var d = 0; d < 2; d++)
        {
            var w = Weights.AsSpan(d * DirectionSize, DirectionSize);
            var inputWeights = w[..(Input * g)];
            var stateWeights = w.Slice(Input * g, u * g);
            var bias = w.Slice((Input + u) * g, g);
            var steps = d == 0 ? last + 1 : n - first;
            for (var s = 0; s < steps; s++)
            {
                var t = d == 0 ? s : n - 1 - s;
                bias.CopyTo(pre);

                // The inputs are ReLU units: about half are zero and add nothing.
                NeuralMath.AddWeightedRows(inputs.Slice(t * Input, Input), inputWeights, pre, skipZeros: true);
                state.Clear();
                Span<float> previous = s == 0 ? [] : trace.StateOf(d == 0 ? t - 1 : t + 1, d, u);
                NeuralMath.AddWeightedRows(previous, stateWeights, state, skipZeros: false);

                var gates = trace.GatesOf(t, d, u);
                var h = trace.StateOf(t, d, u);
                var preV = MemoryMarshal.Cast<float, Vector<float>>(pre);
                var stateV = MemoryMarshal.Cast<float, Vector<float>>(state);
                var gatesV = MemoryMarshal.Cast<float, Vector<float>>(gates);
                var hV = MemoryMarshal.Cast<float, Vector<float>>(h);
                var previousV = MemoryMarshal.Cast<float, Vector<float>>(previous);
                var width = hV.Length;
                for (var q = 0; q < width; q++)
                {
                    var z = NeuralMath.Sigmoid(preV[q] + stateV[q]);
                    var r = NeuralMath.Sigmoid(preV[width + q] + stateV[width + q]);
                    var uc = stateV[(2 * width) + q];
                    var c = NeuralMath.Tanh(preV[(2 * width) + q] + (r * uc));
                    gatesV[q] = z;
                    gatesV[width + q] = r;
                    gatesV[(2 * width) + q] = c;
                    gatesV[(3 * width) + q] = uc;
                    hV[q] = previousV.Length == 0 ? c - (z * c) : c + (z * (previousV[q] - c));
                }
            }
        }
    }

    /// <summary>Back-propagates <paramref name="gradStates"/> (the loss's gradient for each token's output, as
    /// <see cref="Forward(ReadOnlySpan{float}, int, RecurrentTrace)"/> left them in <paramref name="trace"/>) through time: adds the inputs' gradient to
    /// <paramref name="gradInputs"/> and the parameters' to <paramref name="gradWeights"/> (shaped as <see cref="Weights"/>).</summary>
    internal void Backward(ReadOnlySpan<float> inputs, int n, RecurrentTrace trace, ReadOnlySpan<float> gradStates, Span<float> gradInputs, Span<float> gradWeights)
    {
        var u = Units;
        var g = Gates;
        var scratch = trace.EnsureBackward(u);
        var carry = scratch.AsSpan(0, u);
        var dh = scratch.AsSpan(u, u);
        var da = scratch.AsSpan(2 * u, g);
        var dState = scratch.AsSpan((2 * u) + g, g);
        for (var d = 0; d < 2; d++)
        {
            var w = Weights.AsSpan(d * DirectionSize, DirectionSize);
            var inputWeights = w[..(Input * g)];
            var stateWeights = w.Slice(Input * g, u * g);
            var gw = gradWeights.Slice(d * DirectionSize, DirectionSize);
            var gradInputWeights = gw[..(Input * g)];
            var gradStateWeights = gw.Slice(Input * g, u * g);
            var gradBias = gw.Slice((Input + u) * g, g);
            carry.Clear();
            for (var s = n - 1; s >= 0; s--)
            {
                var t = d == 0 ? s : n - 1 - s;
                ReadOnlySpan<float> previous = s == 0 ? [] : trace.StateOf(d == 0 ? t - 1 : t + 1, d, u);
                var gates = trace.GatesOf(t, d, u);
                var own = gradStates.Slice((t * 2 * u) + (d * u), u);
                for (var k = 0; k < u; k++)
                {
                    dh[k] = own[k] + carry[k];
                }

                for (var k = 0; k < u; k++)
                {
                    var z = gates[k];
                    var r = gates[u + k];
                    var c = gates[(2 * u) + k];
                    var uc = gates[(3 * u) + k];
                    var hp = previous.Length == 0 ? 0f : previous[k];
                    var dc = dh[k] * (1 - z);
                    var dz = dh[k] * (hp - c);
                    carry[k] = dh[k] * z;
                    var daC = dc * (1 - (c * c));
                    var dr = daC * uc;
                    da[k] = dz * z * (1 - z);
                    da[u + k] = dr * r * (1 - r);
                    da[(2 * u) + k] = daC;
                    dState[k] = da[k];
                    dState[u + k] = da[u + k];
                    dState[(2 * u) + k] = daC * r;
                }

                NeuralMath.Axpy(1, da, gradBias);
                var x = inputs.Slice(t * Input, Input);
                var gx = gradInputs.Slice(t * Input, Input);
                for (var k = 0; k < x.Length; k++)
                {
                    NeuralMath.Axpy(x[k], da, gradInputWeights.Slice(k * g, g));
                    gx[k] += NeuralMath.Dot(inputWeights.Slice(k * g, g), da);
                }

                for (var k = 0; k < previous.Length; k++)
                {
                    NeuralMath.Axpy(previous[k], dState, gradStateWeights.Slice(k * g, g));
                    carry[k] += NeuralMath.Dot(stateWeights.Slice(k * g, g), dState);
                }
            }
        }
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(Input);
        w.Write(Units);
        w.Write(MemoryMarshal.AsBytes(Weights.AsSpan()));
    }

    /// <summary>Reads a layer whose input width must be <paramref name="input"/> (the window network's hidden units).</summary>
    internal static RecurrentLayer Read(BinaryReader r, int input)
    {
        var stored = r.ReadInt32();
        var units = r.ReadInt32();
        // Checked before anything is allocated: a tampered header must not ask for gigabytes.
        if (stored != input || units is <= 0 or > 512 || units % 16 != 0)
        {
            throw new InvalidDataException("recurrent layer is corrupt");
        }

        var length = 2 * DirectionSizeOf(input, units);
        var bytes = r.ReadBytes(length * sizeof(float));
        if (bytes.Length != length * sizeof(float))
        {
            throw new EndOfStreamException();
        }

        var weights = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
        foreach (var x in weights)
        {
            if (!float.IsFinite(x))
            {
                throw new InvalidDataException("recurrent layer is corrupt");
            }
        }

        return new RecurrentLayer(input, units, weights);
    }
}

/// <summary>A sentence's states and gates in a <see cref="RecurrentLayer"/> (kept for the backward pass), and the
/// layer's scratch. Grown on demand, reused between sentences.</summary>
internal sealed class RecurrentTrace
{
    /// <summary>Per token: the forward state, then the backward state.</summary>
    public float[] States = [];

    /// <summary>Per token and direction: z, r, c and Uc·h.</summary>
    public float[] Gates = [];

    public float[] Scratch = [];

    private float[] backward = [];

    public void Ensure(int tokens, int units)
    {
        if (States.Length < tokens * 2 * units)
        {
            var size = Math.Max(tokens, States.Length / (2 * units) * 2);
            States = new float[size * 2 * units];
            Gates = new float[size * 8 * units];
        }

        if (Scratch.Length < 6 * units)
        {
            Scratch = new float[6 * units];
        }
    }

    public float[] EnsureBackward(int units)
    {
        if (backward.Length < 8 * units)
        {
            backward = new float[8 * units];
        }

        return backward;
    }

    public Span<float> StateOf(int token, int direction, int units) => States.AsSpan((token * 2 * units) + (direction * units), units);

    public Span<float> GatesOf(int token, int direction, int units) => Gates.AsSpan((token * 8 * units) + (direction * 4 * units), 4 * units);
}
