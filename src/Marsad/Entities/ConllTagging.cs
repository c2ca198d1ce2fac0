namespace Marsad.Entities;

/// <summary>
/// Tags a CoNLL stream: every non-blank input line gives exactly one <c>token&lt;TAB&gt;TAG</c> output line (the
/// token is the line's first column; other columns are ignored) and every blank line is kept, whatever the tokens are.
/// </summary>
public static class ConllTagging
{
    /// <summary>Sentences longer than this are tagged in pieces (so that a file without blank lines cannot exhaust memory).</summary>
    public const int MaxSentence = 400;

    /// <summary>Tags <paramref name="input"/> to <paramref name="output"/>; returns the number of tokens tagged.
    /// Sentences are tagged <see cref="NerTagger.PseudoDocumentSentences"/> at a time, as one document (as in training).</summary>
    public static long Tag(TextReader input, TextWriter output, NerTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tagger);
        var pending = new List<List<string>?>(); // sentences in order; null stands for a blank line
        var sentences = 0;
        var tokens = new List<string>(MaxSentence);
        long count = 0;

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                pending.Add(tokens);
                tokens = new List<string>(MaxSentence);
                sentences++;
            }

            if (sentences >= NerTagger.PseudoDocumentSentences || pending.Count >= 4096)
            {
                count += Flush(pending, output, tagger);
                sentences = 0;
            }
        }

        while (input.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                pending.Add(null);
                continue;
            }

            tokens.Add(ConllReader.Split(line).Token);
            if (tokens.Count >= MaxSentence)
            {
                EndSentence();
            }
        }

        EndSentence();
        count += Flush(pending, output, tagger);
        output.Flush();
        return count;
    }

    private static long Flush(List<List<string>?> pending, TextWriter output, NerTagger tagger)
    {
        var sentences = pending.OfType<List<string>>().ToList();
        var tagged = tagger.TagDocument(sentences);
        long count = 0;
        var next = 0;
        foreach (var item in pending)
        {
            if (item is null)
            {
                output.WriteLine();
                continue;
            }

            var tags = tagged[next++];
            for (var i = 0; i < item.Count; i++)
            {
                output.Write(item[i]);
                output.Write('\t');
                output.WriteLine(NerTags.Name(tags[i]));
            }

            count += item.Count;
        }

        pending.Clear();
        return count;
    }
}
