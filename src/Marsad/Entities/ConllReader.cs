namespace Marsad.Entities;

/// <summary>
/// Reads CoNLL-style files: one token a line, its first whitespace-separated column the token and, when there are two
/// or more columns, its last column the tag; a blank line ends a sentence.
/// </summary>
public static class ConllReader
{
    public static List<NerSentence> ReadSentences(string path)
    {
        using var reader = new StreamReader(path);
        return ReadSentences(reader);
    }

    public static List<NerSentence> ReadSentences(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<int>();
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var (token, tag) = Split(line);
            tokens.Add(token);
            tags.Add(tag is null ? NerTags.Outside : NerTags.Parse(tag));
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new NerSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
            }
        }
    }

    /// <summary>The token (first column) and tag (last column, if there are at least two) of a non-blank line.</summary>
    public static (string Token, string? Tag) Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        var first = trimmed.IndexOfAny([' ', '\t']);
        if (first < 0)
        {
            return (trimmed, null);
        }

        var last = trimmed.LastIndexOfAny([' ', '\t']);
        return (trimmed[..first], trimmed[(last + 1)..]);
    }
}
