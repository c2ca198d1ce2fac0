using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Text.Lucene;

namespace Marsad.Tests.Text.Lucene;

/// <summary>
/// The TokenStream reuse contract (SetReader → Reset → IncrementToken… → End → Dispose, then the same components
/// again) with string fields, as the index writer and the query side use it: empty strings included, across many
/// documents and threads.
/// </summary>
public sealed class MarsadTokenizerReuseTests
{
    [Fact]
    public void An_empty_string_field_after_a_full_one_gives_no_terms_and_the_next_field_is_read_afresh()
    {
        var analyzer = new MarsadArabicAnalyzer();
        Assert.Equal(["تحالف"], Terms(analyzer, "والتحالف"));
        Assert.Empty(Terms(analyzer, string.Empty));
        Assert.Empty(Terms(analyzer, string.Empty));
        Assert.Equal(["مدرسه"], Terms(analyzer, "بالمدرسة"));
    }

    [Fact]
    public void A_long_field_is_read_whole()
    {
        var analyzer = new MarsadArabicAnalyzer();
        var text = string.Join(' ', Enumerable.Repeat("المدينة", 5000));
        Assert.Equal(5000, Terms(analyzer, text).Count);
        Assert.Equal(["سوق"], Terms(analyzer, "والسوق"));
    }

    [Fact]
    public async Task Documents_with_empty_headlines_index_on_many_threads_and_every_one_is_found()
    {
        using var analyzer = new MarsadArabicAnalyzer();
        using var directory = new RAMDirectory();
        const int Threads = 4;
        const int PerThread = 250;
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            var workers = Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
            {
                for (var i = 0; i < PerThread; i++)
                {
                    var n = (t * PerThread) + i;
                    writer.AddDocument(
                    [
                        new StringField("id", n.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                        new TextField("headline", n % 3 == 0 ? string.Empty : "خبر من المرفأ", Field.Store.NO),
                        new TextField("body", $"والمكتبة رقم{n} فتحت أبوابها", Field.Store.NO),
                    ]);

                    // The query side analyses on the same threads meanwhile, through the same analyzer.
                    Assert.Equal(["مكتبه"], Terms(analyzer, "للمكتبة"));
                }
            })).ToArray();
            await Task.WhenAll(workers);
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(Threads * PerThread, searcher.Search(new TermQuery(new Term("body", "مكتبه")), 1).TotalHits);
        var withHeadline = Enumerable.Range(0, Threads * PerThread).Count(n => n % 3 != 0);
        Assert.Equal(withHeadline, searcher.Search(new TermQuery(new Term("headline", "مرفا")), 1).TotalHits);
    }

    private static List<string> Terms(MarsadArabicAnalyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
