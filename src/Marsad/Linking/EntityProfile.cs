using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>What the knowledge base knows of an entity: its names and the offices it held, with their dates
/// (for the server's entity page).</summary>
public sealed record EntityProfile(KbEntity Entity, ImmutableArray<EntityRole> Roles);

/// <summary>One office an entity held, from <see cref="From"/> to <see cref="To"/> (null: open).</summary>
public sealed record EntityRole(Office Office, DateOnly? From, DateOnly? To);
