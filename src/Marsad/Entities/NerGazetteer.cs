using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Entities;

/// <summary>
/// Name lists turned into per-token <see cref="GazetteerFlags"/>: single words (first names, family names, organisation
/// head words, cue words) and multi-word phrases (knowledge-base names and aliases, agencies, titles) matched longest
/// first. Keys are normalised, proclitic-stripped forms hashed to 64 bits, so matching allocates nothing.
/// The flags are features of the tagger, never a decision by themselves.
/// </summary>
public sealed class NerGazetteer
{
    private const int MaxKeyChars = 64;
    private readonly Dictionary<ulong, GazetteerFlags> words = [];
    private readonly Dictionary<ulong, GazetteerFlags> phrases = [];
    private readonly HashSet<ulong> prefixes = [];
    private readonly HashSet<ulong> namesAsWritten = [];
    private int maxPhraseTokens = 1;

    /// <summary>A gazetteer with nothing in it.</summary>
    public static NerGazetteer Empty { get; } = new();

    public int Entries => words.Count + phrases.Count;

    /// <summary>Loads the shipped and user gazetteers (missing files are skipped: the lists are optional evidence).</summary>
    public static NerGazetteer Load(ResourceFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var g = new NerGazetteer();
        foreach (var line in SafeLines(files, "gazetteers/person-first-names.txt"))
        {
            g.AddWord(FirstField(line), GazetteerFlags.FirstName);
        }

        foreach (var line in SafeLines(files, "gazetteers/person-family-names.txt"))
        {
            g.AddWord(FirstField(line), GazetteerFlags.FamilyName);
        }

        foreach (var row in SafeTsv(files, "gazetteers/person-titles.txt"))
        {
            g.AddPhrase(row[0], GazetteerFlags.PersonTitle | GazetteerFlags.TitleEnd);
        }

        foreach (var row in SafeTsv(files, "gazetteers/org-head-words.txt"))
        {
            g.AddWord(row[0], row.Length > 1 && row[1].Trim() == "LOC" ? GazetteerFlags.LocHeadWord
                : row.Length > 1 && row[1].Trim() == "MISC" ? GazetteerFlags.MiscHeadWord
                : GazetteerFlags.OrgHeadWord);
        }

        foreach (var row in SafeTsv(files, "gazetteers/agencies.tsv"))
        {
            foreach (var name in NamesOf(row, 0, 1))
            {
                g.AddPhrase(name, GazetteerFlags.Agency | GazetteerFlags.OrgBegin);
            }
        }

        foreach (var row in SafeTsv(files, "kb/entities.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }

            var flag = TypeFlag(row[1]);
            foreach (var name in NamesOf(row, 2, 4))
            {
                g.AddPhrase(name, flag);
            }
        }

        foreach (var (path, flag) in TypedListFiles(files))
        {
            foreach (var line in files.ReadLines(path))
            {
                g.AddPhrase(FirstField(line).Trim(), flag);
            }
        }

        foreach (var row in SafeTsv(files, "ner/context-cues.tsv", hasHeader: false))
        {
            if (row.Length >= 2)
            {
                g.AddWord(row[0], row[1].Trim() switch
                {
                    "say" => GazetteerFlags.CueSay,
                    "place" => GazetteerFlags.CuePlace,
                    "org" => GazetteerFlags.CueOrg,
                    _ => GazetteerFlags.CuePerson,
                });
            }
        }

        return g;
    }

    /// <summary>The key of one token: normalised, proclitics stripped (stem of at least 3 letters), hashed.</summary>
    public static ulong Key(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[MaxKeyChars];
        var n = ArabicForms.Normalize(token.Length > MaxKeyChars ? token[..MaxKeyChars] : token, buffer);
        var norm = buffer[..n];
        return FeatureHash.Chars(norm[ArabicForms.ProcliticLength(norm, 3)..]);
    }

    /// <summary>Whether a single (normalised) word is a known name or name part: a one-word phrase, first or family name.</summary>
    public bool KnowsWord(ReadOnlySpan<char> normalized)
    {
        var key = FeatureHash.Chars(normalized[ArabicForms.ProcliticLength(normalized, 3)..]);
        const GazetteerFlags names = GazetteerFlags.FirstName | GazetteerFlags.FamilyName;
        return (words.GetValueOrDefault(key) & names) != 0 || phrases.ContainsKey(FeatureHash.Append(0, key));
    }

    public void AddWord(string word, GazetteerFlags flags)
    {
        word = word.Trim();
        if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
        {
            if (word.Length > 0)
            {
                AddPhrase(word, flags);
            }

            return;
        }

        var key = Key(word);
        words[key] = words.GetValueOrDefault(key) | flags;
        if ((flags & (GazetteerFlags.FirstName | GazetteerFlags.FamilyName)) != 0)
        {
            Span<char> buffer = stackalloc char[MaxKeyChars];
            var n = ArabicForms.Normalize(word.Length > MaxKeyChars ? word.AsSpan(0, MaxKeyChars) : word, buffer);
            namesAsWritten.Add(FeatureHash.Chars(buffer[..n]));
        }
    }

    /// <summary>Whether a (normalised) word is a first or family name exactly as written, its first letter included
    /// (فادي; <see cref="KnowsWord"/> reads it without proclitics).</summary>
    public bool KnowsNameAsWritten(ReadOnlySpan<char> normalized) => namesAsWritten.Contains(FeatureHash.Chars(normalized));

    /// <summary>Whether a (normalised) word, a leading و/ف taken off, is listed as a name on its own: a first or family
    /// name as written («الصدر», «كمال»), a one-word name of a typed list or the knowledge base («سورية»), or the
    /// article before a first name as written («العيد»: given names such as the Maghreb's often take it).</summary>
    public bool ListsAsName(ReadOnlySpan<char> normalized)
    {
        if (normalized.Length > 3 && normalized[0] is '\u0648' or '\u0641')
        {
            normalized = normalized[1..];
        }

        const GazetteerFlags names = GazetteerFlags.PersonBegin | GazetteerFlags.OrgBegin | GazetteerFlags.LocBegin | GazetteerFlags.MiscBegin;
        if (KnowsNameAsWritten(normalized) || (phrases.GetValueOrDefault(FeatureHash.Append(0, Key(normalized))) & names) != 0)
        {
            return true;
        }

        var afterArticle = normalized.Length > 4 && normalized.StartsWith("\u0627\u0644") ? normalized[2..] : [];
        return afterArticle.Length > 0 && namesAsWritten.Contains(FeatureHash.Chars(afterArticle)) && (words.GetValueOrDefault(Key(afterArticle)) & GazetteerFlags.FirstName) != 0;
    }

    /// <summary>Adds a phrase; <paramref name="flags"/> carries a Begin flag of its type (Inside is derived) or title/agency bits.</summary>
    public void AddPhrase(string phrase, GazetteerFlags flags)
    {
        var tokens = phrase.Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return;
        }

        ulong h = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            h = FeatureHash.Append(h, Key(tokens[i]));
            if (i < tokens.Length - 1)
            {
                prefixes.Add(h);
            }
        }

        phrases[h] = phrases.GetValueOrDefault(h) | flags;
        maxPhraseTokens = Math.Max(maxPhraseTokens, tokens.Length);
    }

    /// <summary>Fills <paramref name="flags"/> for a sentence given its tokens' keys (<see cref="Key"/>).</summary>
    public void Annotate(ReadOnlySpan<ulong> keys, Span<GazetteerFlags> flags)
    {
        var words = keys.Length <= 256 ? stackalloc GazetteerWord[keys.Length] : new GazetteerWord[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            words[i] = Describe(keys[i]);
        }

        Annotate(keys, words, flags);
    }

    /// <summary>What the lists say about one key on its own (the part of <see cref="Annotate(ReadOnlySpan{ulong}, Span{GazetteerFlags})"/>
    /// that depends on the token alone, so that callers can remember it per word).</summary>
    public GazetteerWord Describe(ulong key)
    {
        var first = FeatureHash.Append(0, key);
        var isPhrase = phrases.TryGetValue(first, out var phrase);
        return new GazetteerWord(words.GetValueOrDefault(key), phrase, isPhrase, prefixes.Contains(first));
    }

    /// <summary>Fills <paramref name="flags"/> for a sentence given its tokens' keys and their <see cref="Describe"/> facts.</summary>
    public void Annotate(ReadOnlySpan<ulong> keys, ReadOnlySpan<GazetteerWord> known, Span<GazetteerFlags> flags)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            flags[i] = known[i].Word;
        }

        var start = 0;
        while (start < keys.Length)
        {
            // Phrases of one token and whether a longer one may start here come from the per-word facts; only a
            // possible phrase start is followed with lookups.
            var bestLength = known[start].IsPhrase ? 1 : 0;
            var bestFlags = known[start].Phrase;
            if (known[start].IsPrefix)
            {
                var h = FeatureHash.Append(0, keys[start]);
                for (var len = 2; len <= maxPhraseTokens && start + len <= keys.Length; len++)
                {
                    h = FeatureHash.Append(h, keys[start + len - 1]);
                    if (phrases.TryGetValue(h, out var f))
                    {
                        bestLength = len;
                        bestFlags = f;
                    }

                    if (!prefixes.Contains(h))
                    {
                        break;
                    }
                }
            }

            if (bestLength == 0)
            {
                start++;
                continue;
            }

            for (var k = 0; k < bestLength; k++)
            {
                flags[start + k] |= k == 0 ? bestFlags & ~(GazetteerFlags.TitleEnd) : Inside(bestFlags);
            }

            if ((bestFlags & GazetteerFlags.TitleEnd) != 0)
            {
                flags[start + bestLength - 1] |= GazetteerFlags.TitleEnd;
            }

            flags[start + bestLength - 1] |= GazetteerFlags.PhraseEnd;
            start += bestLength;
        }
    }

    private static GazetteerFlags Inside(GazetteerFlags begin)
    {
        var inside = begin & (GazetteerFlags.PersonTitle | GazetteerFlags.Agency);
        if ((begin & GazetteerFlags.PersonBegin) != 0)
        {
            inside |= GazetteerFlags.PersonInside;
        }

        if ((begin & GazetteerFlags.OrgBegin) != 0)
        {
            inside |= GazetteerFlags.OrgInside;
        }

        if ((begin & GazetteerFlags.LocBegin) != 0)
        {
            inside |= GazetteerFlags.LocInside;
        }

        if ((begin & GazetteerFlags.MiscBegin) != 0)
        {
            inside |= GazetteerFlags.MiscInside;
        }

        return inside;
    }

    /// <summary>Name lists typed by their file name (gazetteers/places-*.txt, orgs-*.txt, persons-*.txt, misc-*.txt),
    /// shipped or in the user folder, in a stable order; each line is one (possibly multi-word) name.</summary>
    private static IEnumerable<(string Path, GazetteerFlags Flag)> TypedListFiles(ResourceFiles files)
    {
        const string folder = "gazetteers/";
        const string shippedPrefix = "Marsad.Resources.gazetteers.";
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in typeof(ResourceFiles).Assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(shippedPrefix, StringComparison.Ordinal))
            {
                names.Add(resource[shippedPrefix.Length..]);
            }
        }

        if (files.UserFolder is { } user && Directory.Exists(Path.Combine(user, "gazetteers")))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(user, "gazetteers"), "*.txt"))
            {
                names.Add(Path.GetFileName(file));
            }
        }

        foreach (var name in names)
        {
            GazetteerFlags? flag = name switch
            {
                _ when name.StartsWith("places-", StringComparison.Ordinal) => GazetteerFlags.LocBegin,
                _ when name.StartsWith("orgs-", StringComparison.Ordinal) => GazetteerFlags.OrgBegin,
                _ when name.StartsWith("persons-", StringComparison.Ordinal) => GazetteerFlags.PersonBegin,
                _ when name.StartsWith("misc-", StringComparison.Ordinal) => GazetteerFlags.MiscBegin,
                _ => null,
            };
            if (flag is { } f && name.EndsWith(".txt", StringComparison.Ordinal))
            {
                yield return (folder + name, f);
            }
        }
    }

    private static GazetteerFlags TypeFlag(string type) => type.Trim().ToUpperInvariant() switch
    {
        "PER" or "PERS" or "PERSON" => GazetteerFlags.PersonBegin,
        "ORG" or "ORGANIZATION" or "ORGANISATION" => GazetteerFlags.OrgBegin,
        "LOC" or "GPE" or "LOCATION" or "PLACE" => GazetteerFlags.LocBegin,
        _ => GazetteerFlags.MiscBegin,
    };

    private static string FirstField(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return tab < 0 ? line : line[..tab];
    }

    private static IEnumerable<string> NamesOf(string[] row, int nameColumn, int aliasColumn)
    {
        if (row.Length > nameColumn && row[nameColumn].Trim().Length > 0)
        {
            yield return row[nameColumn].Trim();
        }

        if (row.Length > aliasColumn)
        {
            foreach (var alias in row[aliasColumn].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return alias;
            }
        }
    }

    private static IEnumerable<string> SafeLines(ResourceFiles files, string path) =>
        files.Exists(path) ? files.ReadLines(path) : [];

    private static IEnumerable<string[]> SafeTsv(ResourceFiles files, string path, bool hasHeader = true) =>
        files.Exists(path) ? files.ReadTsv(path, hasHeader) : [];

    internal static EntityType? TypeOfFlags(GazetteerFlags flags) =>
        (flags & GazetteerFlags.PersonBegin) != 0 ? EntityType.PERS
        : (flags & GazetteerFlags.OrgBegin) != 0 ? EntityType.ORG
        : (flags & GazetteerFlags.LocBegin) != 0 ? EntityType.LOC
        : null;
}
