using Marsad.Facts;
using Marsad.Knowledge;
using Marsad.Pipeline;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Facts;

public sealed class FactsLexiconTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("marsad-facts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_user_folder_adds_counted_nouns_without_a_rebuild()
    {
        Directory.CreateDirectory(Path.Combine(folder, "facts"));
        File.WriteAllText(Path.Combine(folder, "facts", "counted-nouns.tsv"), "singular\tunit\tforms\tdual\nجمل\tcamels\tجمال|جملا\tboth\n");
        // جمال has no plural shape the shipped rules read as a counted noun (unlike زوارق, a مفاعل plural).
        var body = "نفق 4 جمال قرب الواحة وجملان آخران.";
        var shipped = Annotate(new QuantityAnnotator(), body);
        var extended = Annotate(new QuantityAnnotator(new ResourceFiles(folder)), body);

        Assert.Equal("4", Assert.Single(shipped.Quantities).Text);
        Assert.Collection(
            extended.Quantities,
            q => Assert.Equal(("4 جمال", "camels"), (q.Text, q.Unit)),
            q => Assert.Equal(("جملان", 2.0), (q.Text, q.Value)));
    }

    [Fact]
    public void A_malformed_user_file_is_reported_with_its_name_and_row()
    {
        Directory.CreateDirectory(Path.Combine(folder, "facts"));
        File.WriteAllText(Path.Combine(folder, "facts", "months.tsv"), "name\tmonth\tambiguous\nبرومير\t13\tno\n");
        var error = Assert.Throws<InvalidDataException>(() => new DateAnnotator(new ResourceFiles(folder)));
        Assert.Contains("facts/months.tsv", error.Message);
        Assert.Contains("13", error.Message);
    }

    [Fact]
    public void Dates_and_quantities_agree_whichever_stage_runs_first()
    {
        var body = "قتل 5 أشخاص في 3 مارس 2020، وأصيب 12 شخصا أمس.";
        var article = new PassThroughCleaner().Clean(Some.Document(body), new AnalysisOptions { Published = new DateOnly(2020, 3, 10) });
        var datesFirst = new QuantityAnnotator().Annotate(new DateAnnotator().Annotate(article));
        var fresh = new PassThroughCleaner().Clean(Some.Document(body), new AnalysisOptions { Published = new DateOnly(2020, 3, 10) });
        var quantitiesFirst = new DateAnnotator().Annotate(new QuantityAnnotator().Annotate(fresh));

        Assert.Equal(datesFirst.Quantities.Select(q => q.Text), quantitiesFirst.Quantities.Select(q => q.Text));
        Assert.Equal(datesFirst.Dates.Select(d => d.Value), quantitiesFirst.Dates.Select(d => d.Value));
        Assert.Equal(["5 أشخاص", "12 شخصا"], datesFirst.Quantities.Select(q => q.Text));
        Assert.Equal(["2020-03-03", "2020-03-09"], datesFirst.Dates.Select(d => d.Value));
    }

    [Fact]
    public void A_different_publication_date_resolves_afresh_for_the_same_body()
    {
        const string body = "وصل الوفد أمس.";
        var first = new DateAnnotator().Annotate(new PassThroughCleaner().Clean(Some.Document(body), new AnalysisOptions { Published = new DateOnly(2020, 1, 2) }));
        var second = new DateAnnotator().Annotate(first with { Published = new DateOnly(2021, 5, 6) });
        Assert.Equal("2020-01-01", Assert.Single(first.Dates).Value);
        Assert.Equal("2021-05-05", Assert.Single(second.Dates).Value);
    }

    [Fact]
    public void The_facts_stages_are_added_once()
    {
        var builder = new PipelineBuilder().UseFacts().UseFacts();
        Assert.Equal(["dates", "quantities"], builder.Annotators.Select(a => a.Name));
    }

    private static Model.AnalyzedArticle Annotate(QuantityAnnotator annotator, string body) =>
        annotator.Annotate(new PassThroughCleaner().Clean(Some.Document(body), new AnalysisOptions()));
}
