using System.Collections.Immutable;

namespace Marsad.Quotes;

/// <summary>
/// Pairs quote marks paragraph by paragraph: «» and “” by their shape, the straight " by its neighbours (an
/// opening mark touches the word after it, a closing one the word before it). Unclosed marks run to the end of
/// the paragraph; closing marks with no opening are reported as strays (GOLD-NOTES 001 line 9).
/// </summary>
internal static class QuoteMarkScanner
{
    public sealed record Result(ImmutableArray<QuotedSpan> Spans, ImmutableArray<int> StrayCloses);

    public static Result Scan(string body)
    {
        var spans = ImmutableArray.CreateBuilder<QuotedSpan>();
        var strays = ImmutableArray.CreateBuilder<int>();
        var lineStart = 0;
        while (lineStart <= body.Length)
        {
            var lineEnd = body.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = body.Length;
            }

            ScanLine(body, lineStart, lineEnd, spans, strays);
            lineStart = lineEnd + 1;
        }

        spans.Sort((a, b) => a.OpenMark.CompareTo(b.OpenMark));
        return new Result(spans.ToImmutable(), strays.ToImmutable());
    }

    private static void ScanLine(string body, int start, int end, ImmutableArray<QuotedSpan>.Builder spans, ImmutableArray<int>.Builder strays)
    {
        var stack = new List<(int Pos, char Family)>();
        for (var i = start; i < end; i++)
        {
            var c = body[i];
            var (isOpen, isClose, family) = Classify(body, i, start, end, c, stack);
            if (isOpen)
            {
                stack.Add((i, family));
            }
            else if (isClose)
            {
                var at = stack.FindLastIndex(o => o.Family == family);
                if (at < 0)
                {
                    strays.Add(i);
                    continue;
                }

                var open = stack[at];
                stack.RemoveRange(at, stack.Count - at);
                spans.Add(new QuotedSpan(open.Pos, open.Pos + 1, i, i, at));
            }
        }

        // Unclosed marks: the outermost runs to the end of the paragraph, without trailing spaces and final full stop.
        if (stack.Count > 0)
        {
            var open = stack[0];
            var innerEnd = end;
            while (innerEnd > open.Pos + 1 && char.IsWhiteSpace(body[innerEnd - 1]))
            {
                innerEnd--;
            }

            if (innerEnd > open.Pos + 1 && body[innerEnd - 1] == '.')
            {
                innerEnd--;
            }

            spans.Add(new QuotedSpan(open.Pos, open.Pos + 1, innerEnd, -1, 0));
        }
    }

    private static (bool Open, bool Close, char Family) Classify(string body, int i, int start, int end, char c, List<(int Pos, char Family)> stack)
    {
        switch (c)
        {
            case '«':
                return (true, false, '«');
            case '»':
                return (false, true, '«');
            case '“':
            case '„':
                return (true, false, '“');
            case '”':
                return (false, true, '“');
            case '"':
                break;
            default:
                return (false, false, '\0');
        }

        var prev = i > start ? body[i - 1] : ' ';
        var next = i + 1 < end ? body[i + 1] : ' ';
        var prevWord = ArabicKey.IsWordChar(prev) || prev is '.' or '!' or '?' or '؟' or ')' or '…';
        var nextWord = ArabicKey.IsWordChar(next) || next is '(' or '«' or '-';
        var pending = stack.Exists(o => o.Family == '"');
        if (nextWord && !prevWord)
        {
            return (true, false, '"');
        }

        if (prevWord && !nextWord)
        {
            return (false, true, '"');
        }

        // Touching words on both sides (بـ"الدولة", سي"أن) or on neither: decide by what is open.
        return pending ? (false, true, '"') : (true, false, '"');
    }
}
