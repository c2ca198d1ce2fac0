using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>A person's compound name written with a bare hyphen (فرناندو غراندي-مارلاسكا، بيير-كريستوف), which the
/// tagger often stops at or splits.</summary>
internal static class CompoundName
{
    /// <summary>The last token of the name ending at <paramref name="last"/> once it runs on over such hyphens: parts
    /// written with no space, that start with a letter and that no other candidate took (<paramref name="owner"/>, when
    /// given).</summary>
    public static int Last(string body, ImmutableArray<LinkToken> tokens, int[]? owner, int last)
    {
        while (last + 1 < tokens.Length && (owner is null || owner[last + 1] < 0) && IsGluedToPrevious(body, tokens, last + 1))
        {
            last++;
        }

        return last;
    }

    /// <summary>The first token of the name starting at <paramref name="first"/> once it runs back over such hyphens
    /// (بيير-كريستوف), over parts no other candidate took.</summary>
    public static int First(string body, ImmutableArray<LinkToken> tokens, int[] owner, int first)
    {
        while (first > 0 && owner[first - 1] < 0 && IsGluedToPrevious(body, tokens, first))
        {
            first--;
        }

        return first;
    }

    /// <summary>Whether token <paramref name="i"/> follows the token before it across one bare hyphen, both starting
    /// with a letter (نكويتا-سلامي).</summary>
    public static bool IsGluedToPrevious(string body, ImmutableArray<LinkToken> tokens, int i) =>
        i > 0 && i < tokens.Length && tokens[i].Start == tokens[i - 1].End + 1 && body[tokens[i - 1].End] == '-'
        && tokens[i].Key is [var first, ..] && char.IsLetter(first)
        && tokens[i - 1].Key is [var previous, ..] && char.IsLetter(previous);
}
