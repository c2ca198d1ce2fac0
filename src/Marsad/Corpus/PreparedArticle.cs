using Marsad.Pipeline;

namespace Marsad.Corpus;

/// <summary>
/// An item after the parallel part of ingest: analysed, hashed, shingled, its story terms counted and its JSON record
/// built (JSON record, entity and quote rows). What is left (duplicates, stories, the store) needs the run's shared state and is done in order.
/// </summary>
/// <param name="Result">The analysis outcome; null when the item was stored by an earlier run and skipped.</param>
/// <param name="RawKey">Hash of the source id and raw text.</param>
internal sealed record PreparedArticle(AnalysisResult? Result, string RawKey)
{
    public string Key { get; init; } = "";

    public string BodyHash { get; init; } = "";

    public uint[] Signature { get; init; } = [];

    public Dictionary<string, double> TermCounts { get; init; } = [];

    public ArticleRows? Rows { get; init; }

    public Search.AnalyzedArticleText? Text { get; init; }
}
