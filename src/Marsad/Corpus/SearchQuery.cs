namespace Marsad.Corpus;

/// <summary>
/// A search: free text in the Lucene query syntax (quotes for phrases, AND/OR/NOT, parentheses) over headline and
/// body, with optional filters. Arabic words are normalised and clitics stripped, so والتحالف finds التحالف.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>The query text; empty means every article (with the filters).</summary>
    public string Text { get; init; } = "";

    /// <summary>An entity id (<c>per:john-kerry</c>) or a name or alias the corpus knows.</summary>
    public string? Entity { get; init; }

    /// <summary>A speaker: entity id or name as quoted.</summary>
    public string? Speaker { get; init; }

    /// <summary>An outlet name as stored (<c>BBC</c>, <c>CNN</c> ...).</summary>
    public string? Outlet { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page (1–100).</summary>
    public int Size { get; init; } = 10;

    /// <summary>When the query does not parse, search its words as plain terms instead of failing.</summary>
    public bool Lenient { get; init; }

    /// <summary>Facet values to return per facet.</summary>
    public int FacetSize { get; init; } = 10;
}
