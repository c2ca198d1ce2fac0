using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>A title phrase and the offices it may name: one office for a full title (وزير الخارجية الأمريكي), all
/// offices sharing it for a title without nationality (وزير الخارجية), none for a role noun (الوزير) whose offices are
/// found through <see cref="HeadKey"/> and a nationality.</summary>
internal sealed record RoleTitle(ImmutableArray<Office> Offices, string HeadKey)
{
    /// <summary>A title without its nationality (وزير الخارجية): it names no office alone, so it is never read
    /// against the KB's holders at a date — only against the people the article itself gives that role.</summary>
    public bool IsGeneric { get; init; }
}
