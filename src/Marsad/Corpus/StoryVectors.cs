using System.Text.Json;

namespace Marsad.Corpus;

/// <summary>
/// The persisted vectors of a story, one JSON value in every store's story row (Days: members per day number; absent in
/// stores made before session 11, which then read as no recent members). One type so that the stores cannot drift.
/// </summary>
internal sealed record StoryVectors(Dictionary<string, double> Centroid, Dictionary<string, int> Entities, Dictionary<int, int>? Days = null)
{
    public static byte[] Serialize(StoryState story) =>
        JsonSerializer.SerializeToUtf8Bytes(new StoryVectors(story.Centroid, story.Entities, story.MemberDays));

    /// <summary>The story row's fields with its stored vectors (empty when the row has none).</summary>
    public static StoryState Read(long id, string title, DateOnly? first, DateOnly? last, int size, ReadOnlySpan<byte> json)
    {
        var vectors = json.IsEmpty ? null : JsonSerializer.Deserialize<StoryVectors>(json);
        return new StoryState
        {
            Id = id,
            Title = title,
            First = first,
            Last = last,
            Size = size,
            Centroid = vectors?.Centroid ?? new(StringComparer.Ordinal),
            Entities = vectors?.Entities ?? new(StringComparer.Ordinal),
            MemberDays = vectors?.Days ?? [],
        };
    }
}
