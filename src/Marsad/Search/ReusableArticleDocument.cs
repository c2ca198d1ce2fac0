using Lucene.Net.Documents;
using Lucene.Net.Util;
using Marsad.Model;

namespace Marsad.Search;

/// <summary>
/// The fields of <see cref="ArticleDocument.Create"/> kept from one document to the next by one index writer thread:
/// Lucene builds a token stream and its attributes once per field object, so new fields per document cost that
/// for every id, outlet, day, entity and speaker of every article. The document is the same, field for field and in
/// the same order; it must be added to the index before the next <see cref="Fill"/>.
/// </summary>
internal sealed class ReusableArticleDocument
{
    private readonly StringField id = new(SearchFields.Id, "", Field.Store.YES);
    private readonly StoredField headlineStored = new(SearchFields.Headline, "");
    private readonly AnalyzedText.ReplayStream headlineStream = new();
    private readonly TextField headline;
    private readonly StoredField bodyStored = new(SearchFields.Body, "");
    private readonly AnalyzedText.ReplayStream bodyStream = new();
    private readonly TextField body;
    private readonly StringField outlet = new(SearchFields.Outlet, "", Field.Store.YES);
    private readonly Int32Field day = new(SearchFields.Day, 0, Field.Store.NO);
    private readonly NumericDocValuesField dayValues = new(SearchFields.DayValues, 0);
    private readonly StoredField published = new(SearchFields.Published, "");
    private readonly List<StringField> entities = [];
    private readonly List<StringField> speakers = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public ReusableArticleDocument()
    {
        headline = new TextField(SearchFields.Headline, headlineStream);
        body = new TextField(SearchFields.Body, bodyStream);
    }

    /// <summary>The document of an article whose headline and body were analysed beforehand.</summary>
    public Document Fill(AnalyzedArticle article, AnalyzedArticleText text)
    {
        id.SetStringValue(article.Id);
        headlineStored.SetStringValue(article.Headline ?? "");
        headlineStream.Use(text.Headline);
        bodyStored.SetStringValue(article.Body);
        bodyStream.Use(text.Body);
        var doc = new Document { id, headlineStored, headline, bodyStored, body };
        if (!string.IsNullOrEmpty(article.Source.Outlet))
        {
            outlet.SetStringValue(article.Source.Outlet);
            doc.Add(outlet);
            doc.Add(new SortedDocValuesField(SearchFields.OutletValues, new BytesRef(article.Source.Outlet)));
        }

        if (article.Published is { } date)
        {
            var number = ArticleDocument.DayNumber(date);
            day.SetInt32Value(number);
            dayValues.SetInt64Value(number);
            published.SetStringValue(date.ToString("yyyy-MM-dd"));
            doc.Add(day);
            doc.Add(dayValues);
            doc.Add(published);
        }

        seen.Clear();
        var n = 0;
        foreach (var entity in article.Entities)
        {
            if (seen.Add(entity.Id))
            {
                doc.Add(Next(entities, n++, SearchFields.Entity, entity.Id));
                doc.Add(new SortedSetDocValuesField(SearchFields.EntityValues, new BytesRef(entity.Id)));
            }
        }

        seen.Clear();
        n = 0;
        foreach (var quote in article.Quotes)
        {
            var key = ArticleDocument.SpeakerKey(quote.Speaker);
            if (key.Length > 0 && seen.Add(key))
            {
                doc.Add(Next(speakers, n++, SearchFields.Speaker, key));
                doc.Add(new SortedSetDocValuesField(SearchFields.SpeakerValues, new BytesRef(key)));
            }
        }

        return doc;
    }

    /// <summary>The <paramref name="index"/>-th kept filter field of a kind, set to <paramref name="value"/>.</summary>
    private static StringField Next(List<StringField> fields, int index, string name, string value)
    {
        if (index == fields.Count)
        {
            fields.Add(new StringField(name, value, Field.Store.NO));
        }

        var field = fields[index];
        field.SetStringValue(value);
        return field;
    }
}
