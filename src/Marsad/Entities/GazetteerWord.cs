namespace Marsad.Entities;

/// <summary>What the gazetteer says about one token key on its own: its word flags, whether the key alone is a
/// whole phrase (and that phrase's flags) and whether it begins a longer phrase. Lets <see cref="NerGazetteer"/>
/// annotate a sentence without a dictionary lookup for most tokens.</summary>
public readonly record struct GazetteerWord(GazetteerFlags Word, GazetteerFlags Phrase, bool IsPhrase, bool IsPrefix);
