using Marsad.Model;

namespace Marsad.Entities;

/// <summary>A tagged entity as a token range [Start, End) and a type.</summary>
public readonly record struct EntityChunk(int Start, int End, EntityType Type)
{
    /// <summary>The chunks of a tag sequence, read the way conlleval reads them (an I-X after O or another type opens a chunk).</summary>
    public static List<EntityChunk> FromTags(ReadOnlySpan<int> tags)
    {
        var chunks = new List<EntityChunk>();
        var start = -1;
        var type = EntityType.PERS;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : NerTags.Outside;
            var continues = NerTags.IsInside(tag) && start >= 0 && NerTags.TypeOf(tag) == type;
            if (start >= 0 && !continues)
            {
                chunks.Add(new EntityChunk(start, i, type));
                start = -1;
            }

            if (tag != NerTags.Outside && !continues)
            {
                start = i;
                type = NerTags.TypeOf(tag);
            }
        }

        return chunks;
    }
}
