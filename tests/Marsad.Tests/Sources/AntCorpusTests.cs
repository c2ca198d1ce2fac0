using System.Diagnostics;
using Marsad.Sources;
using Marsad.Tests.TestSupport;
using Xunit.Abstractions;

namespace Marsad.Tests.Sources;

public sealed class AntCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void The_whole_ant_tarball_reads_straight_from_the_archive_as_31525_documents_without_errors()
    {
        var tarball = SharedData.Require("data/corpus/ant-multisource-v2.1.tar.gz");
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var documents = 0;
        var errors = new List<string>();
        var withTitle = 0;
        var withDate = 0;
        foreach (var result in DocumentSources.Read([tarball]))
        {
            if (result.IsError)
            {
                errors.Add($"{result.Path}: {result.Error}");
                continue;
            }

            documents++;
            Assert.Equal(DocumentFormat.TrecDoc, result.Document!.Format);
            withTitle += result.Document.Title is null ? 0 : 1;
            withDate += result.Document.Published is null ? 0 : 1;
        }

        watch.Stop();
        output.WriteLine($"ANT: {documents} documents, {errors.Count} errors, {withTitle} titled, {withDate} dated, in {watch.Elapsed.TotalSeconds:0.0} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:0.0} s CPU");
        foreach (var error in errors.Take(20))
        {
            output.WriteLine(error);
        }

        Assert.Empty(errors.Take(20));
        Assert.Equal(31_525, documents);
        Assert.Equal(documents, withDate);
    }
}
