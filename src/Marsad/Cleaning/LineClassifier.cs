namespace Marsad.Cleaning;

/// <summary>Context-free boilerplate rules: a line is chrome by what it says (patterns, captions, image names,
/// timestamps, orphan punctuation), whatever surrounds it.</summary>
internal sealed class LineClassifier(CleanerLexicon lexicon, TextDates dates)
{
    private const int MaxPatternWords = 30;
    private const int MaxShortLineWords = 12;
    private const int MinDashedCaptionWords = 3;
    private static readonly char[] CaptionDashes = ['-', '–', '—'];

    public string? Classify(CleanedLine line)
    {
        if (!HasLetterOrDigit(line.Text))
        {
            return "punctuation";
        }

        if (line.Words <= MaxPatternWords && FirstPattern(line) is { } pattern)
        {
            return pattern.Kind;
        }

        if (line.Words <= MaxShortLineWords && dates.IsTimestampLine(line.Key))
        {
            return "timestamp";
        }

        return IsCaption(line) ? "caption" : null;
    }

    /// <summary>Whether any character is a letter or digit, read on the span: no enumerator per line.</summary>
    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first pattern in file order that matches the line (timestamp and byline patterns only on short
    /// lines); the groups are not in file order, so each matching group's first match is weighed against the others'.</summary>
    private BoilerplatePattern? FirstPattern(CleanedLine line)
    {
        BoilerplatePattern? first = null;
        foreach (var group in lexicon.PatternGroups)
        {
            if ((first is not null && group.Members[0].Order > first.Order) || !group.Any.IsMatch(line.Key))
            {
                continue;
            }

            foreach (var pattern in group.Members)
            {
                if (first is not null && pattern.Order > first.Order)
                {
                    break;
                }

                if ((pattern.Kind is "timestamp" or "byline") && line.Words > MaxShortLineWords)
                {
                    continue;
                }

                if (pattern.Regex.IsMatch(line.Key))
                {
                    first = pattern;
                    break;
                }
            }
        }

        return first;
    }

    /// <summary>A short line ending in a parenthesised photo credit (<c>الوزير خلال المؤتمر (رويترز)</c>), or in a photo
    /// credit word after a dash (<c>نازحون في مخيم قرب المدينة - أرشيف</c>).</summary>
    private bool IsCaption(CleanedLine line)
    {
        var text = line.Text.TrimEnd();
        if (line.Words > 25)
        {
            return false;
        }

        if (!text.EndsWith(')'))
        {
            return IsDashedCaption(text);
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

    /// <summary>A caption of three words or more, a dash, and a photo credit word that is neither an agency nor a credit
    /// word of bylines («القاهرة - رويترز», «دمشق - خاص» are bylines).</summary>
    private bool IsDashedCaption(string text)
    {
        var dash = text.LastIndexOfAny(CaptionDashes);
        if (dash <= 0 || CreditReader.Words(text[..dash]) < MinDashedCaptionWords || CreditReader.EndsLikeSentence(text[..dash]))
        {
            return false;
        }

        var credit = MatchText.Normalize(text[(dash + 1)..]);
        return lexicon.PhotoCredits.Contains(credit) && !lexicon.IsAgency(credit) && !lexicon.NotOutlets.Contains(credit);
    }
}
