using Marsad.Model;

namespace Marsad.Corpus;

/// <summary>An article as the store keeps it, with what ingest decided about it.</summary>
/// <param name="Article">The analysed record.</param>
/// <param name="RawKey">A hash of the source document id and raw text: lets a re-ingest skip an item before analysing it.</param>
/// <param name="Key">Idempotency key: a hash of the id and the body; an article with a key already stored is skipped.</param>
/// <param name="BodyHash">Hash of the normalised body, for exact duplicates.</param>
/// <param name="StoryId">The story the article belongs to.</param>
/// <param name="DuplicateOf">The id of the earlier article this one duplicates (exactly or nearly), or null.</param>
/// <param name="Signature">The MinHash signature of the body's word shingles.</param>
public sealed record StoredArticle(AnalyzedArticle Article, string RawKey, string Key, string BodyHash, long StoryId, string? DuplicateOf, uint[] Signature)
{
    /// <summary>The article's JSON record and rows when already built (ingest does it on the analysis threads), else null.</summary>
    internal ArticleRows? Rows { get; init; }

    /// <summary>Headline and body analysed for the index (ingest does it on the analysis threads), else null.</summary>
    internal Search.AnalyzedArticleText? Text { get; init; }
}
