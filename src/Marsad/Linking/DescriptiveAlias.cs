namespace Marsad.Linking;

/// <summary>
/// A descriptive KB alias — «العاصمة الفرنسية», «القارة الأفريقية» — names the entity beside its name, but alone it
/// describes rather than names (the gold lists «العاصمة» as an alias of Kinshasa where Kinshasa is named, and no
/// entity for «العاصمة الفرنسية» alone). An entity every mention of which opens with one of the heads of
/// <c>linking/descriptive-alias-heads.txt</c> (after a proclitic) is dropped.
/// </summary>
internal static class DescriptiveAlias
{
    public static void Remove(string body, List<MentionCandidate> candidates, LinkingLexicon lexicon)
    {
        HashSet<string>? dropped = null;
        foreach (var group in candidates.Where(c => c.EntityKey is not null).GroupBy(c => c.EntityKey!, StringComparer.Ordinal))
        {
            if (group.All(c => OpensWithHead(body, c, lexicon)))
            {
                (dropped ??= new HashSet<string>(StringComparer.Ordinal)).Add(group.Key);
            }
        }

        if (dropped is not null)
        {
            candidates.RemoveAll(c => c.EntityKey is not null && dropped.Contains(c.EntityKey));
        }
    }

    private static bool OpensWithHead(string body, MentionCandidate c, LinkingLexicon lexicon)
    {
        var words = LinkKey.Words(body.AsSpan(c.Start, c.End - c.Start));
        if (words.Length < 2)
        {
            return false; // «العاصمة» alone is a description the DescriptionLinker resolved against a named city
        }

        var first = words[0];
        for (var clitics = 0; clitics <= 2 && first.Length > 2; clitics++)
        {
            if (lexicon.IsDescriptiveAliasHead(first))
            {
                return true;
            }

            if (first[0] is not ('و' or 'ب' or 'ل' or 'ف' or 'ك'))
            {
                return false;
            }

            first = first[0] == 'ل' && first.StartsWith("لل", StringComparison.Ordinal) ? "ال" + first[2..] : first[1..];
        }

        return false;
    }
}
