namespace Marsad.Benchmarking;

/// <summary>The figures of one <c>marsad bench</c> run: Marsad's pipeline and a Lucene.NET ArabicAnalyzer pass over
/// the same bodies, measured in the same process one after the other.</summary>
public sealed record CorpusBenchmarkResult(
    int Documents,
    int Errors,
    TimeSpan ReadTime,
    ThroughputFigures Marsad,
    ThroughputFigures Lucene,
    long LuceneTokens,
    long PeakRssBytesAfterMarsad,
    long PeakRssBytesAtEnd,
    int Threads,
    string Stages,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> StageTimes)
{
    /// <summary>Marsad's articles/s divided by Lucene's (1.0 = as fast as the Lucene analysis alone).</summary>
    public double Ratio => Marsad.ArticlesPerSecond / Math.Max(Lucene.ArticlesPerSecond, 1e-9);
}
