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

    [Theory]
    [InlineData("part-words.tsv", "word\tvalue\tcardinal\talone\nثمن\t0.125\tperhaps\tno\n", "perhaps")]
    [InlineData("day-parts.txt", "ضحى\tdawn\n", "dawn")]
    [InlineData("period-modifiers.txt", "أواخر\t13\n", "13")]
    [InlineData("day-ordinals.tsv", "word\tday\tfrom\nآخر\t31\tsometimes\n", "sometimes")]
    public void A_malformed_row_of_the_new_columns_is_reported_with_its_file(string file, string content, string bad)
    {
        Directory.CreateDirectory(Path.Combine(folder, "facts"));
        File.WriteAllText(Path.Combine(folder, "facts", file), content);
        var error = Assert.Throws<InvalidDataException>(() => new DateAnnotator(new ResourceFiles(folder)));
        Assert.Contains("facts/" + file, error.Message);
        Assert.Contains(bad, error.Message);
    }

    [Fact]
    public void A_user_folder_adds_part_words_and_season_words()
    {
        Directory.CreateDirectory(Path.Combine(folder, "facts"));
        File.WriteAllText(Path.Combine(folder, "facts", "part-words.tsv"), "word\tvalue\tcardinal\talone\nثمن\t0.125\tno\tno\n");
        File.WriteAllText(Path.Combine(folder, "facts", "season-words.txt"), "دورة\n");
        var resources = new ResourceFiles(folder);
        var body = "استهلكت المدينة ثمن المخزون في دورة 2023-2024.";
        var shipped = new QuantityAnnotator().Annotate(new DateAnnotator().Annotate(Clean(body)));
        var extended = new QuantityAnnotator(resources).Annotate(new DateAnnotator(resources).Annotate(Clean(body)));

        Assert.Empty(shipped.Quantities);
        Assert.Empty(shipped.Dates);
        var part = Assert.Single(extended.Quantities);
        Assert.Equal(("ثمن", 0.125, "share"), (part.Text, part.Value, part.Unit));
        var season = Assert.Single(extended.Dates);
        Assert.Equal(("دورة 2023-2024", "2023/2024"), (season.Text, season.Value));
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

    private static Model.AnalyzedArticle Clean(string body) =>
        new PassThroughCleaner().Clean(Some.Document(body), new AnalysisOptions { Published = new DateOnly(2025, 2, 18) });

    private static Model.AnalyzedArticle Annotate(QuantityAnnotator annotator, string body) =>
        annotator.Annotate(new PassThroughCleaner().Clean(Some.Document(body), new AnalysisOptions()));
}
