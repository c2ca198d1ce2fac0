using Marsad.Corpus;
using Marsad.Sources;

namespace Marsad.Server.Tests.Support;

/// <summary>A store in a temp folder filled with <see cref="TestArticles"/> through the library's ingest, then closed
/// so a server can open it. Deleted on dispose.</summary>
public sealed class TestStore : IDisposable
{
    public TestStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "marsad-server-tests-" + Guid.NewGuid().ToString("N"));
        using var corpus = Corpus.Corpus.Open(Folder);
        Report = corpus.Ingest(TestArticles.All.Select(SourceResult.Ok), new IngestOptions { DegreeOfParallelism = 2 });
        if (Report.Errors.Length > 0 || Report.Added != TestArticles.All.Count)
        {
            throw new InvalidOperationException($"the test store did not build: {Report.Added} added, errors: {string.Join("; ", Report.Errors)}");
        }

        FirstEntityId = corpus.FindEntities("شكري", 5).FirstOrDefault()?.Id
            ?? corpus.Search(new SearchQuery { Size = 1 }).Entities.FirstOrDefault()?.Value;
    }

    public string Folder { get; }

    public IngestReport Report { get; }

    /// <summary>An entity the store knows, or null while the entity stages are not in the pipeline.</summary>
    public string? FirstEntityId { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temp folder is cleaned by the system.
        }
    }
}
