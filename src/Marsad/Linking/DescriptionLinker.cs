namespace Marsad.Linking;

/// <summary>Links definite descriptions (التنظيم، الجماعة، التحالف، المطار) to the one entity of the article whose name
/// or a mention of it starts with one of the description's heads; with none or several such entities the description
/// stays unlinked (two armed groups: «التنظيم» is not guessed).</summary>
internal sealed class DescriptionLinker(KnowledgeBase kb)
{
    public void Link(string body, List<MentionCandidate> candidates)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.IsNamed && c.EntityKey is not null))
        {
            if (!names.TryGetValue(c.EntityKey!, out var firstWords))
            {
                names[c.EntityKey!] = firstWords = new HashSet<string>(StringComparer.Ordinal);
                if (kb.Get(c.EntityKey!) is { } e)
                {
                    firstWords.Add(FirstWord(e.NameAr));
                }
            }

            firstWords.Add(FirstWord(body[c.Start..c.End]));
        }

        foreach (var c in candidates.Where(c => c.Kind == CandidateKind.Description && c.Description is not null))
        {
            var antecedents = names.Where(n => c.Description!.HeadKeys.Any(n.Value.Contains)).Select(n => n.Key).ToList();
            if (antecedents.Count == 0 && c.Description!.DefaultTarget is { } target && kb.Get(target) is not null
                && c.Description.DefaultContext is { } context && names.ContainsKey(context))
            {
                antecedents.Add(target);
            }

            if (antecedents.Count == 1)
            {
                c.EntityKey = antecedents[0];
                c.Type = kb.Get(antecedents[0])?.Type ?? c.Type;
            }
        }
    }

    private static string FirstWord(string name)
    {
        var words = LinkKey.Words(name);
        return words.Length > 0 ? words[0] : string.Empty;
    }
}
