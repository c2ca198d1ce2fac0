namespace Marsad.Linking;

/// <summary>One holder's term in an office; an open end (<see cref="To"/> null) means still in office.</summary>
public sealed record OfficeTerm(string OfficeId, string EntityId, DateOnly? From, DateOnly? To)
{
    /// <summary>Whether the term covers the date (both ends inclusive).</summary>
    public bool Covers(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}
