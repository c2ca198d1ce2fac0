using System.Security.Cryptography;
using System.Text;

namespace Marsad.Corpus;

/// <summary>Hashes that identify content: the idempotency keys and the exact-duplicate body hash.</summary>
public static class ContentHash
{
    /// <summary>Key of a source item before analysis (document id + raw text).</summary>
    public static string RawKey(string id, string text) => Hex(id + "\u0000" + text);

    /// <summary>Key of an analysed article (id + body): the same article ingested twice is stored once.</summary>
    public static string ArticleKey(string id, string body) => Hex(id + "\u0000" + body);

    /// <summary>Hash of the body's words in normalised form: bodies differing only in spacing, diacritics or
    /// alef/yeh spelling hash alike.</summary>
    public static string BodyHash(string body) => BodyHash(Shingles.Words(body));

    /// <summary>The body hash from the body's <see cref="Shingles.Words"/> (when they are at hand already).</summary>
    public static string BodyHash(IReadOnlyList<string> words) => Hex(string.Join(' ', words));

    private static string Hex(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexString(hash[..16]);
    }
}
