namespace Marsad.Model;

/// <summary>A stage that failed on one article: recorded, and the article goes on through the other stages.</summary>
public sealed record StageError(string Stage, string Message);
