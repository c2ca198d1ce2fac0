using Marsad.Cleaning;
using Marsad.Knowledge;

namespace Marsad.Tests.Cleaning;

/// <summary>Boilerplate patterns are screened in groups (anchored apart from unanchored), but a line that several
/// patterns match still takes the kind of the first one in the file, on patterns and lines written for these tests.</summary>
public sealed class BoilerplatePatternOrderTests : IDisposable
{
    private const string Line = "زاوية المنوعات الخفيفة وفيها طرفة الاسبوع";
    private const string Anchored = "^زاويه المنوعات";
    private const string Unanchored = "طرفه الاسبوع";

    private readonly string folder = Directory.CreateTempSubdirectory("marsad-pattern-order-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("anywhere-first", "anchored-second", "anywhere-first")]
    [InlineData("anchored-first", "anywhere-second", "anchored-first")]
    public void The_first_matching_pattern_in_the_file_gives_the_kind_whichever_group_screens_it(string first, string second, string expected)
    {
        var rows = first.StartsWith("anchored", StringComparison.Ordinal)
            ? $"{first}\t{Anchored}\n{second}\t{Unanchored}\n"
            : $"{first}\t{Unanchored}\n{second}\t{Anchored}\n";

        Assert.Equal(expected, Classify(rows, Line));
    }

    [Fact]
    public void A_pattern_anchored_only_in_its_first_alternative_still_matches_anywhere_by_its_second()
    {
        Assert.Equal("either", Classify("either\t^بداية لا تاتي|طرفه الاسبوع\n", Line));
        Assert.Null(Classify("either\t^بداية لا تاتي|طرفه لا تاتي\n", Line));
    }

    private string? Classify(string rows, string text)
    {
        Directory.CreateDirectory(Path.Combine(folder, "cleaning"));
        File.WriteAllText(Path.Combine(folder, "cleaning", "boilerplate-patterns.tsv"), "kind\tpattern\n" + rows);
        var lexicon = CleanerLexicon.For(new ResourceFiles(folder));
        return new LineClassifier(lexicon, new TextDates(lexicon)).Classify(new CleanedLine(text));
    }
}
