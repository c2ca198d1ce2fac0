namespace Marsad.Entities;

/// <summary>
/// Tags a CoNLL stream: every non-blank input line gives exactly one <c>token&lt;TAB&gt;TAG</c> output line (the
/// token is the line's first column; other columns are ignored) and every blank line is kept, whatever the tokens are.
/// </summary>
public static class ConllTagging
{
    /// <summary>Sentences longer than this are tagged in pieces (so that a file without blank lines cannot exhaust memory).</summary>
    public const int MaxSentence = 400;

    /// <summary>Tags <paramref name="input"/> to <paramref name="output"/>; returns the number of tokens tagged.</summary>
    public static long Tag(TextReader input, TextWriter output, NerTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tagger);
        var tokens = new List<string>(MaxSentence);
        long count = 0;
        while (input.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                count += Flush(tokens, output, tagger);
                output.WriteLine();
                continue;
            }

            tokens.Add(ConllReader.Split(line).Token);
            if (tokens.Count >= MaxSentence)
            {
                count += Flush(tokens, output, tagger);
            }
        }

        count += Flush(tokens, output, tagger);
        output.Flush();
        return count;
    }

    private static int Flush(List<string> tokens, TextWriter output, NerTagger tagger)
    {
        if (tokens.Count == 0)
        {
            return 0;
        }

        var tags = tagger.Tag(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            output.Write(tokens[i]);
            output.Write('\t');
            output.WriteLine(NerTags.Name(tags[i]));
        }

        var n = tokens.Count;
        tokens.Clear();
        return n;
    }
}
