using System.Text.Json;
using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("marsad-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Analyze_writes_one_json_record_per_article()
    {
        var file = Path.Combine(folder, "خبر.txt");
        File.WriteAllText(file, "قال المتحدث إن الاجتماع سيعقد غدا.\nوأضاف أن الوفود وصلت.");
        var (code, output, _) = MarsadCli.Run("analyze", file);
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Equal("خبر", doc.RootElement.GetProperty("id").GetString());
        Assert.Contains("الاجتماع", doc.RootElement.GetProperty("body").GetString());
    }

    [Fact]
    public void A_missing_file_is_named_on_stderr_the_others_go_on_and_the_exit_code_is_1()
    {
        var good = Path.Combine(folder, "good.txt");
        File.WriteAllText(good, "نص الخبر هنا.");
        var missing = Path.Combine(folder, "missing.txt");
        var (code, output, error) = MarsadCli.Run("analyze", missing, good);
        Assert.Equal(1, code);
        Assert.Contains("missing.txt", error);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x.txt", "--published", "28/06/2021")]
    [InlineData("analyze", "x.txt", "--no-such-option")]
    [InlineData("analyze", "x.txt", "--stages", "clean+magic")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (code, _, error) = MarsadCli.Run(args);
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Published_option_fills_the_date_of_an_undated_article()
    {
        var file = Path.Combine(folder, "undated.txt");
        File.WriteAllText(file, "وصل الوفد إلى العاصمة.");
        var (code, output, _) = MarsadCli.Run("analyze", file, "--published", "2024-03-12");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.Trim());
        Assert.Equal("2024-03-12", doc.RootElement.GetProperty("published").GetString());
    }
}
