namespace Marsad.Facts;

/// <summary>Which noun not in the lexicon a number's grammar admits as what it counts.</summary>
internal enum CountedNounForm
{
    /// <summary>Only nouns of the lexicon (and, where allowed, accusative forms).</summary>
    None,

    /// <summary>After a scale word (ألف، مليون، مليار): any indefinite noun, in the genitive singular.</summary>
    AfterScale,

    /// <summary>After 11 and above: a singular; only the feminine ة shows it is a noun.</summary>
    Singular,

    /// <summary>After 3 to 10: a sound plural (ات، ين).</summary>
    Plural,
}
