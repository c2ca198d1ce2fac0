using System.Collections.Immutable;
using Marsad.Corpus;
using Marsad.Model;

namespace Marsad.Tests.Corpus;

/// <summary>An entity or speaker filter given as a name finds the entity most articles know by it, even when a rare
/// namesake carries that very name.</summary>
public sealed class EntityFilterTests : IDisposable
{
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void A_surname_finds_the_well_known_bearer_as_well_as_a_one_article_namesake()
    {
        using var corpus = store.Open();
        var articles = Enumerable.Range(1, 4)
            .Select(i => Known($"known-{i}", $"قال الوزير نادر السالمي في اليوم {i} إن السالمي سيزور الميناء", "السالمي"))
            .Append(CorpusArticles.Make("namesake", "أعلنت السالمي عن افتتاح فرع جديد في المدينة", "فرع", "A", "2018-05-09",
                [("prov:org:السالمي", "السالمي", EntityType.ORG)]))
            .ToList();
        corpus.Add(articles);

        var byEntity = corpus.Search(new SearchQuery { Entity = "السالمي", Size = 20 });
        var bySpeaker = corpus.Search(new SearchQuery { Speaker = "السالمي", Size = 20 });

        Assert.Equal(5, byEntity.Total);
        Assert.Equal(4, bySpeaker.Total);
        Assert.All(bySpeaker.Hits, h => Assert.StartsWith("known-", h.Id, StringComparison.Ordinal));

        var quotes = Marsad.Server.Analyst.QuoteFinder.Find(corpus, new Marsad.Server.Analyst.QuoteQuery { Speaker = "السالمي" });
        Assert.Equal(4, quotes.Total);
    }

    [Fact]
    public void A_full_name_still_finds_only_its_own_entity()
    {
        using var corpus = store.Open();
        corpus.Add([
            Known("known-1", "قال الوزير نادر السالمي إن السالمي سيزور الميناء", "السالمي"),
            CorpusArticles.Make("other", "وصل سامي السالمي إلى المطار", "وصول", "A", "2018-05-09", [("per:sami", "سامي السالمي", EntityType.PERS)]),
        ]);

        var results = corpus.Search(new SearchQuery { Entity = "سامي السالمي" });

        Assert.Equal("other", Assert.Single(results.Hits).Id);
    }

    /// <summary>An article about per:nader, named in full once and then by surname (an alias), quoting him.</summary>
    private static AnalyzedArticle Known(string id, string body, string surname)
    {
        var article = CorpusArticles.Make(id, body, "زيارة", "B", "2018-05-08",
            [("per:nader", "نادر السالمي", EntityType.PERS)], [("نادر السالمي", "per:nader", "السالمي سيزور الميناء")]);
        var entity = article.Entities[0];
        var last = body.LastIndexOf(surname, StringComparison.Ordinal);
        var withAlias = entity with { Mentions = entity.Mentions.Add(new EntityMention(surname, last, last + surname.Length)) };
        return article with { Entities = ImmutableArray.Create(withAlias) };
    }
}
