using System.Text;

namespace Marsad.Sources;

/// <summary>
/// Turns a file's bytes into text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8; UTF-8 with a few
/// broken bytes replaced when nearly all of the file is UTF-8 (a damaged page, not a legacy one); and Windows-1256
/// (the legacy Arabic code page) when the bytes are not UTF-8 at all. NUL bytes mean a binary file.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Arabic1256 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    });

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new DecodedText(null, null, "empty file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return FromUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return FromUtf16(bytes[2..], Encoding.Unicode, "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return FromUtf16(bytes[2..], Encoding.BigEndianUnicode, "UTF-16BE");
        }

        if (LooksBinary(bytes))
        {
            return new DecodedText(null, null, "binary file (not text)");
        }

        return FromUtf8(bytes);
    }

    private static DecodedText FromUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Finish(StrictUtf8.GetString(bytes), "UTF-8");
        }

        var truncatedAt = TruncatedTail(bytes);
        if (truncatedAt >= 0)
        {
            return new DecodedText(null, null, $"truncated UTF-8: the file ends inside a multi-byte character (byte {truncatedAt})");
        }

        var (valid, invalid) = CountUtf8Sequences(bytes);
        if (valid >= MostlyUtf8Factor * invalid)
        {
            // Windows-1256 Arabic almost never forms valid multi-byte UTF-8 sequences, so a file made mostly of them is
            // UTF-8 with some damage: decoding it as 1256 would turn every Arabic letter into mojibake.
            return Finish(Encoding.UTF8.GetString(bytes), $"UTF-8 ({invalid} invalid byte sequences replaced)");
        }

        return Finish(Arabic1256.Value.GetString(bytes), "windows-1256");
    }

    /// <summary>How many valid multi-byte UTF-8 sequences the file holds for each invalid one before it counts as
    /// damaged UTF-8 rather than another encoding.</summary>
    private const int MostlyUtf8Factor = 3;

    /// <summary>Valid multi-byte UTF-8 sequences and invalid byte sequences in the bytes (ASCII counts as neither).</summary>
    private static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        var invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (valid, invalid);
    }

    private static DecodedText FromUtf16(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        if (bytes.Length % 2 != 0)
        {
            return new DecodedText(null, null, $"truncated {name}: odd number of bytes");
        }

        return Finish(encoding.GetString(bytes), name);
    }

    private static DecodedText Finish(string text, string encoding)
    {
        var normalised = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        if (normalised.AsSpan().TrimStart('\uFEFF').IsWhiteSpace())
        {
            return new DecodedText(null, encoding, "empty file");
        }

        return new DecodedText(normalised.TrimStart('\uFEFF'), encoding, null);
    }

    /// <summary>When every byte is valid UTF-8 except an unfinished character at the very end, the offset of
    /// that character; otherwise -1 (the bytes are simply not UTF-8).</summary>
    private static int TruncatedTail(ReadOnlySpan<byte> bytes)
    {
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            var start = bytes.Length - cut;
            if (bytes[start] >= 0xC0 && System.Text.Unicode.Utf8.IsValid(bytes[..start]))
            {
                var needed = bytes[start] >= 0xF0 ? 4 : bytes[start] >= 0xE0 ? 3 : 2;
                return cut < needed ? start : -1;
            }
        }

        return -1;
    }

    /// <summary>Text files never hold NUL bytes (UTF-16 without a BOM aside) or many control characters.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length;
    }
}
