namespace Marsad.Entities;

/// <summary>
/// What the tagger derives from one token's text alone, as remembered in a <see cref="TokenCache"/> slot: the
/// workspace's forms and hashes, and (for the extractor named by <see cref="Owner"/>) its lexicon entries, clusters,
/// gazetteer word facts and the hashed indices of its word-only features.
/// </summary>
internal struct TokenFacts
{
    /// <summary>Hash of the token as written (<see cref="FeatureHash.Chars"/>); the slot's key.</summary>
    public ulong Key;
    public ulong FormHash;
    public ulong NormHash;
    public ulong StemHash;
    public ulong GazKey;
    public ulong ShapeHash;
    public int Length;
    public int Proclitic;
    public int KeyStrip;
    public bool Filled;

    /// <summary>The <see cref="NerFeatureExtractor"/> whose lexical part below is filled in, or 0.</summary>
    public int Owner;
    public int Entry;
    public int StemEntry;
    public GazetteerWord Gazetteer;

    /// <summary>Number of word-only feature indices stored in the cache's lexical row, and how many are affixes.</summary>
    public int LexicalCount;
    public int AffixCount;
}
