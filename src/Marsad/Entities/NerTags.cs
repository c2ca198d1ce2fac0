using Marsad.Model;

namespace Marsad.Entities;

/// <summary>ANERcorp's BIO tag set as small integers: 0 = O, then B/I pairs for PERS, ORG, LOC, MISC.</summary>
public static class NerTags
{
    public const int Count = 9;
    public const int Outside = 0;

    private static readonly string[] Names = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static string Name(int tag) => Names[tag];

    /// <summary>The tag index of a CoNLL tag string; unknown or malformed tags map to O (with B-/I- of any known type accepted).</summary>
    public static int Parse(ReadOnlySpan<char> tag)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (tag.SequenceEqual(Names[i]))
            {
                return i;
            }
        }

        // ANERcorp variants such as B-PER.
        if (tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-')
        {
            var type = tag[2..];
            var begin = tag[0] == 'B';
            if (type.StartsWith("PER", StringComparison.Ordinal))
            {
                return begin ? 1 : 2;
            }

            if (type.StartsWith("ORG", StringComparison.Ordinal))
            {
                return begin ? 3 : 4;
            }

            if (type.StartsWith("LOC", StringComparison.Ordinal))
            {
                return begin ? 5 : 6;
            }

            if (type.StartsWith("MISC", StringComparison.Ordinal))
            {
                return begin ? 7 : 8;
            }
        }

        return Outside;
    }

    public static bool IsBegin(int tag) => tag != Outside && (tag & 1) == 1;

    public static bool IsInside(int tag) => tag != Outside && (tag & 1) == 0;

    /// <summary>The entity type of a B or I tag (undefined for O).</summary>
    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 2);

    public static int BeginOf(EntityType type) => 1 + (2 * (int)type);

    /// <summary>BIO constraint: an I-X tag may only follow B-X or I-X (<paramref name="previous"/> = -1 at the start).</summary>
    public static bool Allowed(int previous, int tag) =>
        !IsInside(tag) || (previous > 0 && TypeOf(previous) == TypeOf(tag));
}
