namespace Marsad.Sources;

/// <summary>
/// Reads articles from files, folders (recursively) and archives (.tar.gz, .tgz, .zip), detecting each file's
/// format and encoding by content. Streams: an archive of any size is read entry by entry. Never throws for bad
/// content: an unreadable item comes back as a <see cref="SourceResult"/> error and the others go on.
/// </summary>
public static class DocumentSources
{
    /// <summary>Every document under the given paths, in a stable order; unreadable items come back as errors.</summary>
    public static IEnumerable<SourceResult> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var result in ReadFolder(path))
                {
                    yield return result;
                }
            }
            else if (File.Exists(path))
            {
                foreach (var result in ReadFile(path))
                {
                    yield return result;
                }
            }
            else
            {
                yield return SourceResult.Fail(path, "no such file or folder");
            }
        }
    }

    /// <summary>Reads one path (file, folder or archive).</summary>
    public static IEnumerable<SourceResult> Read(string path) => Read([path]);

    private static IEnumerable<SourceResult> ReadFolder(string folder)
    {
        IEnumerable<string> files;
        string? error = null;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !FolderFilter.IsSkipped(Path.GetRelativePath(folder, f)))
                .OrderBy(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files = [];
            error = $"unreadable folder: {ex.Message}";
        }

        if (error is not null)
        {
            yield return SourceResult.Fail(folder, error);
        }

        foreach (var file in files)
        {
            foreach (var result in ReadFile(file))
            {
                yield return result;
            }
        }
    }

    private static IEnumerable<SourceResult> ReadFile(string path)
    {
        byte[] head = new byte[8];
        long length;
        int headLength;
        try
        {
            length = new FileInfo(path).Length;
            if (length == 0)
            {
                // Never opened: a named pipe or a device also reports length 0, and opening a pipe blocks until a
                // writer comes; an empty regular file holds no article anyway.
                return [SourceResult.Fail(path, "empty file")];
            }

            using var stream = File.OpenRead(path);
            headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [SourceResult.Fail(path, $"unreadable file: {ex.Message}")];
        }

        if (ArchiveReader.IsArchive(path, head.AsSpan(0, headLength)))
        {
            return ArchiveReader.Read(path, head.AsSpan(0, headLength));
        }

        if (length > SourceLimits.MaxDocumentBytes)
        {
            return [SourceResult.Fail(path, SourceLimits.TooLarge(length))];
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [SourceResult.Fail(path, $"unreadable file: {ex.Message}")];
        }

        return DocumentParser.Parse(path, bytes);
    }
}
