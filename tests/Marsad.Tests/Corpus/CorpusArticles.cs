using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Tests.Corpus;

/// <summary>Invented analysed articles for corpus tests: entities and quotes point at their text in the body.</summary>
internal static class CorpusArticles
{
    public static AnalyzedArticle Make(
        string id,
        string body,
        string? headline = null,
        string? outlet = null,
        string? date = null,
        (string Id, string Name, EntityType Type)[]? entities = null,
        (string Speaker, string? EntityId, string Text)[]? quotes = null)
    {
        var entityList = (entities ?? []).Select(e =>
        {
            var start = body.IndexOf(e.Name, StringComparison.Ordinal);
            var mentions = start < 0 ? ImmutableArray<EntityMention>.Empty : [new EntityMention(e.Name, start, start + e.Name.Length)];
            return new Entity(e.Id, e.Name, e.Type, mentions);
        }).ToImmutableArray();
        var quoteList = (quotes ?? []).Select(q =>
        {
            var start = body.IndexOf(q.Text, StringComparison.Ordinal);
            Assert.True(start >= 0, $"quote '{q.Text}' is not in the body");
            return new Quote(new Speaker(q.Speaker, q.EntityId, q.Speaker), "قال", QuoteKind.Indirect, q.Text, start, start + q.Text.Length);
        }).ToImmutableArray();
        return new AnalyzedArticle
        {
            Id = id,
            Source = new SourceInfo(id + ".txt", null, outlet),
            Headline = headline,
            Published = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Body = body,
            Entities = entityList,
            Quotes = quoteList,
        };
    }
}
