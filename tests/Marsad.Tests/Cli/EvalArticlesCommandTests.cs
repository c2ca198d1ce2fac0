using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cli;

public sealed class EvalArticlesCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("marsad-eval-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Eval_articles_scores_a_gold_folder_and_reports_each_article_and_the_total()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "أعلن المتحدث باسم البلدية أن الطريق سيفتح غدا.\nحجم الخط");
        File.WriteAllText(
            Path.Combine(folder, "gold.jsonl"),
            """{"file": "a.txt", "headline": null, "published": null, "dateline": null, "sources": [], "boilerplate_lines": ["حجم الخط"], "quotes": [], "entities": [], "quantities": [], "dates": []}""" + "\n");
        var (code, output, error) = MarsadCli.Run("eval", "articles", folder);
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("a.txt |", lines[1]);
        Assert.StartsWith("ALL |", lines[2]);
        Assert.Contains("| 1.00/1.00 0 |", lines[2]); // the widget line removed, no content line lost
    }

    [Fact]
    public void Eval_articles_without_a_gold_file_is_a_usage_error()
    {
        var (code, _, error) = MarsadCli.Run("eval", "articles", folder);
        Assert.Equal(2, code);
        Assert.Contains("gold.jsonl", error);
    }

    [Fact]
    public void A_malformed_gold_file_is_a_clear_error_naming_the_folder()
    {
        File.WriteAllText(Path.Combine(folder, "gold.jsonl"), "{not json\n");
        var (code, _, error) = MarsadCli.Run("eval", "articles", folder);
        Assert.Equal(1, code);
        Assert.Contains(folder, error);
    }
}
