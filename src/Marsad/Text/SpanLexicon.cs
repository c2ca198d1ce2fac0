using System.Collections.Frozen;
using Marsad.Knowledge;

namespace Marsad.Text;

/// <summary>A set of words held in normalised form, looked up from a span without allocating.</summary>
public sealed class SpanLexicon
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public SpanLexicon(IEnumerable<string> entries, NormalizationMode mode = NormalizationMode.Standard)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Mode = mode;
        words = entries.Select(e => ArabicNormalizer.Normalize(e.Trim(), mode)).Where(e => e.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public NormalizationMode Mode { get; }

    public int Count => words.Count;

    /// <summary>Loads the first column of a resource file (one word a line; '#' comments).</summary>
    public static SpanLexicon Load(ResourceFiles resources, string relativePath, NormalizationMode mode = NormalizationMode.Standard)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return new SpanLexicon(resources.ReadLines(relativePath).Select(l => l.Split('\t')[0]), mode);
    }

    /// <summary>Whether the word is in the set once normalised.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 128)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        var length = ArabicNormalizer.Normalize(word, buffer, Mode);
        return length > 0 && lookup.Contains(buffer[..length]);
    }

    /// <summary>Whether an already normalised word is in the set.</summary>
    public bool ContainsNormalized(ReadOnlySpan<char> normalizedWord) => lookup.Contains(normalizedWord);
}
