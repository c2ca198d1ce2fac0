using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>An entity of the knowledge base: its id (<c>per:john-kerry</c>), type, Arabic and English names and
/// every other name it goes by.</summary>
public sealed record KbEntity(string Id, EntityType Type, string NameAr, string? NameEn, ImmutableArray<string> Aliases);
