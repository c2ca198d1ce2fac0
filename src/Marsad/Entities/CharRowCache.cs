namespace Marsad.Entities;

/// <summary>
/// A workspace's character rows of one network's <see cref="CharEncoder"/>, by spelling (the normalised word and its
/// proclitic length): direct-mapped, a slot overwritten by the next spelling that maps to it and every read checking
/// the key, so the encoder runs once per distinct word a thread keeps meeting rather than once per token.
/// </summary>
internal sealed class CharRowCache
{
    private const int Slots = 4096;

    private readonly CharEncoder encoder;
    private readonly string?[] keys = new string?[Slots];
    private readonly int[] proclitics = new int[Slots];
    private readonly float[] rows;

    public CharRowCache(NeuralScorer owner)
    {
        Owner = owner;
        encoder = owner.Chars ?? throw new ArgumentException("the network has no character encoder", nameof(owner));
        rows = new float[Slots * encoder.ProjectionWidth];
    }

    /// <summary>The network whose encoder filled the rows.</summary>
    public NeuralScorer Owner { get; }

    /// <summary>The projected rows of <paramref name="word"/> (window positions × hidden units).</summary>
    public ReadOnlySpan<float> RowsOf(ReadOnlySpan<char> word, int proclitic)
    {
        var width = encoder.ProjectionWidth;
        var slot = (int)((FeatureHash.Chars(word) + (ulong)proclitic) & (Slots - 1));
        var target = rows.AsSpan(slot * width, width);
        if (keys[slot] is { } key && proclitics[slot] == proclitic && word.SequenceEqual(key))
        {
            return target;
        }

        target.Clear();
        encoder.AddRows(word, proclitic, target);
        keys[slot] = word.ToString();
        proclitics[slot] = proclitic;
        return target;
    }
}
