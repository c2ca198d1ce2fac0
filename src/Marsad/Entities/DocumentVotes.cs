using System.Runtime.InteropServices;

namespace Marsad.Entities;

/// <summary>
/// The first pass's tags of each word (by its proclitic-stripped key) over a whole document: how often it was tagged
/// O, PERS, ORG, LOC and MISC. The second pass reads them as features, so that a name recognised in one sentence
/// informs the same word in another (one sense per document, learnt rather than imposed).
/// </summary>
public sealed class DocumentVotes
{
    private const int FieldBits = 12;
    private const ulong FieldMax = (1UL << FieldBits) - 1;
    private readonly Dictionary<ulong, ulong> words = [];

    public int Count => words.Count;

    public void Clear() => words.Clear();

    /// <summary>Records the tags of the sentence in <paramref name="ws"/>.</summary>
    internal void Record(NerWorkspace ws, ReadOnlySpan<int> tags)
    {
        for (var i = 0; i < ws.Length; i++)
        {
            if (ws.CharLength[i] < 2)
            {
                continue;
            }

            var field = tags[i] == NerTags.Outside ? 0 : 1 + (int)NerTags.TypeOf(tags[i]);
            ref var packed = ref CollectionsMarshal.GetValueRefOrAddDefault(words, ws.GazKey[i], out _);
            if (((packed >> (field * FieldBits)) & FieldMax) < FieldMax)
            {
                packed += 1UL << (field * FieldBits);
            }
        }
    }

    /// <summary>How often the word with <paramref name="key"/> was tagged with each of O, PERS, ORG, LOC, MISC.</summary>
    internal int Of(ulong key, int field) => (int)((words.GetValueOrDefault(key) >> (field * FieldBits)) & FieldMax);

    internal ulong Packed(ulong key) => words.GetValueOrDefault(key);

    internal static int Field(ulong packed, int field) => (int)((packed >> (field * FieldBits)) & FieldMax);
}
