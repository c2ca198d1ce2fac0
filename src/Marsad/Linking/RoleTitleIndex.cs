using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>Builds the title phrases the linker looks for: every office title, and each title without its closing
/// nationality adjective (وزير الخارجية الأمريكي → وزير الخارجية) standing for all offices that share it.</summary>
internal static class RoleTitleIndex
{
    public static PhraseIndex<RoleTitle> Build(KnowledgeBase kb, LinkingLexicon lexicon)
    {
        var full = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var generic = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var office in kb.Offices)
        {
            foreach (var title in office.Titles)
            {
                var words = LinkKey.Words(title);
                if (words.Length == 0)
                {
                    continue;
                }

                Add(full, string.Join(' ', words), office.Id);
                if (words.Length >= 3 && lexicon.NationalityOfKey(words[^1]) is not null)
                {
                    Add(generic, string.Join(' ', words[..^1]), office.Id);
                }
            }
        }

        var index = new PhraseIndex<RoleTitle>();
        foreach (var (key, ids) in full)
        {
            index.Add(key, Title(kb, key, ids));
        }

        foreach (var (key, ids) in generic.Where(g => !full.ContainsKey(g.Key)))
        {
            index.Add(key, Title(kb, key, ids) with { IsGeneric = true });
        }

        return index.Freeze();
    }

    private static RoleTitle Title(KnowledgeBase kb, string key, HashSet<string> ids) =>
        new([.. ids.Order(StringComparer.Ordinal).Select(id => kb.GetOffice(id)!)], Head(key.Split(' ')[0]));

    /// <summary>The head word of a title as role nouns name it: without the article or the feminine ending
    /// (المتحدثة → متحدث، وزيرة → وزير).</summary>
    internal static string Head(string wordKey)
    {
        var head = Head(wordKey.AsSpan());
        return head.Length == wordKey.Length ? wordKey : head.ToString();
    }

    /// <summary><see cref="Head(string)"/> without allocating, for callers that read every word of an article.</summary>
    internal static ReadOnlySpan<char> Head(ReadOnlySpan<char> wordKey)
    {
        var w = wordKey.StartsWith("ال", StringComparison.Ordinal) && wordKey.Length > 4 ? wordKey[2..] : wordKey;
        return w.EndsWith('ه') && w.Length > 3 ? w[..^1] : w;
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string id)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(id);
    }
}
