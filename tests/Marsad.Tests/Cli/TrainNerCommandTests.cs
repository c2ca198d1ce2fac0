using Marsad.Tests.TestSupport;

namespace Marsad.Tests.Cli;

/// <summary><c>marsad train-ner</c> refuses, before training, a network it could not read back.</summary>
public sealed class TrainNerCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("marsad-cli-train-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_sparse_table_larger_than_a_model_file_may_hold_is_a_usage_error_before_any_training()
    {
        var train = Path.Combine(folder, "train.conll");
        File.WriteAllText(train, "زار B-PERS\nسالم I-PERS\nالمدينة O\n\nوصل O\nخالد B-PERS\n");
        var vectors = Path.Combine(folder, "vectors.bin");
        File.WriteAllBytes(vectors, new byte[64]);
        var model = Path.Combine(folder, "model.bin");

        // 2^20 rows × 64 hidden units = 2^26 weights: the model reader refuses more than 2^24.
        var (code, _, error) = MarsadCli.Run(
            "train-ner", "--train", train, "--neural-vectors", vectors, "--neural-hidden", "64", "--neural-sparse-bits", "20", "--out", model);

        Assert.Equal(2, code);
        Assert.Contains("neural-sparse-bits", error);
        Assert.False(File.Exists(model));
    }

    [Theory]
    [InlineData("--outside-bias", "NaN", false)]
    [InlineData("--outside-bias", "1000", false)]
    [InlineData("--neural-weight", "-1", true)]
    [InlineData("--neural-weight", "12", false)]
    public void A_mix_point_out_of_range_or_a_network_weight_without_a_mixed_network_is_a_usage_error(string option, string value, bool mixed)
    {
        var train = Path.Combine(folder, "train.conll");
        File.WriteAllText(train, "زار B-PERS\nسالم I-PERS\nالمدينة O\n\nوصل O\nخالد B-PERS\n");
        var vectors = Path.Combine(folder, "vectors.bin");
        File.WriteAllBytes(vectors, new byte[64]);
        var model = Path.Combine(folder, "model.bin");
        string[] network = mixed ? ["--neural-vectors", vectors, "--neural-mix-only"] : [];

        var (code, _, error) = MarsadCli.Run(["train-ner", "--train", train, .. network, option, value, "--out", model]);

        Assert.Equal(2, code);
        Assert.Contains(option, error);
        Assert.False(File.Exists(model));
    }

    [Theory]
    [InlineData("--profile-min-count", "0", true)]
    [InlineData("--profile-min-share", "1.5", true)]
    [InlineData("--profile-common-ratio", "NaN", true)]
    [InlineData("--profile-common-ratio", "-0.1", true)]
    [InlineData("--profile-common-ratio", "0.1", false)]
    public void A_profile_filter_out_of_range_or_without_a_corpus_profile_is_a_usage_error(string option, string value, bool withProfile)
    {
        var train = Path.Combine(folder, "train.conll");
        File.WriteAllText(train, "زار B-PERS\nسالم I-PERS\nالمدينة O\n\nوصل O\nخالد B-PERS\n");
        var model = Path.Combine(folder, "model.bin");
        string[] profile = withProfile ? ["--corpus-profile", "10"] : [];

        var (code, _, error) = MarsadCli.Run(["train-ner", "--train", train, .. profile, option, value, "--out", model]);

        Assert.Equal(2, code);
        Assert.Contains(option, error);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public void Keeping_listed_names_without_the_common_word_filter_is_a_usage_error()
    {
        var train = Path.Combine(folder, "train.conll");
        File.WriteAllText(train, "زار B-PERS\nسالم I-PERS\nالمدينة O\n\nوصل O\nخالد B-PERS\n");
        var model = Path.Combine(folder, "model.bin");

        var (code, _, error) = MarsadCli.Run(["train-ner", "--train", train, "--corpus-profile", "10", "--profile-keep-listed-names", "--out", model]);

        Assert.Equal(2, code);
        Assert.Contains("--profile-keep-listed-names", error);
        Assert.False(File.Exists(model));
    }
}
