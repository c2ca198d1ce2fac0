namespace Marsad.Corpus;

/// <summary>Figures from <see cref="SearchBenchmark"/>.</summary>
/// <param name="Articles">Articles indexed.</param>
/// <param name="Searches">Timed searches.</param>
/// <param name="P50Milliseconds">Median latency of a full search (hits, facets, snippets).</param>
/// <param name="P99Milliseconds">99th percentile latency.</param>
/// <param name="MaxMilliseconds">Slowest search.</param>
/// <param name="CliticQueries">Clitic-form queries with relevant articles.</param>
/// <param name="MarsadRecall">Mean recall of the corpus index (Arabic analyzer) on those queries.</param>
/// <param name="PlainRecall">Mean recall of a plain StandardAnalyzer index of the same text.</param>
public sealed record SearchBenchmarkResult(
    int Articles, int Searches, double P50Milliseconds, double P99Milliseconds, double MaxMilliseconds, int CliticQueries, double MarsadRecall, double PlainRecall);
