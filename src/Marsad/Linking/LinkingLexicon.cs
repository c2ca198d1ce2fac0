using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>The linker's own word lists from <c>Resources/linking/</c>: nationality adjectives, descriptions, role
/// nouns, generic-group heads and non-entities. Loaded once per <see cref="ResourceFiles"/>; read-only after.</summary>
public sealed class LinkingLexicon
{
    private static readonly ConditionalWeakTable<ResourceFiles, LinkingLexicon> Cache = [];

    private readonly Dictionary<string, Nationality> nationalities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> roleNouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> genericHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> nonEntities = new(StringComparer.Ordinal);

    private LinkingLexicon(ResourceFiles files)
    {
        foreach (var row in files.ReadTsv("linking/nationalities.tsv", hasHeader: false).Where(r => !KbParsing.IsHeader(r, "country_code")))
        {
            if (row.Length >= 3)
            {
                var nationality = new Nationality(row[0].Trim(), row[1].Trim());
                foreach (var adjective in KbParsing.List(row[2]))
                {
                    nationalities.TryAdd(LinkKey.Of(adjective), nationality);
                }
            }
        }

        var descriptions = new PhraseIndex<Description>();
        foreach (var row in files.ReadTsv("linking/descriptions.tsv", hasHeader: false).Where(r => !KbParsing.IsHeader(r, "phrase")))
        {
            if (row.Length >= 2)
            {
                var type = row.Length > 2 ? KbParsing.Type(row[2]) ?? EntityType.ORG : EntityType.ORG;
                descriptions.Add(row[0], new Description(row[0].Trim(), [.. KbParsing.List(row[1]).Select(h => LinkKey.Of(h))], type));
            }
        }

        Descriptions = descriptions.Freeze();
        var nouns = new PhraseIndex<string>();
        foreach (var row in files.ReadTsv("linking/role-nouns.tsv", hasHeader: false).Where(r => !KbParsing.IsHeader(r, "noun")))
        {
            if (row.Length >= 2)
            {
                nouns.Add(row[0], LinkKey.Of(row[1]));
                roleNouns[LinkKey.Of(row[0])] = LinkKey.Of(row[1]);
            }
        }

        RoleNouns = nouns.Freeze();
        foreach (var line in files.ReadLines("linking/generic-heads.txt"))
        {
            genericHeads.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("linking/non-entities.txt"))
        {
            nonEntities.Add(LinkKey.Of(line));
        }
    }

    public static LinkingLexicon Default => For(ResourceFiles.Default);

    internal PhraseIndex<Description> Descriptions { get; }

    /// <summary>Role nouns (الوزير، المتحدثة) to the key of the title word they stand for (وزير، متحدث).</summary>
    internal PhraseIndex<string> RoleNouns { get; }

    public static LinkingLexicon For(ResourceFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Cache.GetValue(files, f => new LinkingLexicon(f));
    }

    /// <summary>The country a nationality adjective points at (الأمريكية → US), or null.</summary>
    public Nationality? NationalityOf(string word) => nationalities.GetValueOrDefault(LinkKey.Of(word));

    internal Nationality? NationalityOfKey(string key) => nationalities.GetValueOrDefault(key);

    /// <summary>Whether a phrase is never an entity: a listed non-entity, a bare nationality adjective, or a generic
    /// group (a generic head followed only by nationality adjectives: الحكومة العراقية، قوات الأمن العراقية).</summary>
    public bool IsGeneric(string phrase)
    {
        var key = LinkKey.Of(phrase);
        if (nonEntities.Contains(key) || nationalities.ContainsKey(key))
        {
            return true;
        }

        var words = key.Split(' ');
        for (var headLength = Math.Min(2, words.Length - 1); headLength >= 1; headLength--)
        {
            if (genericHeads.Contains(string.Join(' ', words[..headLength]))
                && words[headLength..].All(w => nationalities.ContainsKey(w)))
            {
                return true;
            }
        }

        return false;
    }
}
