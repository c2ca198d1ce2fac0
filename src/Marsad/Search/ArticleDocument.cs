using Lucene.Net.Documents;
using Lucene.Net.Util;
using Marsad.Model;

namespace Marsad.Search;

/// <summary>Turns an analysed article into its Lucene document: text fields, filter terms and facet doc values.</summary>
internal static class ArticleDocument
{
    /// <summary>The document of an article; with <paramref name="text"/> (analysed beforehand with the index
    /// analyzer) the text fields replay its terms instead of analysing again, and the texts are stored beside them.
    /// An index writer thread fills a <see cref="ReusableArticleDocument"/> instead: the same document.</summary>
    public static Document Create(AnalyzedArticle article, AnalyzedArticleText? text = null)
    {
        var doc = new Document { new StringField(SearchFields.Id, article.Id, Field.Store.YES) };
        if (text is null)
        {
            doc.Add(new TextField(SearchFields.Headline, article.Headline ?? "", Field.Store.YES));
            doc.Add(new TextField(SearchFields.Body, article.Body, Field.Store.YES));
        }
        else
        {
            doc.Add(new StoredField(SearchFields.Headline, article.Headline ?? ""));
            doc.Add(new TextField(SearchFields.Headline, text.Headline.Replay()));
            doc.Add(new StoredField(SearchFields.Body, article.Body));
            doc.Add(new TextField(SearchFields.Body, text.Body.Replay()));
        }

        if (!string.IsNullOrEmpty(article.Source.Outlet))
        {
            doc.Add(new StringField(SearchFields.Outlet, article.Source.Outlet, Field.Store.YES));
            doc.Add(new SortedDocValuesField(SearchFields.OutletValues, new BytesRef(article.Source.Outlet)));
        }

        if (article.Published is { } date)
        {
            var day = DayNumber(date);
            doc.Add(new Int32Field(SearchFields.Day, day, Field.Store.NO));
            doc.Add(new NumericDocValuesField(SearchFields.DayValues, day));
            doc.Add(new StoredField(SearchFields.Published, date.ToString("yyyy-MM-dd")));
        }

        foreach (var id in article.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(SearchFields.Entity, id, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(SearchFields.EntityValues, new BytesRef(id)));
        }

        foreach (var key in article.Quotes.Select(q => SpeakerKey(q.Speaker)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(SearchFields.Speaker, key, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(SearchFields.SpeakerValues, new BytesRef(key)));
        }

        return doc;
    }

    /// <summary>The key a speaker is filtered and counted by: the linked entity id, else the name as given.</summary>
    public static string SpeakerKey(Speaker speaker) =>
        !string.IsNullOrEmpty(speaker.EntityId) ? speaker.EntityId : speaker.Name.Trim();

    /// <summary>yyyymmdd as an integer, for range filters and sorting.</summary>
    public static int DayNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;
}
