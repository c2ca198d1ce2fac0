using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>A definite description (التنظيم، التحالف) and the head words its antecedent's name starts with.
/// With no such entity, <see cref="DefaultTarget"/> is taken when the article names <see cref="DefaultContext"/>.
/// With a <see cref="Reach"/>, only an entity named before the description, at most that many characters before it,
/// is an antecedent: «الشركة» points back at a company just named, not at one named anywhere in the article.</summary>
internal sealed record Description(string Phrase, ImmutableArray<string> HeadKeys, EntityType Type)
{
    public string? DefaultTarget { get; init; }

    public string? DefaultContext { get; init; }

    public int? Reach { get; init; }

    /// <summary>Any city or town the article names (<c>kb/place-countries.tsv</c>) is an antecedent too (المدينة).</summary>
    public bool AnyTown { get; init; }

    /// <summary>Any capital the article names (<c>linking/capitals.txt</c>) is an antecedent too (العاصمة).</summary>
    public bool AnyCapital { get; init; }

    /// <summary>Title heads (وزير) whose holder's body the description also names: with no antecedent, «الوزارة» after
    /// «وزير المياه والري» is «وزارة المياه والري» where the article or the KB names it.</summary>
    public ImmutableArray<string> HolderTitleHeads { get; init; } = [];

    /// <summary>The prefix that marks a holder's title head in <c>linking/descriptions.tsv</c> (~وزير).</summary>
    public const char HolderTitlePrefix = '~';

    /// <summary>The antecedent head that stands for <see cref="AnyTown"/> in <c>linking/descriptions.tsv</c>.</summary>
    public const string AnyTownHead = "*town";

    /// <summary>The antecedent head that stands for <see cref="AnyCapital"/> in <c>linking/descriptions.tsv</c>.</summary>
    public const string AnyCapitalHead = "*capital";
}
