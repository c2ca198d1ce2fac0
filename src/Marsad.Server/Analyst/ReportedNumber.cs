namespace Marsad.Server.Analyst;

/// <summary>A figure one article gave: the number as written, its value and unit, and the sentence around it.</summary>
public sealed record ReportedNumber(
    string Article,
    string? Headline,
    DateOnly? Date,
    string Text,
    double Value,
    string Unit,
    string Sentence);
