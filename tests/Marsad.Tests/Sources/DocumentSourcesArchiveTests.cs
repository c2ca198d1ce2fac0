using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Marsad.Sources;

namespace Marsad.Tests.Sources;

public sealed class DocumentSourcesArchiveTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static readonly (string Name, string Text)[] Entries =
    [
        ("news/one.txt", "بيروت - وكالات\nقال المتحدث إن الطريق سالك.\n"),
        ("news/two.trec", "<DOC>\n<DOCNO>T-2</DOCNO>\n<TEXT>\nنص الخبر الثاني.\n</TEXT>\n</DOC>\n"),
        ("README.md", "# not an article"),
    ];

    [Fact]
    public void A_tar_gz_is_streamed_entry_by_entry_with_archive_paths()
    {
        var path = Path.Combine(temp.Path, "bundle.tar.gz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var (name, text) in Entries)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) };
                tar.WriteEntry(entry);
            }
        }

        var results = DocumentSources.Read([path]).ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.False(r.IsError, r.Error));
        Assert.Equal(path + "!/news/one.txt", results[0].Path);
        Assert.Equal("one", results[0].Document!.Id);
        Assert.Equal("T-2", results[1].Document!.Id);
        Assert.Equal(DocumentFormat.TrecDoc, results[1].Document!.Format);
    }

    [Fact]
    public void A_tar_made_from_the_current_folder_is_read_with_the_dot_segment_left_out()
    {
        var path = Path.Combine(temp.Path, "dotted.tar");
        using (var file = File.Create(path))
        using (var tar = new TarWriter(file))
        {
            foreach (var (name, text) in Entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "./" + name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
            }

            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "./news/.hidden.txt") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes("مخفي")) });
        }

        var results = DocumentSources.Read([path]).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(path + "!/news/one.txt", results[0].Path);
        Assert.Equal("one", results[0].Document!.Id);
    }

    [Fact]
    public void A_zip_is_read_without_extracting_with_archive_paths()
    {
        var path = Path.Combine(temp.Path, "bundle.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, text) in Entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        var results = DocumentSources.Read([path]).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(path + "!/news/one.txt", results[0].Path);
        Assert.Contains("الطريق سالك", results[0].Document!.Text);
        Assert.Equal("T-2", results[1].Document!.Id);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(temp.Path), p => !p.EndsWith("bundle.zip", StringComparison.Ordinal));
    }
}
