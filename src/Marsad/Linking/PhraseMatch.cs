namespace Marsad.Linking;

/// <summary>A phrase of a <see cref="PhraseIndex{T}"/> found in the body: tokens [First, Last], the body span
/// (proclitics left out), and what the phrase stands for.</summary>
internal readonly record struct PhraseMatch<T>(int First, int Last, int Start, int End, T Value)
{
    public int TokenCount => Last - First + 1;
}
