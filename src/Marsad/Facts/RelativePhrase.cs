namespace Marsad.Facts;

/// <summary>A phrase of <c>facts/relative-dates.tsv</c>: <see cref="Offset"/> units from the publication date.</summary>
internal sealed record RelativePhrase(RelativeUnit Unit, int Offset);
