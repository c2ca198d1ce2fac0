namespace Marsad.Server.Analyst;

/// <summary>What an analyst asks of the quotes: who (required), optionally about what, where and when.</summary>
public sealed record QuoteQuery
{
    /// <summary>The speaker: an entity id (<c>per:...</c>) or a name as quoted.</summary>
    public required string Speaker { get; init; }

    /// <summary>The topic, in the search syntax: only articles matching it are read.</summary>
    public string? About { get; init; }

    /// <summary>Keep only quotes whose own words contain the topic (not just their article).</summary>
    public bool Strict { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>1-based page of quotes.</summary>
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 20;

    /// <summary>Search a topic that does not parse as plain words instead of failing.</summary>
    public bool Lenient { get; init; }
}
