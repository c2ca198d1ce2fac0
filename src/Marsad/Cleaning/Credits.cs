namespace Marsad.Cleaning;

/// <summary>What a byline, dateline or source line says: the place written before the story, and the agencies and
/// outlets it credits (as written), the date when the dateline carries one (<c>X في 15 مارس 2023 /وكالة/</c>), and
/// whether a writer signs it by name (<c>العين - محمد الكعبي</c>).</summary>
internal sealed record Credits(string? Place, IReadOnlyList<string> Agencies, DateOnly? Date = null, bool Signed = false)
{
    public static readonly Credits None = new(null, []);
}
