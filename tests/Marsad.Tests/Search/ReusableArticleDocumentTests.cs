using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Marsad.Corpus;
using Marsad.Model;
using Marsad.Search;
using Marsad.Tests.Corpus;

namespace Marsad.Tests.Search;

/// <summary>The index writer's reused fields make, article after article, the document a fresh one would be.</summary>
public sealed class ReusableArticleDocumentTests
{
    private static readonly AnalyzedArticle[] Articles =
    [
        CorpusArticles.Make(
            "d1",
            "قال رئيس البلدية سامر الخطيب إن الجسر الجديد سيفتح قريبا وأكدت وزارة النقل ذلك",
            "افتتاح الجسر",
            "OutletA",
            "2018-03-01",
            [("Q1", "سامر الخطيب", EntityType.PERS), ("Q2", "وزارة النقل", EntityType.ORG), ("Q1", "سامر الخطيب", EntityType.PERS)],
            [("سامر الخطيب", "Q1", "الجسر الجديد سيفتح قريبا"), ("مسؤول", null, "ذلك")]),
        CorpusArticles.Make("d2", "وصل الوفد إلى المدينة صباح الأحد", null, null, null),
        CorpusArticles.Make("d3", "اجتمع المجلس البلدي في مدينة الساحل", "ميزانية", "OutletB", "2018-03-02", [("Q3", "المجلس البلدي", EntityType.ORG)]),
        CorpusArticles.Make(
            "d4",
            "أعلنت شركة النور ووزارة النقل وبلدية الساحل خطة مشتركة",
            "خطة",
            "OutletA",
            "2018-03-03",
            [("Q4", "شركة النور", EntityType.ORG), ("Q2", "وزارة النقل", EntityType.ORG), ("Q5", "بلدية الساحل", EntityType.ORG)]),
    ];

    [Fact]
    public void Each_filled_document_has_the_fields_of_a_fresh_document_in_the_same_order()
    {
        var analyzer = SearchAnalyzers.Create();
        var reused = new ReusableArticleDocument();
        foreach (var article in Articles.Concat(Articles.Reverse()))
        {
            var text = AnalyzedArticleText.Create(analyzer, article);
            var expected = Describe(ArticleDocument.Create(article, text));
            var actual = Describe(reused.Fill(article, text));
            Assert.Equal(expected, actual);
        }

        Assert.Contains(Describe(reused.Fill(Articles[3], AnalyzedArticleText.Create(analyzer, Articles[3]))), f => f.StartsWith(SearchFields.Entity + "=Q2 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Filters_find_only_the_documents_that_have_the_entity_or_outlet()
    {
        using var index = SearchIndex.InMemory();
        index.Add(Articles.Select(a => (a, (AnalyzedArticleText?)AnalyzedArticleText.Create(index.Analyzer, a))));
        index.Commit(1);

        string[] Ids(IReadOnlyList<string>? entities, string? outlet = null) =>
            [.. index.Search(new SearchQuery { Outlet = outlet, Size = 10 }, entities, null, _ => new Dictionary<string, string>()).Hits.Select(h => h.Id).Order()];
        Assert.Equal(["d1", "d4"], Ids(["Q2"]));
        Assert.Equal(["d3"], Ids(["Q3"]));
        Assert.Equal(["d4"], Ids(["Q5"]));
        Assert.Equal(["d1", "d4"], Ids(null, "OutletA"));
        Assert.Equal(4, index.Search(new SearchQuery { Size = 10 }, null, null, _ => new Dictionary<string, string>()).Total);
    }

    /// <summary>Every field as name, kind and value: what the index writer reads from it.</summary>
    private static List<string> Describe(Document doc)
    {
        var fields = new List<string>();
        foreach (var field in doc.Fields)
        {
            var type = field.IndexableFieldType;
            var value = field.GetStringValue() ?? field.GetBinaryValue()?.Utf8ToString() ?? field.GetInt64Value()?.ToString(CultureInfo.InvariantCulture) ?? "";
            var stream = field is Field f && f.GetTokenStreamValue() is { } tokens ? $"stream:{tokens.GetType().Name}" : "";
            fields.Add($"{field.Name}={value} {stream} indexed:{type.IsIndexed} stored:{type.IsStored} tokenized:{type.IsTokenized} dv:{type.DocValueType}");
        }

        return fields;
    }
}
