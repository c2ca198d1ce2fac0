namespace Marsad.Corpus;

/// <summary>
/// The clustering state of one story, persisted with the batch that changed it so that a resumed ingest continues
/// from exactly the state a clean run would have.
/// </summary>
public sealed class StoryState
{
    public required long Id { get; init; }

    /// <summary>Headline of the first article (the title shown until a more central one is chosen at read time).</summary>
    public required string Title { get; set; }

    public DateOnly? First { get; set; }

    public DateOnly? Last { get; set; }

    /// <summary>Member articles that are not duplicates.</summary>
    public int Size { get; set; }

    /// <summary>Sum of the members' unit TF-IDF vectors (term → weight).</summary>
    public Dictionary<string, double> Centroid { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Entity id → number of members mentioning it.</summary>
    public Dictionary<string, int> Entities { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Day number → members published that day (undated ones left out), to tell how many joined lately.</summary>
    public Dictionary<int, int> MemberDays { get; init; } = [];

    /// <summary>
    /// The older story this one was merged into (its members now belong there): the store moves the members and
    /// drops this story when it writes the batch.
    /// </summary>
    public long? MergedInto { get; set; }

    /// <summary>A copy with its own dictionaries (handed to the writer thread while clustering goes on).</summary>
    public StoryState Snapshot() => new()
    {
        Id = Id,
        Title = Title,
        First = First,
        Last = Last,
        Size = Size,
        MergedInto = MergedInto,
        Centroid = new(Centroid, StringComparer.Ordinal),
        Entities = new(Entities, StringComparer.Ordinal),
        MemberDays = new(MemberDays),
    };
}
