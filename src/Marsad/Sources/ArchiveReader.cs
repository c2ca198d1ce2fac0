using System.Formats.Tar;
using System.IO.Compression;

namespace Marsad.Sources;

/// <summary>
/// Streams the files of a .tar.gz/.tgz/.tar or .zip archive without extracting to disk. Entries are named
/// <c>archive.tar.gz!/inner/path</c>. A corrupt archive ends with an error for the archive; entries read before it stand.
/// </summary>
internal static class ArchiveReader
{
    private const string ClimbsOutError = "entry path climbs out of the archive (a \"..\" segment): left out, nothing extracted";

    public static bool IsArchive(string path, ReadOnlySpan<byte> head) =>
        IsGzip(head) || IsZip(head) || path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<SourceResult> Read(string path, ReadOnlySpan<byte> head) =>
        IsZip(head) ? ReadZip(path) : ReadTar(path, gzip: IsGzip(head));

    private static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    private static bool IsZip(ReadOnlySpan<byte> head) => head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;

    private static IEnumerable<SourceResult> ReadTar(string path, bool gzip)
    {
        Stream? file = null;
        Stream? data = null;
        TarReader? tar = null;
        try
        {
            string? openError = null;
            try
            {
                file = File.OpenRead(path);
                data = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
                tar = new TarReader(data);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                openError = $"unreadable archive: {ex.Message}";
            }

            if (openError is not null || tar is null)
            {
                yield return SourceResult.Fail(path, openError ?? "unreadable archive");
                yield break;
            }

            while (true)
            {
                TarEntry? entry = null;
                byte[]? bytes = null;
                string? error = null;
                string? fatal = null;
                try
                {
                    entry = tar.GetNextEntry();
                    if (entry is not null && IsFile(entry.EntryType) && FolderFilter.ClimbsOut(entry.Name))
                    {
                        error = ClimbsOutError;
                    }
                    else if (entry is not null && IsFile(entry.EntryType) && !FolderFilter.IsSkipped(entry.Name))
                    {
                        if (entry.Length > SourceLimits.MaxDocumentBytes)
                        {
                            error = SourceLimits.TooLarge(entry.Length);
                        }
                        else if (entry.DataStream is { } stream)
                        {
                            bytes = ReadAll(stream, entry.Length);
                        }
                        else
                        {
                            bytes = [];
                        }
                    }
                }
                // A PAX header's number past its field's range (size, uid, mtime) surfaces as OverflowException or
                // ArgumentOutOfRangeException from TarReader: a broken archive like any other.
                catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or FormatException
                    or OverflowException or ArgumentException)
                {
                    fatal = $"unreadable archive: {ex.Message}";
                }

                if (fatal is not null)
                {
                    yield return SourceResult.Fail(path, fatal);
                    yield break;
                }

                if (entry is null)
                {
                    yield break;
                }

                var entryPath = path + "!/" + FolderFilter.EntryPath(entry.Name);
                if (error is not null)
                {
                    yield return SourceResult.Fail(entryPath, error);
                }
                else if (bytes is not null)
                {
                    foreach (var result in DocumentParser.Parse(entryPath, bytes))
                    {
                        yield return result;
                    }
                }
            }
        }
        finally
        {
            tar?.Dispose();
            data?.Dispose();
            file?.Dispose();
        }
    }

    private static IEnumerable<SourceResult> ReadZip(string path)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return [SourceResult.Fail(path, $"unreadable archive: {ex.Message}")];
        }

        return ReadZipEntries(path, zip);
    }

    private static IEnumerable<SourceResult> ReadZipEntries(string path, ZipArchive zip)
    {
        using (zip)
        {
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var entryPath = path + "!/" + FolderFilter.EntryPath(entry.FullName);
                if (FolderFilter.ClimbsOut(entry.FullName))
                {
                    yield return SourceResult.Fail(entryPath, ClimbsOutError);
                    continue;
                }

                if (FolderFilter.IsSkipped(entry.FullName))
                {
                    continue;
                }

                if (entry.Length > SourceLimits.MaxDocumentBytes)
                {
                    yield return SourceResult.Fail(entryPath, SourceLimits.TooLarge(entry.Length));
                    continue;
                }

                byte[]? bytes = null;
                string? error = null;
                try
                {
                    using var stream = entry.Open();
                    bytes = ReadAll(stream, entry.Length);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException)
                {
                    error = $"unreadable archive entry: {ex.Message}";
                }

                if (error is not null || bytes is null)
                {
                    yield return SourceResult.Fail(entryPath, error ?? "unreadable archive entry");
                    continue;
                }

                foreach (var result in DocumentParser.Parse(entryPath, bytes))
                {
                    yield return result;
                }
            }
        }
    }

    private static bool IsFile(TarEntryType type) =>
        type is TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile;

    private static byte[] ReadAll(Stream stream, long length)
    {
        var buffer = new byte[length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                throw new EndOfStreamException("archive entry is shorter than its header says");
            }

            read += n;
        }

        return buffer;
    }
}
