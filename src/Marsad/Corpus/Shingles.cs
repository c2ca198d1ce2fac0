namespace Marsad.Corpus;

/// <summary>Words of a text in normalised form (letters and digits only) and hashed word shingles over them.</summary>
public static class Shingles
{
    /// <summary>Normalised words (see <see cref="NameKey"/>), punctuation dropped.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && BodyFingerprint.IsWordChar(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = NameKey.Normalize(text[start..i]);
                if (word.Length > 0)
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>64-bit hashes of every run of <paramref name="size"/> consecutive words (the whole text when shorter).</summary>
    public static HashSet<ulong> Hashed(IReadOnlyList<string> words, int size = 3) =>
        Hashed(words.Select(w => BodyFingerprint.Fnv(w)).ToArray(), size);

    /// <summary><see cref="Hashed(IReadOnlyList{string}, int)"/> from the words' FNV hashes.</summary>
    internal static HashSet<ulong> Hashed(ReadOnlySpan<ulong> wordHashes, int size = 3)
    {
        var shingles = new ulong[Math.Max(1, wordHashes.Length - size + 1)];
        var count = HashInto(wordHashes, shingles, size);
        var set = new HashSet<ulong>(Math.Max(1, count));
        foreach (var shingle in shingles.AsSpan(0, count))
        {
            set.Add(shingle);
        }

        return set;
    }

    /// <summary>The shingle hashes of <see cref="Hashed(ReadOnlySpan{ulong}, int)"/> written in order, repeats kept,
    /// into <paramref name="shingles"/> (at least <c>max(1, words - size + 1)</c> long); returns how many.</summary>
    internal static int HashInto(ReadOnlySpan<ulong> wordHashes, Span<ulong> shingles, int size = 3)
    {
        if (wordHashes.Length < size)
        {
            var h = 1469598103934665603UL;
            foreach (var w in wordHashes)
            {
                h = (h ^ w) * 1099511628211UL;
            }

            if (wordHashes.Length == 0)
            {
                return 0;
            }

            shingles[0] = h;
            return 1;
        }

        var count = 0;
        for (var i = 0; i + size <= wordHashes.Length; i++)
        {
            var h = 1469598103934665603UL;
            for (var j = 0; j < size; j++)
            {
                h = (h ^ wordHashes[i + j]) * 1099511628211UL;
                h ^= h >> 29;
            }

            shingles[count++] = h;
        }

        return count;
    }
}
