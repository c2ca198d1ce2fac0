using System.Text.Json;
using Marsad.Facts;
using Marsad.Model;

namespace Marsad.Tests.Facts;

/// <summary>Runs every example of <c>Specs/quantities.md</c>.</summary>
public sealed class QuantitySpecTests
{
    private const string Spec = "quantities.md";
    private static readonly QuantityAnnotator Annotator = new();

    public static TheoryData<string> Examples => SpecFile.Titles(Spec);

    [Fact]
    public void The_quantity_spec_has_at_least_forty_examples_with_unique_titles()
    {
        SpecFile.AssertWellFormed(Spec);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Quantity_example_holds(string title)
    {
        var (article, actual, expected) = SpecRun<Quantity>.Of(Spec, title, Annotator, a => a.Quantities, q => $"{q.Text} = {q.Value} ({q.Unit ?? "null"})");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("text").GetString(), actual[i].Text);
            Assert.Equal(expected[i].GetProperty("value").GetDouble(), actual[i].Value, 6);
            if (expected[i].TryGetProperty("unit", out var unit))
            {
                Assert.Equal(unit.ValueKind == JsonValueKind.Null ? null : unit.GetString(), actual[i].Unit);
            }

            Assert.Equal(actual[i].Text, article.Body[actual[i].Start..actual[i].End]);
        }
    }
}
