using System.Collections.Frozen;
using Marsad.Knowledge;

namespace Marsad.Text;

/// <summary>
/// Folds spelling variants of normalised stems to one form (أمريكا/أميركا, ترمب/ترامب), from
/// <c>text/spelling-variants.tsv</c>: a variant matches the start of a stem, and the longest variant wins.
/// </summary>
public sealed class SpellingVariants
{
    public const string File = "text/spelling-variants.tsv";

    private static readonly Lazy<SpellingVariants> DefaultInstance = new(() => new SpellingVariants(ResourceFiles.Default));

    // Rules by first char, longest variant first.
    private readonly FrozenDictionary<char, (string Variant, string Canonical)[]> rules;

    public SpellingVariants(ResourceFiles resources)
        : this(ReadPairs(resources))
    {
    }

    public SpellingVariants(IEnumerable<(string Variant, string Canonical)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        rules = pairs
            .Select(p => (Variant: ArabicNormalizer.Normalize(p.Variant.Trim()), Canonical: ArabicNormalizer.Normalize(p.Canonical.Trim())))
            .Where(p => p.Variant.Length > 0 && p.Canonical.Length > 0 && p.Variant != p.Canonical)
            .GroupBy(p => p.Variant[0])
            .ToFrozenDictionary(g => g.Key, g => g.DistinctBy(p => p.Variant).OrderByDescending(p => p.Variant.Length).ToArray());
    }

    public static SpellingVariants Default => DefaultInstance.Value;

    /// <summary>The longest variant rule matching the start of <paramref name="stem"/>, if any.</summary>
    public bool TryMatch(ReadOnlySpan<char> stem, out string variant, out string canonical)
    {
        if (stem.Length > 0 && rules.TryGetValue(stem[0], out var candidates))
        {
            foreach (var rule in candidates)
            {
                if (stem.StartsWith(rule.Variant, StringComparison.Ordinal))
                {
                    (variant, canonical) = rule;
                    return true;
                }
            }
        }

        variant = canonical = string.Empty;
        return false;
    }

    /// <summary>The canonical spelling of a normalised stem (the stem itself when no rule matches).</summary>
    public string Fold(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return TryMatch(stem, out var variant, out var canonical) ? string.Concat(canonical, stem.AsSpan(variant.Length)) : stem;
    }

    private static IEnumerable<(string, string)> ReadPairs(ResourceFiles resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        foreach (var row in resources.ReadTsv(File))
        {
            if (row.Length < 2)
            {
                throw new FormatException($"{File}: expected 'variant<TAB>canonical' but found «{string.Join('\t', row)}»");
            }

            yield return (row[0], row[1]);
        }
    }
}
