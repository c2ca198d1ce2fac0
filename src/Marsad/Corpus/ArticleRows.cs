using System.Collections.Immutable;
using System.Text.Json;
using Marsad.Model;
using Marsad.Search;
using Marsad.Serialization;

namespace Marsad.Corpus;

/// <summary>
/// What the store writes for one article besides its ids: the JSON record (UTF-8), one row per linked entity and one
/// per quote. A pure function of the article, so ingest builds it on the analysis threads and the single writer only
/// binds values.
/// </summary>
internal sealed class ArticleRows
{
    private ArticleRows(byte[] json, ImmutableArray<EntityRow> entities, ImmutableArray<QuoteRow> quotes)
    {
        Json = json;
        Entities = entities;
        Quotes = quotes;
    }

    /// <summary>The article's record (<see cref="ArticleJson"/>) as UTF-8.</summary>
    public byte[] Json { get; }

    public ImmutableArray<EntityRow> Entities { get; }

    public ImmutableArray<QuoteRow> Quotes { get; }

    public static ArticleRows Create(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var json = JsonSerializer.SerializeToUtf8Bytes(article, ArticleJson.Options);
        var entities = ImmutableArray.CreateBuilder<EntityRow>();
        foreach (var entity in article.Entities.DistinctBy(e => e.Id))
        {
            var aliases = entity.Mentions.Select(m => NameKey.Normalize(m.Text)).Append(NameKey.Normalize(entity.Name))
                .Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToImmutableArray();
            entities.Add(new EntityRow(entity.Id, entity.Name, entity.Type.ToString(), aliases, entity.Mentions.Length, SqliteCorpusStore.MentionContext(article, entity)));
        }

        var quotes = ImmutableArray.CreateBuilder<QuoteRow>(article.Quotes.Length);
        foreach (var q in article.Quotes)
        {
            quotes.Add(new QuoteRow(
                ArticleDocument.SpeakerKey(q.Speaker), q.Speaker.Name, NameKey.Normalize(q.Speaker.Name), q.Speaker.EntityId, q.Cue, q.Kind.ToString(), q.Text));
        }

        return new ArticleRows(json, entities.ToImmutable(), quotes.MoveToImmutable());
    }

    /// <summary>A linked entity of the article: its entity row, its normalised aliases and its mention row.</summary>
    internal sealed record EntityRow(string Id, string Name, string Type, ImmutableArray<string> Aliases, int Mentions, string Context);

    /// <summary>A quote row; <paramref name="SpeakerKey"/> is what search filters speakers by.</summary>
    internal sealed record QuoteRow(string SpeakerKey, string SpeakerName, string SpeakerNorm, string? EntityId, string? Cue, string Kind, string Text);
}
