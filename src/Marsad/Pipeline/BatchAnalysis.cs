using Marsad.Sources;

namespace Marsad.Pipeline;

/// <summary>Runs a pipeline over many source items on all cores, keeping their order.</summary>
public static class BatchAnalysis
{
    public static IEnumerable<AnalysisResult> AnalyzeAll(
        this AnalysisPipeline pipeline,
        IEnumerable<SourceResult> items,
        AnalysisOptions? options = null,
        int? degreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(items);
        var opts = options ?? AnalysisOptions.Default;
        return items
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, degreeOfParallelism ?? Environment.ProcessorCount))
            .WithCancellation(cancellationToken)
            .Select(item => AnalyzeOne(pipeline, item, opts));
    }

    public static AnalysisResult AnalyzeOne(AnalysisPipeline pipeline, SourceResult item, AnalysisOptions options)
    {
        if (item.IsError || item.Document is null)
        {
            return new AnalysisResult(item.Path, null, item.Error ?? "unreadable");
        }

        try
        {
            return new AnalysisResult(item.Path, pipeline.Analyze(item.Document, options), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new AnalysisResult(item.Path, null, $"analysis failed: {ex.Message}");
        }
    }
}
