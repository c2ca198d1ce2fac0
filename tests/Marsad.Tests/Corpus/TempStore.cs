namespace Marsad.Tests.Corpus;

/// <summary>A store folder deleted after the test.</summary>
internal sealed class TempStore : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("marsad-store-").FullName;

    public Marsad.Corpus.Corpus Open() => Marsad.Corpus.Corpus.Open(Folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms: the temp folder is cleaned by the OS.
        }
    }
}
