namespace Marsad.Quotes;

/// <summary>A person the article names with a role (وزير الخارجية الأمريكي جون كيري): where, the role words
/// (without the article) and the name, so that a later «الوزير الأميركي» or «كيري» can be resolved.</summary>
internal sealed record KnownPerson(int Position, HashSet<string> Roles, string Name, string[] NameKeys, string? EntityId);
