using System.Text.Json;
using Marsad.Facts;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Facts;

/// <summary>Runs every example of <c>Specs/quantities.md</c>.</summary>
public sealed class QuantitySpecTests
{
    private const string Spec = "quantities.md";
    private static readonly QuantityAnnotator Annotator = new();

    private static readonly AnalysisPipeline Pipeline = new PipelineBuilder().UseArabicText().UseFacts().Build();

    public static TheoryData<string> Examples => SpecFile.Titles(Spec);

    [Fact]
    public void The_quantity_spec_has_at_least_forty_examples_with_unique_titles()
    {
        var examples = SpecFile.Read(Spec);
        Assert.True(examples.Count >= 40, $"only {examples.Count} examples");
        Assert.Equal(examples.Count, examples.Select(e => e.Title).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Quantity_example_holds(string title)
    {
        var example = SpecFile.Get(Spec, title);
        var options = new AnalysisOptions { Published = example.Published };
        var article = Pipeline.Analyze(Some.Document(example.Input), options);
        var actual = article.Quantities;
        var standalone = Annotator.Annotate(new PassThroughCleaner().Clean(Some.Document(example.Input), options)).Quantities;
        Assert.Equal(standalone.Select(x => x.ToString()).ToList(), actual.Select(x => x.ToString()).ToList());
        var expected = example.Expected.EnumerateArray().ToList();
        var shown = string.Join(" | ", actual.Select(q => $"{q.Text} = {q.Value} ({q.Unit ?? "null"})"));
        Assert.True(expected.Count == actual.Length, $"expected {expected.Count} quantities, found {actual.Length}: {shown}");
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
