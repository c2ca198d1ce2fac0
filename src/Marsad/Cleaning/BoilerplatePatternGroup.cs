using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>
/// Boilerplate patterns joined into one alternation: nearly every line of an article matches none of them, and one
/// scan of the line says so instead of one scan per pattern. Patterns anchored at the line's start (<c>^...</c>) are
/// grouped apart from those that may match anywhere: a group of anchored patterns is ruled out after the line's first
/// few characters, while a single unanchored member makes its group try every position (in the non-backtracking
/// engine's slower, anchor-aware mode), so mixing them made every group pay the whole line. Groups stay small enough
/// for the non-backtracking engine's automaton limit. Members keep their file order; the order of the groups says
/// nothing about precedence (see <see cref="BoilerplatePattern.Order"/>).
/// </summary>
internal sealed class BoilerplatePatternGroup
{
    private const int PreferredSize = 8;

    private BoilerplatePatternGroup(Regex any, IReadOnlyList<BoilerplatePattern> members)
    {
        Any = any;
        Members = members;
    }

    /// <summary>Matches a line when any member does.</summary>
    public Regex Any { get; }

    /// <summary>The member patterns, in file order.</summary>
    public IReadOnlyList<BoilerplatePattern> Members { get; }

    public static IEnumerable<BoilerplatePatternGroup> Build(IReadOnlyList<BoilerplatePattern> patterns)
    {
        foreach (var kind in patterns.GroupBy(p => IsAnchored(p.Pattern)))
        {
            foreach (var chunk in kind.Chunk(PreferredSize))
            {
                foreach (var group in Split(chunk))
                {
                    yield return group;
                }
            }
        }
    }

    /// <summary>Whether the pattern can only match at the line's start: it opens with <c>^</c> and no alternation at its
    /// top level leads elsewhere. Only a grouping hint: a wrong answer costs time, never a different match.</summary>
    private static bool IsAnchored(string pattern)
    {
        if (!pattern.StartsWith('^'))
        {
            return false;
        }

        var depth = 0;
        for (var i = 1; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i); // a class may hold '|' and parentheses
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return false;
            }
        }

        return true;
    }

    /// <summary>The index of the ']' that closes the character class opened at <paramref name="open"/> (a ']' right
    /// after '[' or '[^' is literal).</summary>
    private static int SkipClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return pattern.Length;
    }

    private static IEnumerable<BoilerplatePatternGroup> Split(BoilerplatePattern[] members)
    {
        if (members.Length == 1)
        {
            yield return new BoilerplatePatternGroup(members[0].Regex, members);
            yield break;
        }

        Regex? any;
        try
        {
            any = new Regex(string.Join('|', members.Select(p => $"(?:{p.Pattern})")), members[0].Options);
        }
        catch (NotSupportedException)
        {
            any = null; // the joined automaton is too large: halve the group
        }

        if (any is not null)
        {
            yield return new BoilerplatePatternGroup(any, members);
            yield break;
        }

        var half = members.Length / 2;
        foreach (var group in Split(members[..half]).Concat(Split(members[half..])))
        {
            yield return group;
        }
    }
}
