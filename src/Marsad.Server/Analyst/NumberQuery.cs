namespace Marsad.Server.Analyst;

/// <summary>Which articles' figures to compare: one story's, or those of a search (text and filters); optionally one unit.</summary>
public sealed record NumberQuery
{
    /// <summary>A story id (<c>s42</c>); when set the search fields are ignored.</summary>
    public string? Story { get; init; }

    /// <summary>Search text in the query syntax.</summary>
    public string? Text { get; init; }

    public string? Entity { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Only this unit (normalised, clitics stripped: قتلى finds «القتلى»).</summary>
    public string? Unit { get; init; }

    public bool Lenient { get; init; }

    /// <summary>The page of units wanted, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Units a page; every unit on one page unless set (the command line prints them all).</summary>
    public int Size { get; init; } = int.MaxValue;
}
