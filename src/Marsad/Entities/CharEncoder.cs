using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Entities;

/// <summary>
/// A character encoder of the window network: each letter of the normalised word (its proclitic marked off by a
/// separator, the word's start and end as letters of their own) has a learned embedding; filters of widths 2, 3 and 4
/// slide over the letters and each keeps its largest response (max pooling), squashed by tanh (so the letters' vector
/// stays on the scale of the word vectors beside it). That vector, times a learned
/// projection per window position, joins the hidden units as the word vectors do — so a word the corpus never saw is
/// still read through its letters (an unseen transliterated name shares its endings and letter runs with known ones).
/// </summary>
public sealed class CharEncoder
{
    /// <summary>Letter embedding width.</summary>
    public const int EmbeddingWidth = 16;

    public const int MinFilterWidth = 2;

    public const int MaxFilterWidth = 4;

    private const int FilterWidths = MaxFilterWidth - MinFilterWidth + 1;

    /// <summary>Letters read per word (longer words keep their first ones; their end marker still closes them).</summary>
    public const int MaxLetters = 24;

    /// <summary>Longest symbol sequence: start, proclitic separator, letters, end.</summary>
    public const int MaxSymbols = MaxLetters + 3;

    private const int Padding = 0;
    private const int Start = 1;
    private const int End = 2;
    private const int Separator = 3;
    private const int FirstArabic = 4;
    private const int ArabicLetters = 0x064A - 0x0621 + 1;
    private const int Digit = FirstArabic + ArabicLetters;
    private const int FirstLatin = Digit + 1;
    private const int OtherLetter = FirstLatin + 26;
    private const int OtherSymbol = OtherLetter + 1;

    /// <summary>Distinct letter symbols (Arabic letters, digits, Latin letters, others, and the markers).</summary>
    public const int Symbols = OtherSymbol + 1;

    internal CharEncoder(int filters, int projectionWidth, float[] weights, float[] projection)
    {
        if (filters <= 0 || filters % 16 != 0 || projectionWidth <= 0 || projectionWidth % 16 != 0 || weights.Length != WeightCountOf(filters) || projection.Length != FilterWidths * filters * projectionWidth)
        {
            throw new ArgumentException("character encoder shape does not match its weights", nameof(weights));
        }

        Filters = filters;
        ProjectionWidth = projectionWidth;
        Weights = weights;
        Projection = projection;
        responses = new Lazy<float[]>(Responses, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>For tagging: each filter width's response to each symbol at each offset (the embedding times the
    /// filters, summed over the embedding), so a window's response is a few row additions. Computed on first use —
    /// after training, which changes the weights.</summary>
    private readonly Lazy<float[]> responses;

    private float[] Responses()
    {
        var table = new float[ResponseRow(MaxFilterWidth + 1, 0, 0)];
        for (var w = MinFilterWidth; w <= MaxFilterWidth; w++)
        {
            var filters = Weights.AsSpan(FilterOffset(w), w * EmbeddingWidth * Filters);
            for (var k = 0; k < w; k++)
            {
                for (var symbol = 0; symbol < Symbols; symbol++)
                {
                    var row = table.AsSpan(ResponseRow(w, k, symbol), Filters);
                    var embedding = Weights.AsSpan(symbol * EmbeddingWidth, EmbeddingWidth);
                    for (var e = 0; e < EmbeddingWidth; e++)
                    {
                        NeuralMath.Axpy(embedding[e], filters.Slice(((k * EmbeddingWidth) + e) * Filters, Filters), row);
                    }
                }
            }
        }

        return table;
    }

    /// <summary>Where the response row of <paramref name="symbol"/> at offset <paramref name="k"/> of a filter of
    /// <paramref name="width"/> starts in the response table.</summary>
    private int ResponseRow(int width, int k, int symbol)
    {
        var offsets = 0;
        for (var w = MinFilterWidth; w < width; w++)
        {
            offsets += w;
        }

        return (((offsets + k) * Symbols) + symbol) * Filters;
    }

    /// <summary>Filters per width (a multiple of 16).</summary>
    public int Filters { get; }

    /// <summary>Width of the pooled vector: the filters of every width.</summary>
    public int OutputWidth => FilterWidths * Filters;

    /// <summary>Width of a word's projected rows (window positions × hidden units).</summary>
    public int ProjectionWidth { get; }

    /// <summary>Letter embeddings, then each width's filters (row k·<see cref="EmbeddingWidth"/> + e: every filter's
    /// weight of embedding dimension e at offset k), then the filters' biases: one array, so that the trainer's gradient
    /// and the file treat them as one block.</summary>
    internal float[] Weights { get; }

    /// <summary>Row d: the hidden units' weights of pooled dimension d, window position by position.</summary>
    internal float[] Projection { get; }

    private static int WeightCountOf(int filters)
    {
        var rows = 0;
        for (var w = MinFilterWidth; w <= MaxFilterWidth; w++)
        {
            rows += w * EmbeddingWidth;
        }

        return (Symbols * EmbeddingWidth) + (rows * filters) + (FilterWidths * filters);
    }

    private int FilterOffset(int width)
    {
        var offset = Symbols * EmbeddingWidth;
        for (var w = MinFilterWidth; w < width; w++)
        {
            offset += w * EmbeddingWidth * Filters;
        }

        return offset;
    }

    private int BiasOffset => Weights.Length - OutputWidth;

    internal static CharEncoder Create(int filters, int projectionWidth, Random random)
    {
        var weights = new float[WeightCountOf(filters)];
        for (var i = 0; i < Symbols * EmbeddingWidth; i++)
        {
            weights[i] = (float)((random.NextDouble() * 2) - 1) * 0.5f;
        }

        var position = Symbols * EmbeddingWidth;
        for (var w = MinFilterWidth; w <= MaxFilterWidth; w++)
        {
            var limit = (float)Math.Sqrt(6.0 / ((w * EmbeddingWidth) + filters));
            var end = position + (w * EmbeddingWidth * filters);
            for (var i = position; i < end; i++)
            {
                weights[i] = (float)((random.NextDouble() * 2) - 1) * limit;
            }

            position = end;
        }

        var outputWidth = FilterWidths * filters;
        var projection = new float[outputWidth * projectionWidth];
        var projectionLimit = (float)Math.Sqrt(6.0 / (outputWidth + projectionWidth));
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = (float)((random.NextDouble() * 2) - 1) * projectionLimit;
        }

        return new CharEncoder(filters, projectionWidth, weights, projection);
    }

    /// <summary>The symbols of a word (start, proclitic letters, separator if any, letters, end), padded to at least
    /// the widest filter; returns their count.</summary>
    internal static int SymbolsOf(ReadOnlySpan<char> word, int proclitic, Span<int> symbols)
    {
        var count = 0;
        symbols[count++] = Start;
        var letters = Math.Min(word.Length, MaxLetters);
        proclitic = Math.Clamp(proclitic, 0, letters);
        for (var c = 0; c < letters; c++)
        {
            if (c == proclitic && proclitic > 0)
            {
                symbols[count++] = Separator;
            }

            symbols[count++] = SymbolOf(word[c]);
        }

        symbols[count++] = End;
        while (count < MaxFilterWidth)
        {
            symbols[count++] = Padding;
        }

        return count;
    }

    private static int SymbolOf(char c) => c switch
    {
        >= '\u0621' and <= '\u064A' => FirstArabic + (c - '\u0621'),
        >= 'a' and <= 'z' => FirstLatin + (c - 'a'),
        >= 'A' and <= 'Z' => FirstLatin + (c - 'A'),
        _ when char.IsDigit(c) => Digit,
        _ when char.IsLetter(c) => OtherLetter,
        _ => OtherSymbol,
    };

    /// <summary>The pooled vector (tanh of each filter's largest response) of a word's symbols into
    /// <paramref name="output"/> (<see cref="OutputWidth"/>), and for each output the start of the letters that gave its
    /// maximum (for <see cref="Backward"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Encode(ReadOnlySpan<int> symbols, Span<float> output, Span<int> best)
    {
        Span<float> response = stackalloc float[Filters];
        for (var w = MinFilterWidth; w <= MaxFilterWidth; w++)
        {
            var block = (w - MinFilterWidth) * Filters;
            var pooled = output.Slice(block, Filters);
            var from = best.Slice(block, Filters);
            var filters = Weights.AsSpan(FilterOffset(w), w * EmbeddingWidth * Filters);
            var bias = Weights.AsSpan(BiasOffset + block, Filters);
            for (var p = 0; p + w <= symbols.Length; p++)
            {
                bias.CopyTo(response);
                for (var k = 0; k < w; k++)
                {
                    var embedding = Weights.AsSpan(symbols[p + k] * EmbeddingWidth, EmbeddingWidth);
                    for (var e = 0; e < EmbeddingWidth; e++)
                    {
                        NeuralMath.Axpy(embedding[e], filters.Slice(((k * EmbeddingWidth) + e) * Filters, Filters), response);
                    }
                }

                for (var f = 0; f < Filters; f++)
                {
                    if (p == 0 || response[f] > pooled[f])
                    {
                        pooled[f] = response[f];
                        from[f] = p;
                    }
                }
            }

            for (var f = 0; f < Filters; f++)
            {
                pooled[f] = MathF.Tanh(pooled[f]);
            }
        }
    }

    /// <summary>Adds to <paramref name="gradWeights"/> the gradient of the weights given the <paramref name="pooled"/>
    /// vector and its gradient (each output's gradient flows through the letters that gave its maximum).</summary>
    internal void Backward(ReadOnlySpan<int> symbols, ReadOnlySpan<int> best, ReadOnlySpan<float> pooled, ReadOnlySpan<float> gradOutput, Span<float> gradWeights)
    {
        for (var w = MinFilterWidth; w <= MaxFilterWidth; w++)
        {
            var block = (w - MinFilterWidth) * Filters;
            var filterOffset = FilterOffset(w);
            for (var f = 0; f < Filters; f++)
            {
                var y = pooled[block + f];
                var g = gradOutput[block + f] * (1 - (y * y));
                if (g == 0)
                {
                    continue;
                }

                gradWeights[BiasOffset + block + f] += g;
                var p = best[block + f];
                for (var k = 0; k < w; k++)
                {
                    var embedding = symbols[p + k] * EmbeddingWidth;
                    for (var e = 0; e < EmbeddingWidth; e++)
                    {
                        var weight = filterOffset + ((((k * EmbeddingWidth) + e) * Filters) + f);
                        gradWeights[weight] += g * Weights[embedding + e];
                        gradWeights[embedding + e] += g * Weights[weight];
                    }
                }
            }
        }
    }

    /// <summary>Adds the pooled vector times the projection to <paramref name="rows"/> (<see cref="ProjectionWidth"/>).</summary>
    internal void AddProjected(ReadOnlySpan<float> pooled, Span<float> rows)
    {
        for (var d = 0; d < pooled.Length; d++)
        {
            NeuralMath.Axpy(pooled[d], Projection.AsSpan(d * ProjectionWidth, ProjectionWidth), rows);
        }
    }

    /// <summary>A word's projected rows added to <paramref name="rows"/> (scratch on the stack: no allocation), by the
    /// response table: the pooled vector is <see cref="Encode"/>'s but for the order of float additions.</summary>
    internal void AddRows(ReadOnlySpan<char> word, int proclitic, Span<float> rows)
    {
        Span<int> symbols = stackalloc int[MaxSymbols];
        var count = SymbolsOf(word, proclitic, symbols);
        Span<float> pooled = stackalloc float[OutputWidth];
        Span<float> response = stackalloc float[Filters];
        var table = responses.Value;
        for (var w = MinFilterWidth; w <= MaxFilterWidth; w++)
        {
            var block = (w - MinFilterWidth) * Filters;
            var best = pooled.Slice(block, Filters);
            var bias = Weights.AsSpan(BiasOffset + block, Filters);
            for (var p = 0; p + w <= count; p++)
            {
                bias.CopyTo(response);
                for (var k = 0; k < w; k++)
                {
                    NeuralMath.Axpy(1, table.AsSpan(ResponseRow(w, k, symbols[p + k]), Filters), response);
                }

                for (var f = 0; f < Filters; f++)
                {
                    best[f] = p == 0 ? response[f] : Math.Max(best[f], response[f]);
                }
            }

            for (var f = 0; f < Filters; f++)
            {
                best[f] = MathF.Tanh(best[f]);
            }
        }

        AddProjected(pooled, rows);
    }

    /// <summary>The projected rows of a word's symbols added to <paramref name="rows"/>.</summary>
    internal void AddRows(ReadOnlySpan<int> symbols, Span<float> rows)
    {
        Span<float> pooled = stackalloc float[OutputWidth];
        Span<int> best = stackalloc int[OutputWidth];
        Encode(symbols, pooled, best);
        AddProjected(pooled, rows);
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(Filters);
        w.Write(ProjectionWidth);
        w.Write(MemoryMarshal.AsBytes(Weights.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(Projection.AsSpan()));
    }

    /// <summary>Reads an encoder whose projection must be <paramref name="projectionWidth"/> wide (the network's window
    /// positions × hidden units).</summary>
    internal static CharEncoder Read(BinaryReader r, int projectionWidth)
    {
        var filters = r.ReadInt32();
        var stored = r.ReadInt32();
        // Checked before anything is allocated: a tampered header must not ask for gigabytes.
        if (stored != projectionWidth || filters is <= 0 or > 256 || filters % 16 != 0)
        {
            throw new InvalidDataException("character encoder is corrupt");
        }

        var weights = ReadFinite(r, WeightCountOf(filters));
        var projection = ReadFinite(r, FilterWidths * filters * projectionWidth);
        return new CharEncoder(filters, projectionWidth, weights, projection);
    }

    private static float[] ReadFinite(BinaryReader r, int count)
    {
        var bytes = r.ReadBytes(count * sizeof(float));
        if (bytes.Length != count * sizeof(float))
        {
            throw new EndOfStreamException();
        }

        var values = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
        foreach (var x in values)
        {
            if (!float.IsFinite(x))
            {
                throw new InvalidDataException("character encoder is corrupt");
            }
        }

        return values;
    }
}
