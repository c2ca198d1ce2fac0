using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Marsad.Tests.Hostile;

/// <summary>Builds hostile input files: broken encodings, broken and malicious archives, broken JSON Lines.</summary>
public static class HostileFiles
{
    /// <summary>A short invented article, distinct per <paramref name="n"/>.</summary>
    public static string Article(int n) =>
        $"قال رئيس البلدية سمير الحداد إن «أعمال الصيانة في الحي {n} ستنتهي قريبا».\nوأضاف أن الفرق تعمل ليلا ونهارا.";

    /// <summary>Arabic UTF-8 with a stray continuation byte, an overlong form and a lone 0xFF in the middle.</summary>
    public static byte[] InvalidUtf8()
    {
        var good = Encoding.UTF8.GetBytes(Article(1));
        return [.. good[..20], 0xC3, 0x28, 0xFF, 0xC0, 0xAF, 0x80, .. good[20..]];
    }

    /// <summary>A tar.gz holding the given (name, text) entries, names written as given (../, absolute ...).</summary>
    public static byte[] TarGz(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) };
                tar.WriteEntry(entry);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A gzip of a raw tar: one good entry, then a header of the given type declaring a 2 GB member with
    /// only a few bytes of data behind it.</summary>
    public static byte[] TarGzWithHugeHeader(char typeFlag)
    {
        using var raw = new MemoryStream();
        var good = Encoding.UTF8.GetBytes(Article(2));
        raw.Write(Header("good.txt", good.Length, '0'));
        raw.Write(good);
        raw.Write(new byte[(512 - (good.Length % 512)) % 512]);
        raw.Write(Header("huge.txt", 2L * 1024 * 1024 * 1024, typeFlag));
        raw.Write(Encoding.UTF8.GetBytes("نص قصير"));
        return Gzip(raw.ToArray());
    }

    /// <summary>A gzip of a raw tar: one good entry, then a PAX extended header holding the one record
    /// <paramref name="key"/>=<paramref name="value"/> (a size past Int64, a negative uid ...) before a small member.</summary>
    public static byte[] TarGzWithPaxRecord(string key, string value)
    {
        using var raw = new MemoryStream();
        var good = Encoding.UTF8.GetBytes(Article(2));
        WriteMember(raw, Header("good.txt", good.Length, '0'), good);
        var body = $" {key}={value}\n";
        // A record's length counts its own digits: "30 size=...\n" is 30 bytes long.
        var length = body.Length;
        while (length != body.Length + Digits(length))
        {
            length = body.Length + Digits(length);
        }

        var record = Encoding.ASCII.GetBytes(length.ToString(CultureInfo.InvariantCulture) + body);
        WriteMember(raw, Header("PaxHeaders/next.txt", record.Length, 'x'), record);
        var next = Encoding.UTF8.GetBytes(Article(3));
        WriteMember(raw, Header("next.txt", next.Length, '0'), next);
        raw.Write(new byte[1024]);
        return Gzip(raw.ToArray());
    }

    private static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;

    private static void WriteMember(MemoryStream raw, byte[] header, byte[] data)
    {
        raw.Write(header);
        raw.Write(data);
        raw.Write(new byte[(512 - (data.Length % 512)) % 512]);
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>A zip holding the given entries, names written as given.</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>JSON nested <paramref name="depth"/> arrays deep inside an article object.</summary>
    public static string DeepJsonLine(int depth) =>
        "{\"id\":\"deep\",\"text\":\"نص\",\"extra\":" + new string('[', depth) + new string(']', depth) + "}";

    /// <summary>A ustar header (checksum computed) for a member of the given size and type.</summary>
    private static byte[] Header(string name, long size, char typeFlag)
    {
        var header = new byte[512];
        void Put(int offset, string text) => Encoding.ASCII.GetBytes(text).CopyTo(header, offset);
        Put(0, name);
        Put(100, "0000644\0");
        Put(108, "0000000\0");
        Put(116, "0000000\0");
        Put(124, Convert.ToString(size, 8).PadLeft(11, '0') + "\0");
        Put(136, "00000000000\0");
        Put(148, "        ");
        header[156] = (byte)typeFlag;
        Put(257, "ustar\0");
        Put(263, "00");
        var sum = header.Sum(b => (int)b);
        Put(148, Convert.ToString(sum, 8).PadLeft(6, '0') + "\0 ");
        return header;
    }
}
