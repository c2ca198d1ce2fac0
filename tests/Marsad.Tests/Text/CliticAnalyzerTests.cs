using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class CliticAnalyzerTests
{
    private static readonly CliticAnalyzer Analyzer = CliticAnalyzer.Default;

    private static (string Prefix, string Stem, string Suffix) Parts(string word)
    {
        var s = Analyzer.Analyze(word);
        return (word[..s.PrefixLength], word[s.PrefixLength..s.SuffixStart], word[s.SuffixStart..]);
    }

    [Theory]
    [InlineData("والتحالف", "وال", "تحالف", "")]
    [InlineData("وبالمدينة", "وبال", "مدينة", "")]
    [InlineData("للتحالف", "لل", "تحالف", "")]
    [InlineData("وللمدرسة", "ولل", "مدرسة", "")]
    [InlineData("فالقرار", "فال", "قرار", "")]
    [InlineData("وسيعقد", "وس", "يعقد", "")]
    [InlineData("كتابه", "", "كتاب", "ه")]
    [InlineData("وبكتبهم", "وب", "كتب", "هم")]
    [InlineData("منها", "", "من", "ها")]
    [InlineData("عليه", "", "علي", "ه")]
    [InlineData("لها", "ل", "ها", "")]
    public void Clitics_come_off_the_stem(string word, string prefix, string stem, string suffix)
    {
        Assert.Equal((prefix, stem, suffix), Parts(word));
    }

    [Theory]
    [InlineData("بريطانيا")]
    [InlineData("بروكسل")]
    [InlineData("وزير")]
    [InlineData("فرنسا")]
    [InlineData("لبنان")]
    [InlineData("كانت")]
    [InlineData("اتجاه")]
    [InlineData("الذي")]
    [InlineData("هناك")]
    [InlineData("ولد")]
    [InlineData("في")]
    [InlineData("أمريكا")]
    public void Names_and_words_that_merely_look_like_clitics_stay_whole(string word)
    {
        Assert.Equal(("", word, ""), Parts(word));
    }

    [Theory]
    [InlineData("لبريطانيا", "بريطانيا")]
    [InlineData("وبروكسل", "بروكسل")]
    [InlineData("والتحالف", "تحالف")]
    [InlineData("وللأمم", "امم")]
    [InlineData("بالمدرسة", "مدرسه")]
    public void The_key_is_the_normalised_stem(string word, string key)
    {
        Assert.Equal(key, Analyzer.Key(word));
    }

    [Fact]
    public void The_key_with_article_keeps_the_article()
    {
        Assert.Equal("التحالف", Analyzer.KeyWithArticle("والتحالف"));
        Assert.Equal("التحالف", Analyzer.KeyWithArticle("بالتحالف"));
        Assert.Equal("التحالف", Analyzer.KeyWithArticle("للتحالف"));
        Assert.Equal("بروكسل", Analyzer.KeyWithArticle("وبروكسل"));
    }

    [Fact]
    public void Diacritics_and_tatweel_go_with_their_letter()
    {
        const string word = "وَبِالمَدِينَةِ";
        var split = Analyzer.Analyze(word);
        Assert.Equal("وَبِال", word[..split.PrefixLength]);
        Assert.Equal("مَدِينَةِ", word[split.PrefixLength..split.SuffixStart]);
        Assert.Equal(Proclitics.Conjunction | Proclitics.Preposition | Proclitics.Article, split.Proclitics);
    }

    [Fact]
    public void Candidates_start_with_the_analysis_and_end_with_the_whole_word()
    {
        var candidates = Analyzer.Candidates("والتحالفات");
        Assert.Equal(Analyzer.Analyze("والتحالفات"), candidates[0]);
        Assert.Contains(candidates, c => "والتحالفات"[c.PrefixLength..c.SuffixStart] == "التحالفات");
        Assert.Equal(CliticSplit.Whole("والتحالفات".Length), candidates[^1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("و3")]
    [InlineData("ـــ")]
    public void Non_words_are_returned_whole(string word)
    {
        Assert.Equal(CliticSplit.Whole(word.Length), Analyzer.Analyze(word));
    }

    [Fact]
    public void Splits_of_random_words_always_cover_the_word()
    {
        var random = new Random(3);
        const string letters = "وفبلكسالهمنايةتدرزعَُِّـ";
        for (var round = 0; round < 20_000; round++)
        {
            var word = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
            var s = Analyzer.Analyze(word);
            Assert.Equal(word.Length, s.Length);
            Assert.True(s.PrefixLength >= 0 && s.StemLength >= 0 && s.SuffixLength >= 0, $"negative part for «{word}»");
            Assert.InRange(s.ArticleLength, 0, s.PrefixLength);
            if (s.IsSplit)
            {
                Assert.True(s.StemLength > 0, $"empty stem for «{word}»");
            }
        }
    }
}
