using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Text;
using Marsad.Text.Lucene;

namespace Marsad.Tests.Text.Lucene;

public sealed class MarsadArabicAnalyzerTests
{
    private static readonly MarsadArabicAnalyzer Analyzer = new();

    [Fact]
    public void Words_are_stripped_of_clitics_normalised_and_keep_their_original_offsets()
    {
        AssertAnalyzesTo("وقال الرئيسُ: «والتحالف مستمرّ»", ["قال", "رئيس", "تحالف", "مستمر"], [0, 5, 15, 24], [4, 12, 23, 30]);
    }

    [Fact]
    public void Spelling_variants_fold_to_one_term()
    {
        AssertAnalyzesTo("أمريكا أميركا الأمريكية", ["اميركا", "اميركا", "اميركيه"], [0, 7, 14], [6, 13, 23]);
    }

    [Fact]
    public void Numbers_latin_words_and_hashtags_are_terms_and_punctuation_is_not()
    {
        AssertAnalyzesTo("ارتفع ٣٫٥٪ في Reuters #اقتصاد_اليوم !", ["ارتفع", "3٫5٪", "في", "reuters", "#اقتصاد_اليوم"], [0, 6, 11, 14, 22], [5, 10, 13, 21, 35]);
    }

    [Fact]
    public void A_lone_tatweel_gives_no_term()
    {
        AssertAnalyzesTo("ـــ كتاب", ["كتاب"], [4], [8]);
    }

    [Fact]
    public void The_analyzer_can_be_reused_for_many_fields_and_documents()
    {
        AssertAnalyzesTo("بروكسل", ["بروكسل"], [0], [6]);
        AssertAnalyzesTo("وبروكسل", ["بروكسل"], [0], [7]);
        AssertAnalyzesTo(string.Empty, [], [], []);
    }

    [Fact]
    public void A_search_for_the_bare_word_finds_the_word_with_clitics_and_other_spellings()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzer)))
        {
            writer.AddDocument([new TextField("body", "أعلن والتحالف الدولي في أمريكا", Field.Store.YES)]);
            writer.AddDocument([new TextField("body", "خبر عن الطقس", Field.Store.YES)]);
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        foreach (var query in new[] { "التحالف", "أميركا" })
        {
            var term = Terms(query).Single();
            var hits = searcher.Search(new TermQuery(new Term("body", term.Term)), 10);
            Assert.Equal(1, hits.TotalHits);
        }
    }

    [Fact]
    public void Random_text_never_throws_and_offsets_stay_in_bounds_and_in_order()
    {
        var random = new Random(5);
        const string alphabet = "وفبلكسالهمنايةتدرزعأإآىَُِّـ0123٤٥.,:؛؟«»\"#_@/ abcXY\n\u00A0\u200C\u200F😀\uD800\uDC00";
        for (var round = 0; round < 2000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 50)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var previousStart = 0;
            foreach (var (term, start, end) in Terms(text))
            {
                Assert.NotEqual(string.Empty, term);
                Assert.InRange(start, previousStart, text.Length);
                Assert.InRange(end, start + 1, text.Length);
                previousStart = start;
            }
        }
    }

    private static void AssertAnalyzesTo(string input, string[] terms, int[] starts, int[] ends)
    {
        var actual = Terms(input);
        Assert.Equal(terms, actual.Select(t => t.Term));
        Assert.Equal(starts, actual.Select(t => t.Start));
        Assert.Equal(ends, actual.Select(t => t.End));
    }

    private static List<(string Term, int Start, int End)> Terms(string text)
    {
        var result = new List<(string, int, int)>();
        using var stream = Analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        Assert.Equal(text.Length, offset.EndOffset);
        return result;
    }
}
