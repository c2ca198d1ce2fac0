using Marsad.Model;

namespace Marsad.Linking;

/// <summary>Lookups over a linked article, for later stages (quotes: who is the speaker written at this span?).</summary>
public static class ArticleEntityExtensions
{
    /// <summary>The entity with a mention covering the span [start, end) — or, failing that, overlapping it; the
    /// tightest mention wins. Null when no entity is there.</summary>
    public static Entity? EntityAt(this AnalyzedArticle article, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(article);
        var span = new TextSpan(start, Math.Max(start, end));
        Entity? best = null;
        var bestScore = int.MaxValue;
        foreach (var entity in article.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                var covers = mention.Span.Contains(span) || span.Contains(mention.Span);
                var overlaps = mention.Span.Overlaps(span) || (span.Length == 0 && mention.Start <= start && start < mention.End);
                if (!covers && !overlaps)
                {
                    continue;
                }

                var score = (covers ? 0 : 1_000_000) + Math.Abs(mention.Span.Length - span.Length);
                if (score < bestScore)
                {
                    (best, bestScore) = (entity, score);
                }
            }
        }

        return best;
    }

    /// <summary>The article's entity with this id, or null.</summary>
    public static Entity? EntityById(this AnalyzedArticle article, string id)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Entities.FirstOrDefault(e => e.Id == id);
    }
}
