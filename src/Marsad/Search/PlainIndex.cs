using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Marsad.Search;

/// <summary>A bare Lucene index of headline and body with a given analyzer: the baseline the search benchmark
/// compares the corpus index against.</summary>
public sealed class PlainIndex : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer;
    private DirectoryReader? reader;

    public PlainIndex(Analyzer analyzer, IEnumerable<(string Id, string Headline, string Body)> documents)
    {
        this.analyzer = analyzer;
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, analyzer) { RAMBufferSizeMB = 64 }))
        {
            foreach (var (id, headline, body) in documents)
            {
                writer.AddDocument(new Document
                {
                    new StringField(SearchFields.Id, id, Field.Store.YES),
                    new TextField(SearchFields.Headline, headline, Field.Store.NO),
                    new TextField(SearchFields.Body, body, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
    }

    /// <summary>Ids of every document matching the query (AND of its words over headline and body).</summary>
    public HashSet<string> Matches(string text)
    {
        var searcher = new IndexSearcher(reader ?? throw new ObjectDisposedException(nameof(PlainIndex)));
        var parser = new MultiFieldQueryParser(SearchAnalyzers.Version, [SearchFields.Headline, SearchFields.Body], analyzer) { DefaultOperator = Operator.AND };
        var docs = searcher.Search(parser.Parse(text), Math.Max(1, reader!.MaxDoc)).ScoreDocs;
        return docs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)).ToHashSet(StringComparer.Ordinal);
    }

    public void Dispose()
    {
        reader?.Dispose();
        reader = null;
        directory.Dispose();
    }
}
