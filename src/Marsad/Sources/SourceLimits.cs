namespace Marsad.Sources;

/// <summary>Limits that keep one odd input from exhausting memory: a news article is never this large.</summary>
public static class SourceLimits
{
    /// <summary>The largest file or archive entry read as one document source (16 MB).</summary>
    public const long MaxDocumentBytes = 16L * 1024 * 1024;

    internal static string TooLarge(long bytes) =>
        $"file too large ({bytes / (1024.0 * 1024.0):0.#} MB > {MaxDocumentBytes / (1024 * 1024)} MB limit)";
}
