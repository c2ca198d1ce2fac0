namespace Marsad.Entities;

/// <summary>
/// A bounded, direct-mapped memo of <see cref="TokenFacts"/> keyed by the hash of a token as written: news text repeats
/// its words, so most tokens skip the clitic analysis, the lexicon and gazetteer lookups and the hashing of their
/// word-only features. One per <see cref="NerWorkspace"/> (so per thread); a slot is simply overwritten by the next
/// token that maps to it, and a reader checks the key, so nothing is ever stale.
/// </summary>
internal sealed class TokenCache
{
    /// <summary>Word-only feature indices kept per slot: 20 that the token contributes as a neighbour, then its own.</summary>
    public const int LexicalStride = 56;

    private const int Bits = 14;

    public TokenFacts[] Facts { get; } = new TokenFacts[1 << Bits];

    public int[] Lexical { get; } = new int[(1 << Bits) * LexicalStride];

    /// <summary>The slot for <paramref name="key"/> (Fibonacci hashing of the 64-bit key onto the table).</summary>
    public static int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - Bits));

    public bool Holds(int slot, ulong key) => Facts[slot].Filled && Facts[slot].Key == key;

    public Span<int> LexicalRow(int slot) => Lexical.AsSpan(slot * LexicalStride, LexicalStride);
}
