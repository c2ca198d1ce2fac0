namespace Marsad.Linking;

/// <summary>A word of the body for linking: its offsets, its <see cref="LinkKey"/>, and whether it continues the
/// phrase of the word before (only spaces, quote marks, brackets or hashtag joiners between them).</summary>
internal readonly record struct LinkToken(int Start, int End, string Key, bool JoinsPrevious);
