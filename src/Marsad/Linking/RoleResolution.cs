namespace Marsad.Linking;

/// <summary>A role phrase read against the knowledge base: the office it names and, when a date was given and
/// exactly one person held the office on it, that person.</summary>
public sealed record RoleResolution(Office Office, KbEntity? Holder);
