using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>
/// Consecutive boilerplate patterns joined into one alternation: nearly every line of an article matches none of
/// them, and one scan of the line says so instead of one scan per pattern. Groups stay small enough for the
/// non-backtracking engine's automaton limit.
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
        for (var i = 0; i < patterns.Count; i += PreferredSize)
        {
            foreach (var group in Split([.. patterns.Skip(i).Take(PreferredSize)]))
            {
                yield return group;
            }
        }
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
