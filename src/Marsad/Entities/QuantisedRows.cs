namespace Marsad.Entities;

/// <summary>
/// A <see cref="NeuralScorer"/>'s sparse rows as 16-bit integers with one shared scale (value = integer × scale), the
/// form tagging reads. Each weight is first rounded to a half float, as the model file stores it, so a model in memory
/// and the same model read back from its file quantise to the same integers and tag alike.
/// </summary>
internal sealed class QuantisedRows
{
    private QuantisedRows(short[] rows, float scale)
    {
        Rows = rows;
        Scale = scale;
    }

    public short[] Rows { get; }

    public float Scale { get; }

    public static QuantisedRows Of(float[] sparse)
    {
        var max = 0f;
        foreach (var x in sparse)
        {
            max = Math.Max(max, Math.Abs((float)(Half)x));
        }

        var scale = max > 0 ? max / short.MaxValue : 1f;
        var rows = new short[sparse.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (short)Math.Clamp(Math.Round((float)(Half)sparse[i] / scale), -short.MaxValue, short.MaxValue);
        }

        return new QuantisedRows(rows, scale);
    }
}
