using Marsad.Search;

namespace Marsad.Tests.Search;

public sealed class AnalyzerTests
{
    [Theory]
    [InlineData("والتحالف", "التحالف")]
    [InlineData("بالتحالف", "تحالف")]
    [InlineData("أمريكا", "أميركا")]
    [InlineData("الأمريكية", "الأميركية")]
    [InlineData("إيران", "ايران")]
    public void Forms_of_one_word_analyse_to_the_same_term(string a, string b)
    {
        var analyzer = SearchAnalyzers.Create();
        Assert.Equal(SearchAnalyzers.Terms(analyzer, b), SearchAnalyzers.Terms(analyzer, a));
    }

    [Fact]
    public void Stop_words_are_not_indexed()
    {
        var terms = SearchAnalyzers.Terms(SearchAnalyzers.Create(), "في هذا اليوم من أيام الربيع");
        Assert.Equal(3, terms.Count);
    }

    [Fact]
    public void The_plain_baseline_keeps_clitics_attached()
    {
        var baseline = SearchAnalyzers.CreatePlainBaseline();
        Assert.NotEqual(SearchAnalyzers.Terms(baseline, "التحالف"), SearchAnalyzers.Terms(baseline, "والتحالف"));
    }
}
