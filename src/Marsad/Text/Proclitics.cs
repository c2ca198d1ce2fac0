namespace Marsad.Text;

/// <summary>The proclitics a <see cref="CliticSplit"/> removed, in their fixed order (و/ف, ب/ل/ك or س, ال).</summary>
[Flags]
public enum Proclitics : byte
{
    None = 0,

    /// <summary>و or ف.</summary>
    Conjunction = 1,

    /// <summary>ب, ل or ك.</summary>
    Preposition = 2,

    /// <summary>س before an imperfect verb.</summary>
    Future = 4,

    /// <summary>The definite article ال (or its ل after the preposition ل: للتحالف).</summary>
    Article = 8,
}
