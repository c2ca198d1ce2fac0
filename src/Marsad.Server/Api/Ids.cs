namespace Marsad.Server.Api;

/// <summary>Ids from requests are only ever looked up in the store, never used as paths; this just turns away
/// values no store id can be (control characters, absurd lengths) before a lookup.</summary>
internal static class Ids
{
    public const int MaxLength = 300;

    public static bool IsPlausible(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength && !id.Any(char.IsControl);
}
