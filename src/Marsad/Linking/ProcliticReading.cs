namespace Marsad.Linking;

/// <summary>One reading of a word with proclitics removed: how many written characters the mention leaves out
/// (<see cref="Skip"/>), where in the written word the lookup key's letters begin (<see cref="KeyFrom"/>), and
/// whether the key restores the article that ل assimilated (للولايات → الولايات).</summary>
internal readonly record struct ProcliticReading(int Skip, int KeyFrom, bool RestoresArticle);
