namespace Marsad.Evaluation;

/// <summary>How one analysed article compares with its gold record, field by field.</summary>
public sealed record SeedScore(string File)
{
    public bool HeadlineRight { get; init; }

    public bool DatelineRight { get; init; }

    public bool PublishedRight { get; init; }

    /// <summary>Credited agencies/outlets (gold <c>sources</c>).</summary>
    public MatchCounts Agencies { get; init; }

    /// <summary>Removed lines against gold boilerplate lines.</summary>
    public MatchCounts Boilerplate { get; init; }

    /// <summary>Gold non-boilerplate lines missing from the body (content lost by the cleaner).</summary>
    public int ContentLinesLost { get; init; }

    /// <summary>Quotes matched by text (≥ 80% character overlap).</summary>
    public MatchCounts Quotes { get; init; }

    /// <summary>Matched quotes that also have the right speaker: the attributed-quote figure.</summary>
    public MatchCounts AttributedQuotes { get; init; }

    public int QuoteKindsRight { get; init; }

    public int QuoteCuesRight { get; init; }

    /// <summary>Gold entities whose in-text aliases all land in one predicted entity (recall of the grouping).</summary>
    public MatchCounts Entities { get; init; }

    /// <summary>Predicted entities with a mention that is an alias of some gold entity (precision = this / predicted).</summary>
    public int EntitiesCorresponding { get; init; }

    public MatchCounts Quantities { get; init; }

    public int QuantityValuesRight { get; init; }

    public MatchCounts Dates { get; init; }

    public int DateValuesRight { get; init; }
}
