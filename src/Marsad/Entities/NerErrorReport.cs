using System.Text;

namespace Marsad.Entities;

/// <summary>
/// Writes a tagger's mistakes on labelled sentences for error analysis: a count per kind (missed, spurious, wrong
/// type, wrong boundary) and entity type, then every sentence with a mistake, one token per line as
/// <c>token gold predicted</c> with differing lines marked.
/// </summary>
public static class NerErrorReport
{
    public static void Write(TextWriter writer, NerTagger tagger, IReadOnlyList<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var details = new StringBuilder();
        var index = 0;
        foreach (var predicted in tagger.TagInBlocks(sentences))
        {
            var s = sentences[index++];
            var gold = EntityChunk.FromTags(s.Tags);
            var found = EntityChunk.FromTags(predicted);
            var any = false;
            foreach (var g in gold)
            {
                if (found.Contains(g))
                {
                    continue;
                }

                any = true;
                var overlap = found.FirstOrDefault(p => p.Start < g.End && g.Start < p.End);
                var kind = overlap == default ? "missed"
                    : overlap.Start == g.Start && overlap.End == g.End ? $"type->{overlap.Type}"
                    : overlap.Type == g.Type ? "boundary" : "boundary+type";
                Count(counts, $"{g.Type} {kind}");
            }

            foreach (var p in found)
            {
                if (!gold.Contains(p) && !gold.Any(g => p.Start < g.End && g.Start < p.End))
                {
                    any = true;
                    Count(counts, $"{p.Type} spurious");
                }
            }

            if (!any)
            {
                continue;
            }

            for (var i = 0; i < s.Tokens.Length; i++)
            {
                var mark = s.Tags[i] == predicted[i] ? "  " : "**";
                details.Append(mark).Append(' ').Append(s.Tokens[i]).Append('\t')
                    .Append(NerTags.Name(s.Tags[i])).Append('\t').Append(NerTags.Name(predicted[i])).Append('\n');
            }

            details.Append('\n');
        }

        foreach (var (key, value) in counts)
        {
            writer.WriteLine($"# {key}: {value}");
        }

        writer.WriteLine();
        writer.Write(details.ToString());
    }

    private static void Count(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
