using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>A whole-line boilerplate rule from <c>cleaning/boilerplate-patterns.tsv</c>: its kind and its regex.</summary>
internal sealed record BoilerplatePattern(string Kind, Regex Regex);
