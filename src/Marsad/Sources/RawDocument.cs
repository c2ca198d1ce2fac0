namespace Marsad.Sources;

/// <summary>
/// An article as read from its source, before cleaning: the raw text as lines (web chrome included) and whatever
/// metadata the format carried. <see cref="Path"/> names the file, or <c>archive.tar.gz!/inner/path</c> for an entry.
/// </summary>
public sealed record RawDocument
{
    public required string Id { get; init; }

    public required string Path { get; init; }

    public required DocumentFormat Format { get; init; }

    /// <summary>The article text, one raw line per paragraph or page line (for HTML, the extracted main content).</summary>
    public required string Text { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>The outlet the metadata names (the TREC SRC field, JSONL <c>source</c>, HTML site name).</summary>
    public string? Outlet { get; init; }

    public string? Author { get; init; }

    /// <summary>The publication time the metadata gives, if any.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Other metadata fields the format carried (CAT, ABSTRACT, meta tags), by name.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
