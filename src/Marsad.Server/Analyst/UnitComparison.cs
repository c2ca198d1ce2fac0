using System.Collections.Immutable;

namespace Marsad.Server.Analyst;

/// <summary>One counted thing (قتيل، جريح، دولار ...) across outlets, outlets with the highest figure first.</summary>
public sealed record UnitComparison(string Unit, int Reports, ImmutableArray<OutletFigures> Outlets);
