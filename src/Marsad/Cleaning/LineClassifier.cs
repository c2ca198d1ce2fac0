using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>Context-free boilerplate rules: a line is chrome by what it says (patterns, captions, image names,
/// timestamps, orphan punctuation), whatever surrounds it.</summary>
internal sealed partial class LineClassifier(CleanerLexicon lexicon, TextDates dates)
{
    private const int MinLinkRowCells = 2;
    private const int MinSpacedRowCells = 3;
    private const int MaxSpacedCellWords = 3;

    /// <summary>An icon-led button or link: the icon and up to three words (<c>🗺️ الخريطة حسب المحافظات</c>); a longer
    /// icon-led cell is a headline's prose (<c>عاجل | 🔴 البلدية تغلق السوق …</c>).</summary>
    private const int MaxButtonWords = 4;
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

        // A widget may carry an icon before or after its words (⏱ وقت القراءة, 📲 حمّل التطبيق, 👍 👎): the words are
        // matched without it.
        if (line.Words <= MaxPatternWords
            && (FirstPattern(line.Key, line.Words) ?? (WithoutIcons(line.Key) is { } bare ? FirstPattern(bare, line.Words) : null)) is { } pattern)
        {
            return pattern.Kind;
        }

        if (line.Words <= MaxShortLineWords && dates.IsTimestampLine(line.Key))
        {
            return "timestamp";
        }

        return IsCaption(line) ? "caption" : line.Words <= MaxPatternWords ? LinkRowKind(line.Text) : null;
    }

    /// <summary>A row of links or buttons: cells between bars, each chrome on its own or led by an icon, one of them chrome
    /// on its own (<c>A+ | A- | 🖨 طباعة | 🔊 استمع للخبر</c>, <c>🔴 مباشر | 📊 النتائج حسب الولايات</c>); or three or
    /// more short cells set apart by runs of spaces that make a trail from the home page (<c>الرئيسية  اقتصاد  طاقة</c>: the
    /// separator glyphs lost in scraping) or a share label with its platforms. The first cell's kind; null for anything
    /// else: a headline cut by a bar (<c>🔴 عاجل | الرئيس يعلن استقالته</c>) has a cell of prose with no icon.</summary>
    private string? LinkRowKind(string text)
    {
        if (text.Contains('|', StringComparison.Ordinal))
        {
            var cells = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            string? first = null;
            var anyChrome = false;
            var plainChromeFirst = false;
            foreach (var cell in cells)
            {
                var kind = Classify(new CleanedLine(cell));
                if (kind is null && !(IsIcon(cell[0]) && CreditReader.Words(cell) <= MaxButtonWords))
                {
                    return null;
                }

                plainChromeFirst |= first is null && kind is not null && !IsIcon(cell[0]);
                first ??= kind ?? "widget";
                anyChrome |= kind is not null;
            }

            // «عاجل | 🔴 انفجار في الميناء»: a bare label and one icon-led cell of its own words is a headline under its
            // label; buttons come several to a row or each with its icon (🔗 شارك | 📋 انسخ الرابط).
            var labelledHeadline = cells.Length == MinLinkRowCells && plainChromeFirst && Classify(new CleanedLine(cells[1])) is null;
            return cells.Length >= MinLinkRowCells && anyChrome && !labelledHeadline ? first : null;
        }

        if (!text.Contains("  ", StringComparison.Ordinal) || CreditReader.Words(text) > MaxShortLineWords)
        {
            return null;
        }

        var spaced = SpacedCells().Split(text);
        if (spaced.Length < MinSpacedRowCells || spaced.Any(c => CreditReader.Words(c) > MaxSpacedCellWords || CreditReader.EndsLikeSentence(c)))
        {
            return null;
        }

        // A share label before platform names, or a trail from the home page once its cells are barred.
        return spaced.All(c => Classify(new CleanedLine(c)) == "share") ? "share"
            : FirstPattern(MatchText.Normalize(string.Join(" | ", spaced)), spaced.Length) is { Kind: "trail" } ? "trail" : null;
    }

    /// <summary>A run of two or more spaces (or a tab) between the cells of a row.</summary>
    [GeneratedRegex(@"\s{2,}|\t")]
    private static partial Regex SpacedCells();

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
    private BoilerplatePattern? FirstPattern(string key, int words)
    {
        BoilerplatePattern? first = null;
        foreach (var group in lexicon.PatternGroups)
        {
            if ((first is not null && group.Members[0].Order > first.Order) || !group.Any.IsMatch(key))
            {
                continue;
            }

            foreach (var pattern in group.Members)
            {
                if (first is not null && pattern.Order > first.Order)
                {
                    break;
                }

                if ((pattern.Kind is "timestamp" or "byline") && words > MaxShortLineWords)
                {
                    continue;
                }

                if (pattern.Regex.IsMatch(key))
                {
                    first = pattern;
                    break;
                }
            }
        }

        return first;
    }

    /// <summary>The line without the icons (emoji, pictographs, their joiners and variation selectors) at its ends; null
    /// when it has none there.</summary>
    private static string? WithoutIcons(string key)
    {
        var span = key.AsSpan();
        var start = 0;
        while (start < span.Length && (span[start] == ' ' || IsIcon(span[start])))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && (span[end - 1] == ' ' || IsIcon(span[end - 1])))
        {
            end--;
        }

        return (start == 0 && end == span.Length) || start == end ? null : span[start..end].ToString();
    }

    /// <summary>An icon: emoji (surrogate pairs, joiners, the emoji variation selector) and pictographic symbols from the
    /// General Punctuation block on (⏱ ✔ ❌ ⭐); not the Latin-1 signs that stand in text (° ©).</summary>
    internal static bool IsIcon(char c) =>
        char.IsSurrogate(c) || c is '\uFE0F' or '\u200D'
        || (c >= '\u2000' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol);

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

        // «القاهرة (أ ش أ)» is a dateline: a known place alone before an agency is no picture; «بيروت (أرشيف)» is one.
        var placeAlone = lexicon.Places.Contains(MatchText.Normalize(before));
        var credit = text[(open + 1)..^1];
        var parts = credit.Split(['/', '-', '–', '،', ',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts.All(p =>
        {
            var key = MatchText.Normalize(p);
            return placeAlone ? lexicon.PhotoCredits.Contains(key) && !lexicon.IsAgency(key) : lexicon.IsAgency(key) || lexicon.PhotoCredits.Contains(key);
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
