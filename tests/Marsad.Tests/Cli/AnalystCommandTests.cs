using System.Text.Json;
using Marsad.Corpus;
using Marsad.Sources;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cli;

/// <summary><c>marsad quotes</c> and <c>marsad numbers</c> over a small store of invented articles.</summary>
public sealed class AnalystCommandTests : IDisposable
{
    private readonly string store = Directory.CreateTempSubdirectory("marsad-cli-analyst-").FullName;

    public AnalystCommandTests()
    {
        using var corpus = Marsad.Corpus.Corpus.Open(store);
        corpus.Ingest(
            new[]
            {
                Doc("dam-1", "إذاعة النهر", "2019-02-03", "جولة جديدة من مفاوضات السد",
                    "القاهرة - قال وزير الخارجية المصري سامح شكري إن \"مفاوضات السد لم تصل إلى نتيجة بعد\".",
                    "وأضاف شكري أن بلاده متمسكة بحقوقها في مياه النهر."),
                Doc("dam-2", "صحيفة الضفة", "2019-02-04", "شكري يتحدث عن مفاوضات السد",
                    "القاهرة - أكد وزير الخارجية المصري سامح شكري أن \"الجولة القادمة من مفاوضات السد ستكون حاسمة\"."),
                Doc("storm-1", "إذاعة النهر", "2019-02-05", "عاصفة تضرب الساحل",
                    "الإسكندرية - قال محافظ الإسكندرية إن العاصفة أسفرت عن 7 قتلى و20 جريحا في المدينة."),
                Doc("storm-2", "صحيفة الضفة", "2019-02-05", "ضحايا العاصفة في الإسكندرية",
                    "الإسكندرية - ارتفعت حصيلة العاصفة التي ضربت الإسكندرية إلى 9 قتلى بحسب وزارة الصحة."),
            },
            new IngestOptions { DegreeOfParallelism = 1 });
    }

    public void Dispose() => Directory.Delete(store, recursive: true);

    [Fact]
    public void Quotes_lists_a_speakers_quotes_oldest_first_and_ends_with_the_outlets_that_carried_them()
    {
        var (code, output, error) = MarsadCli.Run("quotes", "شكري", "--store", store, "--format", "jsonl");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var quotes = lines[..^1];
        Assert.True(quotes.Count >= 2, output);
        Assert.All(quotes, q => Assert.Contains("شكري", q.GetProperty("speaker").GetString()));
        var dates = quotes.Select(q => q.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var outlets = lines[^1].GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("outlet").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["إذاعة النهر", "صحيفة الضفة"], outlets);
    }

    [Fact]
    public void A_page_far_past_the_last_holds_no_quotes_rather_than_wrapping_round_to_the_first()
    {
        var (code, output, error) = MarsadCli.Run("quotes", "شكري", "--page", "2147483647", "--store", store, "--format", "jsonl");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var summary = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.True(summary.GetProperty("total").GetInt32() >= 2, output);
    }

    [Fact]
    public void Quotes_in_a_table_print_each_quote_and_the_outlet_counts()
    {
        var (code, output, _) = MarsadCli.Run("quotes", "شكري", "--about", "الجولة", "--strict", "--store", store);

        Assert.Equal(0, code);
        Assert.Contains("حاسمة", output);
        Assert.DoesNotContain("نتيجة بعد", output);
        Assert.Contains("outlets: صحيفة الضفة (1", output);
    }

    [Fact]
    public void Numbers_sets_each_outlets_figure_side_by_side_highest_first()
    {
        var (code, output, error) = MarsadCli.Run("numbers", "العاصفة", "--unit", "قتلى", "--store", store, "--format", "jsonl");

        Assert.True(code == 0, error);
        var unit = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        var outlets = unit.GetProperty("outlets").EnumerateArray()
            .Select(o => (o.GetProperty("outlet").GetString(), o.GetProperty("highest").GetDouble())).ToList();
        Assert.Equal([("صحيفة الضفة", 9d), ("إذاعة النهر", 7d)], outlets);
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("quotes", "شكري", "--from", "3/2/2019")]
    [InlineData("quotes", "شكري", "--size", "0")]
    [InlineData("quotes", "شكري", "--about", "(((")]
    [InlineData("numbers")]
    [InlineData("numbers", "--unit", "قتيل")]
    [InlineData("numbers", "x", "--format", "xml")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (code, _, error) = MarsadCli.Run([.. args, "--store", store]);

        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void An_unknown_story_or_a_missing_store_is_an_error_naming_it()
    {
        var (code, _, error) = MarsadCli.Run("numbers", "--story", "s999999", "--store", store);
        Assert.Equal(1, code);
        Assert.Contains("s999999", error);

        var missing = Path.Combine(store, "nothing-here");
        (code, _, error) = MarsadCli.Run("quotes", "شكري", "--store", missing);
        Assert.Equal(1, code);
        Assert.Contains("no corpus", error);
    }

    private static SourceResult Doc(string id, string outlet, string date, string title, params string[] paragraphs) =>
        SourceResult.Ok(new RawDocument
        {
            Id = id,
            Path = "test:" + id,
            Format = DocumentFormat.PlainText,
            Text = string.Join('\n', paragraphs),
            Title = title,
            Outlet = outlet,
            Published = DateTimeOffset.Parse(date + "T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        });
}
