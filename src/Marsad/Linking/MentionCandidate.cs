using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>Working data of the linker for one mention: where it is, how it was found, what it may refer to and,
/// once linked, the key of its entity (a KB id or a provisional id).</summary>
internal sealed class MentionCandidate
{
    public required int Start { get; set; }

    public required int End { get; set; }

    public required int FirstToken { get; set; }

    public required int LastToken { get; set; }

    public required CandidateKind Kind { get; init; }

    public EntityType? Type { get; set; }

    /// <summary>Knowledge-base entities the text may name.</summary>
    public ImmutableArray<string> KbIds { get; init; } = [];

    public RoleTitle? Role { get; init; }

    public Nationality? Nationality { get; set; }

    public Description? Description { get; init; }

    /// <summary>The name with the article a proclitic ل assimilated restored (للأكراد → الأكراد), for a mention that
    /// must keep the whole written word, or a facility's name without its adjectives (مطار دمشق of مطار دمشق الدولي);
    /// null when the name is the mention's text.</summary>
    public string? RestoredName { get; init; }

    /// <summary>The name of the body a description stands for where neither the article nor the KB names it («الوزارة»
    /// after «وزيرة البيئة» → وزارة البيئة); null otherwise. The entity is kept on it, as on a written name.</summary>
    public string? ImpliedName { get; set; }

    /// <summary>The linked entity: a KB id or a provisional id; null while unlinked.</summary>
    public string? EntityKey { get; set; }

    public bool IsPersonName => Kind is CandidateKind.Name or CandidateKind.Tagged or CandidateKind.Surname && Type == EntityType.PERS;

    /// <summary>A phrase that names back a person already linked (a title, «الأخير», an honorific, an office at a date),
    /// over tokens <paramref name="first"/>..<paramref name="last"/>; <paramref name="start"/> when it starts inside the
    /// first token (past a proclitic).</summary>
    public static MentionCandidate PersonReference(ImmutableArray<LinkToken> tokens, int first, int last, string entityKey, int? start = null) => new()
    {
        Start = start ?? tokens[first].Start,
        End = tokens[last].End,
        FirstToken = first,
        LastToken = last,
        Kind = CandidateKind.TitleReference,
        Type = EntityType.PERS,
        EntityKey = entityKey,
    };

    /// <summary>A candidate over the tokens of a phrase match; the caller adds what the kind needs.</summary>
    public static MentionCandidate Over<T>(
        PhraseMatch<T> match,
        CandidateKind kind,
        EntityType? type,
        RoleTitle? role = null,
        Description? description = null,
        ImmutableArray<string> kbIds = default,
        int? end = null) => new()
        {
            Start = match.Start,
            End = end ?? match.End,
            FirstToken = match.First,
            LastToken = match.Last,
            Kind = kind,
            Type = type,
            Role = role,
            Description = description,
            KbIds = kbIds.IsDefault ? [] : kbIds,
        };

    public bool IsNamed => Kind is CandidateKind.Name or CandidateKind.Tagged or CandidateKind.Surname;
}
