using System.Text.Json;
using Marsad.Facts;
using Marsad.Model;

namespace Marsad.Tests.Facts;

/// <summary>Runs every example of <c>Specs/dates.md</c>.</summary>
public sealed class DateSpecTests
{
    private const string Spec = "dates.md";
    private static readonly DateAnnotator Annotator = new();

    public static TheoryData<string> Examples => SpecFile.Titles(Spec);

    [Fact]
    public void The_date_spec_has_at_least_forty_examples_with_unique_titles()
    {
        SpecFile.AssertWellFormed(Spec);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Date_example_holds(string title)
    {
        var (article, actual, expected) = SpecRun<DateMention>.Of(Spec, title, Annotator, a => a.Dates, d => $"{d.Text} = {d.Value ?? "null"}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("text").GetString(), actual[i].Text);
            var value = expected[i].GetProperty("value");
            Assert.Equal(value.ValueKind == JsonValueKind.Null ? null : value.GetString(), actual[i].Value);
            Assert.Equal(actual[i].Text, article.Body[actual[i].Start..actual[i].End]);
        }
    }
}
