using System.Text;
using Marsad.Sources;

namespace Marsad.Tests.Sources;

public sealed class DocumentSourcesEncodingTests : IDisposable
{
    private const string Arabic = "أعلنت الوزارة اليوم افتتاح 3 مدارس جديدة في المدينة.";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1256" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Each_encoding_decodes_to_the_same_arabic_text(string encoding)
    {
        var path = temp.Bytes("enc.txt", Encode(Arabic + "\n", encoding));
        var result = Assert.Single(DocumentSources.Read([path]));
        Assert.False(result.IsError, result.Error);
        Assert.Equal(Arabic, result.Document!.Text.TrimEnd('\n'));
    }

    [Fact]
    public void An_empty_file_is_an_error_saying_so()
    {
        var result = Assert.Single(DocumentSources.Read([temp.Bytes("empty.txt", [])]));
        Assert.Equal("empty file", result.Error);
    }

    [Fact]
    public void A_file_of_blank_lines_is_an_empty_file()
    {
        var result = Assert.Single(DocumentSources.Read([temp.File("blank.txt", "\n  \n\t\n")]));
        Assert.Equal("empty file", result.Error);
    }

    [Fact]
    public void A_binary_file_is_an_error_saying_so()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var result = Assert.Single(DocumentSources.Read([temp.Bytes("photo.jpg", bytes)]));
        Assert.Equal("binary file (not text)", result.Error);
    }

    [Fact]
    public void Truncated_utf8_is_an_error_naming_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("افتتاح مدرسة جديدة");
        var cut = bytes[..^1];
        var result = Assert.Single(DocumentSources.Read([temp.Bytes("cut.txt", cut)]));
        Assert.True(result.IsError);
        Assert.Contains("truncated UTF-8", result.Error);
        Assert.Contains((cut.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_its_size()
    {
        var path = Path.Combine(temp.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes(Arabic + "\n");
            while (stream.Length < 50L * 1024 * 1024)
            {
                stream.Write(line);
            }
        }

        var result = Assert.Single(DocumentSources.Read([path]));
        Assert.True(result.IsError);
        Assert.StartsWith("file too large (50", result.Error);
        Assert.Contains("16 MB limit", result.Error);
    }

    private static byte[] Encode(string text, string encoding)
    {
        switch (encoding)
        {
            case "utf-8":
                return new UTF8Encoding(false).GetBytes(text);
            case "utf-8-bom":
                return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
            case "utf-16le":
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
            case "utf-16be":
                return [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)];
            default:
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(1256).GetBytes(text);
        }
    }
}
