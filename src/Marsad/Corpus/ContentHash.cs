using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Marsad.Corpus;

/// <summary>Hashes that identify content: the idempotency keys and the exact-duplicate body hash.</summary>
public static class ContentHash
{
    /// <summary>Key of a source item before analysis (document id + raw text).</summary>
    public static string RawKey(string id, string text) => Hex(id, text);

    /// <summary>Key of an analysed article (id + body): the same article ingested twice is stored once.</summary>
    public static string ArticleKey(string id, string body) => Hex(id, body);

    /// <summary>Hash of the body's words in normalised form: bodies differing only in spacing, diacritics or
    /// alef/yeh spelling hash alike.</summary>
    public static string BodyHash(string body) => BodyHash(Shingles.Words(body));

    /// <summary>The body hash from the body's <see cref="Shingles.Words"/> (when they are at hand already).</summary>
    public static string BodyHash(IReadOnlyList<string> words) => Hex(string.Join(' ', words).AsSpan());

    /// <summary>The hash of <paramref name="id"/>, a NUL and <paramref name="text"/> (as of one string of the three),
    /// without building that string.</summary>
    private static string Hex(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(id.Length + 1 + text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(id, bytes);
            bytes[length++] = 0;
            length += Encoding.UTF8.GetBytes(text, bytes.AsSpan(length));
            return Hash(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The hash of a text's UTF-8 bytes, as 32 hex digits.</summary>
    internal static string Hex(ReadOnlySpan<char> text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return Hash(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexString(hash[..16]);
    }
}
