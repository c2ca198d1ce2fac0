namespace Marsad.Entities;

/// <summary>
/// What the rest of the document says about each word (by its proclitic-stripped key): the contexts it appears in
/// (after a title or first name, before a family name or a verb of saying, after a place/organisation introducer), what
/// the gazetteers call it, and how often it occurs. A name that is introduced once ("the coach X said") is then
/// recognised where it stands bare. Collected over all sentences before any is tagged, so it is the same in training
/// and tagging.
/// </summary>
public sealed class DocumentEvidence
{
    private readonly Dictionary<ulong, (uint Bits, int Count)> words = [];

    public int Count => words.Count;

    public void Clear() => words.Clear();

    /// <summary>Adds the sentence in <paramref name="ws"/>, whose gazetteer flags are already set (it reads only what
    /// <see cref="NerWorkspace.AddForEvidence"/> fills).</summary>
    internal void Collect(NerWorkspace ws)
    {
        var n = ws.Length;
        for (var i = 0; i < n; i++)
        {
            if (ws.CharLength[i] < 3)
            {
                continue;
            }

            var bits = ContextBits(ws, i);
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(words, ws.GazKey[i], out _);
            entry = (entry.Bits | bits, entry.Count + 1);
        }
    }

    /// <summary>The evidence bits and the occurrence count of a word key (0, 0 when it is not in the document).</summary>
    internal (uint Bits, int Count) Of(ulong key) => words.GetValueOrDefault(key);

    private static uint ContextBits(NerWorkspace ws, int i)
    {
        var prev = i > 0 ? ws.Flags[i - 1] : GazetteerFlags.None;
        var next = i + 1 < ws.Length ? ws.Flags[i + 1] : GazetteerFlags.None;
        var own = ws.Flags[i];
        uint bits = 0;
        Set(ref bits, 0, (prev & (GazetteerFlags.TitleEnd | GazetteerFlags.CuePerson)) != 0);
        Set(ref bits, 1, (prev & GazetteerFlags.FirstName) != 0);
        Set(ref bits, 2, (next & GazetteerFlags.FamilyName) != 0);
        Set(ref bits, 3, ((next | prev) & GazetteerFlags.CueSay) != 0);
        Set(ref bits, 4, (prev & GazetteerFlags.CuePlace) != 0);
        Set(ref bits, 5, (prev & (GazetteerFlags.CueOrg | GazetteerFlags.OrgHeadWord)) != 0);
        Set(ref bits, 6, (own & (GazetteerFlags.PersonBegin | GazetteerFlags.PersonInside | GazetteerFlags.FirstName | GazetteerFlags.FamilyName)) != 0);
        Set(ref bits, 7, (own & (GazetteerFlags.OrgBegin | GazetteerFlags.OrgInside | GazetteerFlags.Agency)) != 0);
        Set(ref bits, 8, (own & (GazetteerFlags.LocBegin | GazetteerFlags.LocInside)) != 0);
        Set(ref bits, 9, ws.KeyStrip[i] > 0);
        Set(ref bits, 10, i > 0 && ws.KeyStrip[i] == 0 && (next & (GazetteerFlags.FamilyName | GazetteerFlags.FirstName)) != 0 && (prev & GazetteerFlags.FirstName) == 0);
        return bits;
    }

    private static void Set(ref uint bits, int bit, bool on)
    {
        if (on)
        {
            bits |= 1u << bit;
        }
    }
}
