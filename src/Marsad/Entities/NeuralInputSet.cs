namespace Marsad.Entities;

/// <summary>
/// Optional inputs of the <see cref="NeuralScorer"/> beyond session 8's set (which every network reads). A network
/// stores the set it was trained with, so a model tags with the inputs it learned.
/// </summary>
[Flags]
public enum NeuralInputSet
{
    /// <summary>Session 8's inputs only.</summary>
    None = 0,

    /// <summary>Each neighbour's (±1, ±2) clitic-stripped stem: its first and last two and three letters, and for ±1
    /// its identity — evidence about neighbours the word vectors do not know.</summary>
    NeighbourAffixes = 1,

    /// <summary>Character trigrams of the token's own word (with its boundaries), so that an unseen transliterated
    /// name is read through the letter sequences it shares with known ones.</summary>
    WordTrigrams = 2,

    /// <summary>Word vectors and flags over ±3 tokens instead of ±2.</summary>
    WideWindow = 4,
}
