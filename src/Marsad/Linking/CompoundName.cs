using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>A person's compound surname written with a bare hyphen (فرناندو غراندي-مارلاسكا), which the tagger often
/// stops at.</summary>
internal static class CompoundName
{
    /// <summary>The last token of the name ending at <paramref name="last"/> once it runs on over such hyphens: parts
    /// written with no space, that start with a letter and that no other candidate took (<paramref name="owner"/>, when
    /// given).</summary>
    public static int Last(string body, ImmutableArray<LinkToken> tokens, int[]? owner, int last)
    {
        while (last + 1 < tokens.Length && (owner is null || owner[last + 1] < 0)
            && tokens[last + 1].Start == tokens[last].End + 1 && body[tokens[last].End] == '-'
            && tokens[last + 1].Key is [var first, ..] && char.IsLetter(first))
        {
            last++;
        }

        return last;
    }
}
