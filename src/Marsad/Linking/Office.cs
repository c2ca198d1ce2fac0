using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>An office (<c>us-secretary-of-state</c>), the country it belongs to and the titles that name it in
/// Arabic (وزير الخارجية الأمريكي، وزير الخارجية الأمريكي ...).</summary>
public sealed record Office(string Id, string Country, ImmutableArray<string> Titles);
