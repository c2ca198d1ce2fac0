namespace Marsad.Facts;

/// <summary>A month name of <c>facts/months.tsv</c>; an ambiguous one needs a day, a year or a second name beside it.</summary>
internal sealed record MonthName(int Month, bool Ambiguous);
