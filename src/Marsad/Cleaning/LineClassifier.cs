namespace Marsad.Cleaning;

/// <summary>Context-free boilerplate rules: a line is chrome by what it says (patterns, captions, image names,
/// timestamps, orphan punctuation), whatever surrounds it.</summary>
internal sealed class LineClassifier(CleanerLexicon lexicon, TextDates dates)
{
    private const int MaxPatternWords = 30;
    private const int MaxShortLineWords = 12;

    public string? Classify(CleanedLine line)
    {
        if (!line.Text.Any(char.IsLetterOrDigit))
        {
            return "punctuation";
        }

        if (line.Words <= MaxPatternWords)
        {
            foreach (var group in lexicon.PatternGroups)
            {
                if (!group.Any.IsMatch(line.Key))
                {
                    continue;
                }

                foreach (var pattern in group.Members)
                {
                    if ((pattern.Kind is "timestamp" or "byline") && line.Words > MaxShortLineWords)
                    {
                        continue;
                    }

                    if (pattern.Regex.IsMatch(line.Key))
                    {
                        return pattern.Kind;
                    }
                }
            }
        }

        if (line.Words <= MaxShortLineWords && dates.IsTimestampLine(line.Key))
        {
            return "timestamp";
        }

        return IsCaption(line) ? "caption" : null;
    }

    /// <summary>A short line ending in a parenthesised photo credit: <c>الوزير خلال المؤتمر (رويترز)</c>.</summary>
    private bool IsCaption(CleanedLine line)
    {
        var text = line.Text.TrimEnd();
        if (line.Words > 25 || !text.EndsWith(')'))
        {
            return false;
        }

        var open = text.LastIndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        var before = text[..open].TrimEnd();
        if (before.Length == 0 || CreditReader.EndsLikeSentence(before))
        {
            return false;
        }

        var credit = text[(open + 1)..^1];
        var parts = credit.Split(['/', '-', '–', '،', ',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts.All(p =>
        {
            var key = MatchText.Normalize(p);
            return lexicon.IsAgency(key) || lexicon.PhotoCredits.Contains(key);
        });
    }
}
