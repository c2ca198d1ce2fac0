using System.Collections.Immutable;

namespace Marsad.Quotes;

/// <summary>One reporting cue of <c>Resources/quotes/cues.tsv</c>: the lemma it belongs to and how its content is
/// introduced. <see cref="FrameWords"/> holds the extra words of phrase cues (أبدى ارتياحه، أعرب عن امتنانه),
/// each as a sequence of lookup keys. <see cref="GovernedProclitic"/> is the one-letter preposition that opens the
/// content of a cue like طالب (طالب الاتحاد بإشراكه): the speaker runs up to the first word carrying it.</summary>
internal sealed record CueEntry(
    string Lemma,
    CueKind Kind,
    bool TakesComplementizer,
    bool TakesQuote,
    bool TakesNounPhrase,
    bool ObjectFirst,
    ImmutableArray<ImmutableArray<string>> FrameWords,
    char GovernedProclitic = '\0')
{
    /// <summary>The noun-phrase content must open with a noun carrying a possessive (أعلن موافقته، يعلن دعمه): an
    /// announcement of an event (أعلن افتتاح مستشفى، أعلنت القبض على) reports no one's words.</summary>
    public bool OwnNounPhraseOnly { get; init; }

    /// <summary>The noun-phrase content must open with a stance noun (جدد رفض المملكة …), not any object (جدد موقف).</summary>
    public bool StanceNounPhraseOnly { get; init; }

    /// <summary>A preposition written as its own word that opens the content after the speaker and an optional object
    /// (حذر X الحجاج من التعرض …); empty when none.</summary>
    public string GovernedPreposition { get; init; } = string.Empty;

    /// <summary>The cue reports only with its own subject after it (ووعد الوزير بإعادة …); coordinated after a comma
    /// with no subject (…، ووعد بالمساعدة) it is a further action, not a report (GOLD-NOTES 000).</summary>
    public bool NeedsOwnSubject { get; init; }

    /// <summary>The preposition the cue governs before a noun-phrase content, dropped from the text (أشار إلى تخصيص …،
    /// لافتا إلى توسيع …: the content is تخصيص …); the cue reports a noun phrase only after it. Empty when none.</summary>
    public string NounPhrasePreposition { get; init; } = string.Empty;

    /// <summary>An own-stance cue (أعلن) also reports an announced event, a bare noun phrase (أعلنت الوزارة وفاة …،
    /// أعلن البنك المركزي حزمة إجراءات …), when a tagged name after the cue ends its speaker: the name bounds the
    /// speaker, so the noun after it cannot be part of it. The development golds of eight outlets list such contents.</summary>
    public bool NamedSpeakerEvent { get; init; }

    /// <summary>A preposition written apart that may open such an event content and is dropped (أعلنت الشركة عن تحقيق
    /// أرباح …); empty when none.</summary>
    public string NamedSpeakerEventPreposition { get; init; } = string.Empty;

    /// <summary>Whether the content opens with a governed preposition, glued or written apart.</summary>
    public bool HasGovernedPreposition => GovernedProclitic != '\0' || GovernedPreposition.Length > 0;
}
