namespace Marsad.Entities;

/// <summary>What the gazetteers say about one token, as bits (features fire per bit).</summary>
[Flags]
public enum GazetteerFlags : uint
{
    None = 0,
    FirstName = 1 << 0,
    FamilyName = 1 << 1,
    PersonTitle = 1 << 2,
    OrgHeadWord = 1 << 3,
    Agency = 1 << 4,

    /// <summary>Begins / continues a known person name (phrase match).</summary>
    PersonBegin = 1 << 5,
    PersonInside = 1 << 6,
    OrgBegin = 1 << 7,
    OrgInside = 1 << 8,
    LocBegin = 1 << 9,
    LocInside = 1 << 10,
    MiscBegin = 1 << 11,
    MiscInside = 1 << 12,

    /// <summary>The single-token phrase ends here (a whole known name).</summary>
    PhraseEnd = 1 << 13,

    /// <summary>A title of office (وزير، رئيس) or honorific (الشيخ) phrase ends on this token.</summary>
    TitleEnd = 1 << 14,

    /// <summary>A context cue word (verbs of saying, place prepositions ...) from ner/context-cues.tsv; kind bits follow.</summary>
    CueSay = 1 << 15,
    CuePlace = 1 << 16,
    CueOrg = 1 << 17,
    CuePerson = 1 << 18,

    /// <summary>Head words that begin a place/facility or another named thing (org-head-words.txt types LOC, MISC).</summary>
    LocHeadWord = 1 << 19,
    MiscHeadWord = 1 << 20,
}
