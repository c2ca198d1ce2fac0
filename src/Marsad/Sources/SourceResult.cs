namespace Marsad.Sources;

/// <summary>One item a source yields: a document, or a clear error naming the file and the reason.</summary>
public readonly record struct SourceResult(RawDocument? Document, string Path, string? Error)
{
    public bool IsError => Error is not null;

    public static SourceResult Ok(RawDocument document) => new(document, document.Path, null);

    public static SourceResult Fail(string path, string reason) => new(null, path, reason);
}
