using Marsad.Search;

namespace Marsad.Tests.Search;

public sealed class SnippetMakerTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = SearchAnalyzers.Create();

    [Fact]
    public void Words_with_clitics_are_marked_as_written_and_the_rest_is_escaped()
    {
        var snippet = Make("مكتبة", "افتتحت البلدية <b>والمكتبة</b> الجديدة قرب الساحة، وقال المدير إن للمكتبة فروعا أخرى.");
        Assert.Contains("<mark>والمكتبة</mark>", snippet);
        Assert.Contains("<mark>للمكتبة</mark>", snippet);
        Assert.Contains("&lt;b&gt;", snippet);
        Assert.DoesNotContain("<b>", snippet);
    }

    [Fact]
    public void A_prohibited_word_is_not_marked()
    {
        var snippet = Make("الميناء NOT السفينة", "وصلت السفينة إلى الميناء صباحا.");
        Assert.Contains("<mark>الميناء</mark>", snippet);
        Assert.DoesNotContain("<mark>السفينة</mark>", snippet);
    }

    [Fact]
    public void A_long_body_gives_short_passages_around_the_matches()
    {
        var filler = string.Join(' ', Enumerable.Repeat("كلام عادي", 200));
        var body = filler + " ذكر التقرير الجسر مرتين: الجسر القديم. " + filler + " وفي الختام عاد الحديث إلى الجسر. " + filler;
        var snippet = Make("الجسر", body);
        Assert.Equal(3, snippet.Split("<mark>").Length - 1);
        Assert.Contains(" … ", snippet);
        Assert.True(snippet.Length < 500, snippet);
    }

    [Fact]
    public void Without_a_match_the_opening_is_shown_and_odd_text_never_throws()
    {
        Assert.Equal("نص قصير", Make("غائب", "نص قصير"));
        var noSpaces = new string('ب', 50_000);
        Assert.StartsWith("ببب", Make("ب", noSpaces));
        Assert.Equal(string.Empty, Make("كلمة", string.Empty));
        Assert.Contains("<mark>", Make("كلمة", "😀كلمة😀 " + new string('x', 300)));
    }

    private static string Make(string query, string body)
    {
        var (parsed, _) = QueryFactory.ParseText(query, Analyzer, lenient: false);
        return new SnippetMaker(parsed, Analyzer).Make(body);
    }
}
