using System.Collections.Immutable;

namespace Marsad.Server.Analyst;

/// <summary>What one outlet reported for one unit: its highest and latest figures and every figure, oldest first.</summary>
public sealed record OutletFigures(string Outlet, double Highest, double Latest, ImmutableArray<ReportedNumber> Numbers);
