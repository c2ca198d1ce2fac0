namespace Marsad.Server.Analyst;

/// <summary>How often one outlet carried something (quotes of a speaker), and over which dates.</summary>
public sealed record OutletCount(string Outlet, int Count, DateOnly? First, DateOnly? Last);
