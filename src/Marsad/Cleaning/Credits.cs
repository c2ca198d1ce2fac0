namespace Marsad.Cleaning;

/// <summary>What a byline, dateline or source line says: the place written before the story, and the agencies and
/// outlets it credits (as written).</summary>
internal sealed record Credits(string? Place, IReadOnlyList<string> Agencies)
{
    public static readonly Credits None = new(null, []);
}
