using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>
/// A whole-line boilerplate rule from <c>cleaning/boilerplate-patterns.tsv</c>: its kind and its regex. The regex is
/// built on first use: lines are screened by the group's joined regex (<see cref="BoilerplatePatternGroup"/>) and a
/// member is asked only when its group matched, so most members are never needed, and building a non-backtracking
/// regex was most of the cleaner's start-up time.
/// </summary>
internal sealed class BoilerplatePattern
{
    private readonly Lazy<Regex> regex;

    public BoilerplatePattern(int order, string kind, string pattern, RegexOptions options)
    {
        Order = order;
        Kind = kind;
        Pattern = pattern;
        Options = options;
        regex = new Lazy<Regex>(() => new Regex(pattern, options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The pattern's place in the file: when a line matches several patterns, the first one's kind wins.</summary>
    public int Order { get; }

    public string Kind { get; }

    /// <summary>The pattern text (in <see cref="MatchText"/> form).</summary>
    public string Pattern { get; }

    public RegexOptions Options { get; }

    public Regex Regex => regex.Value;
}
