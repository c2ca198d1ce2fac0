namespace Marsad.Quotes;

/// <summary>What kind of word reports the speech.</summary>
internal enum CueKind
{
    /// <summary>A finite reporting verb (قال، أكدت، يقول).</summary>
    Verb,

    /// <summary>An adverbial participle whose subject is the sentence's speaker (مضيفا، مشيرا).</summary>
    Participle,

    /// <summary>A noun that reports speech, with a nationality adjective as speaker (تحذيرات أميركية من أن).</summary>
    Noun,

    /// <summary>A source phrase naming the speaker of the clause (بحسب، وفق، نقلا عن).</summary>
    Source,
}
