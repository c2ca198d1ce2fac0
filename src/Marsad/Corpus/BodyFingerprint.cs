using System.Buffers;
using System.Globalization;
using Marsad.Text;

namespace Marsad.Corpus;

/// <summary>
/// The body hash and MinHash signature of a body in one pass over its chars, with no string per word: ingest
/// computes them for every article on the analysis threads. Gives exactly what
/// <see cref="ContentHash.BodyHash(IReadOnlyList{string})"/> and <see cref="MinHash.Signature(IReadOnlyCollection{ulong})"/> over
/// <see cref="Shingles.Hashed(IReadOnlyList{string}, int)"/> of <see cref="Shingles.Words"/> give (a test holds the two paths equal).
/// </summary>
internal static class BodyFingerprint
{
    public static (string BodyHash, uint[] Signature) Of(string body)
    {
        ArgumentNullException.ThrowIfNull(body);

        // The normalised words joined by single spaces (what BodyHash hashes) and one FNV hash per word.
        var joined = ArrayPool<char>.Shared.Rent(body.Length + 1);
        var wordHashes = ArrayPool<ulong>.Shared.Rent((body.Length / 2) + 1);
        try
        {
            var length = 0;
            var words = 0;
            var start = -1;
            for (var i = 0; i <= body.Length; i++)
            {
                var letter = i < body.Length && IsWordChar(body[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    var at = words > 0 ? length + 1 : length;
                    var written = ArabicNormalizer.Normalize(body.AsSpan(start, i - start), joined.AsSpan(at));
                    if (written > 0)
                    {
                        if (words > 0)
                        {
                            joined[length] = ' ';
                        }

                        wordHashes[words++] = Fnv(joined.AsSpan(at, written));
                        length = at + written;
                    }

                    start = -1;
                }
            }

            var hash = ContentHash.Hex(joined.AsSpan(0, length));

            // The shingles go straight into the signature, without the set of them (a minimum ignores repeats).
            var shingles = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words));
            try
            {
                return (hash, MinHash.Signature(shingles.AsSpan(0, Shingles.HashInto(wordHashes.AsSpan(0, words), shingles))));
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(shingles);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(joined);
            ArrayPool<ulong>.Shared.Return(wordHashes);
        }
    }

    /// <summary>The chars <see cref="Shingles.Words"/> keeps in a word.</summary>
    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    internal static ulong Fnv(ReadOnlySpan<char> word)
    {
        var h = 1469598103934665603UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
