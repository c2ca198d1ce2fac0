namespace Marsad.Linking;

/// <summary>
/// The dateline some outlets open the report with inside the body («الخرطوم - (سونا) - أعلن …»). It names the
/// outlet's desk and its credit, not the event: what it names is no entity of the report (the headline's and body's
/// later mentions of the same place still are).
/// </summary>
internal static class InBodyDateline
{
    /// <summary>Lines of the body the dateline may open (the headline may come first).</summary>
    private const int MaxLines = 3;

    /// <summary>How many characters the credit after the place may take («- (وكالة الأنباء) -»).</summary>
    private const int MaxCreditChars = 40;

    /// <summary>The span [Start, End) of the dateline the cleaner read (<paramref name="place"/>) where it opens one of
    /// the first lines, through its dashes and bracketed credit; (0, 0) when no line opens with it.</summary>
    public static (int Start, int End) Find(string body, string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return (0, 0);
        }

        var lineStart = 0;
        for (var line = 0; line < MaxLines && lineStart < body.Length; line++)
        {
            var lineEnd = body.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? body.Length : lineEnd;
            if (body.AsSpan(lineStart, lineEnd - lineStart).StartsWith(place, StringComparison.Ordinal)
                && CreditEnd(body, lineStart + place.Length, Math.Min(lineEnd, lineStart + place.Length + MaxCreditChars)) is var end and > 0)
            {
                return (lineStart, end);
            }

            lineStart = lineEnd + 1;
        }

        return (0, 0);
    }

    /// <summary>Where the report starts after the place: past spaces, commas, one bracketed credit and at least one
    /// dash, the last dash closing it, or a credit between slashes; 0 when the place is not followed so (then it opens
    /// a sentence).</summary>
    private static int CreditEnd(string body, int from, int limit)
    {
        var end = 0;
        var bracketSeen = false;
        for (var k = from; k < limit; k++)
        {
            var c = body[k];
            if (c is '-' or '–' or '—')
            {
                end = k + 1;
            }
            else if (c == '(' && !bracketSeen)
            {
                var close = body.IndexOf(')', k, limit - k);
                if (close < 0)
                {
                    return 0;
                }

                bracketSeen = true;
                k = close;
            }
            else if (IsSlashedCreditOpen(body, k, limit) && !bracketSeen && end == 0)
            {
                // «الدوحة في 11 فبراير /قنا/ أكد …»: a credit between slashes closes the dateline with no dash.
                var close = body.IndexOf('/', k + 1, limit - k - 1);
                if (close < 0)
                {
                    return 0;
                }

                bracketSeen = true;
                end = close + 1;
                k = close;
            }
            else if (c == 'ف' && !bracketSeen && end == 0 && body.AsSpan(k).StartsWith("في ", StringComparison.Ordinal)
                && k + 3 < limit && char.IsDigit(body[k + 3]))
            {
                k += 2; // «مسقط في ١٠ يونيو /العمانية/»: the date's «في»
            }
            else if (char.IsDigit(c) && !bracketSeen && end == 0 && DateBeforeCredit(body, k, limit) is var open and > 0)
            {
                k = open - 1; // «عمان 14 تشرين الأول (بترا) –»: the desk's date before the credit
            }
            else if (!char.IsWhiteSpace(c) && c is not ('،' or ','))
            {
                break;
            }
        }

        while (end > 0 && end < body.Length && body[end] == ' ')
        {
            end++;
        }

        return end;
    }

    /// <summary>A slash that opens a credit (a letter after it), not one inside a date written with slashes (12/3).</summary>
    private static bool IsSlashedCreditOpen(string body, int at, int limit) =>
        body[at] == '/' && at + 1 < limit && char.IsLetter(body[at + 1]);

    /// <summary>Where the bracketed credit opens after a date of at most four words (digits and month names) that
    /// starts at <paramref name="from"/>; 0 when no bracket follows such a date.</summary>
    private static int DateBeforeCredit(string body, int from, int limit)
    {
        var words = 1;
        for (var k = from; k < limit; k++)
        {
            var c = body[k];
            if (c == '(' || IsSlashedCreditOpen(body, k, limit))
            {
                return k;
            }

            if (c == ' ' && k + 1 < limit && body[k + 1] != ' ' && body[k + 1] != '(' && ++words > 4)
            {
                return 0;
            }

            if (!char.IsLetterOrDigit(c) && c != ' ' && c != '/')
            {
                return 0;
            }
        }

        return 0;
    }
}
