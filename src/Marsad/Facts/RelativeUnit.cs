namespace Marsad.Facts;

/// <summary>The granularity of a relative date, which decides the ISO form of its value.</summary>
internal enum RelativeUnit
{
    Day,
    Week,
    Month,
    Year,
}
