using System.Collections.Immutable;

namespace Marsad.Quotes;

/// <summary>
/// Pairs quote marks paragraph by paragraph: «» and “” by their shape, the straight " by its neighbours (an
/// opening mark touches the word after it, a closing one the word before it). Unclosed marks run to the end of
/// the paragraph, unless the next paragraph ends with their closing mark (one quotation over two paragraphs, the
/// second may open with the mark again as a continuation: «…\n«…»);
/// closing marks with no opening are reported as strays (GOLD-NOTES 001 line 9).
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

            var unclosed = ScanLine(body, lineStart, lineEnd, spans, strays);
            if (unclosed is { } open && lineEnd < body.Length && ClosingAtEndOfNextLine(body, open, lineEnd + 1) is var close and >= 0)
            {
                // «…الواقعي.\nونحن نثمن …».: a quotation whose closing mark ends the next paragraph spans both.
                spans.Add(new QuotedSpan(open.Pos, open.Pos + 1, close, close, 0));
                lineStart = body.IndexOf('\n', close) is var next and >= 0 ? next + 1 : body.Length + 1;
                continue;
            }

            if (unclosed is { } runs)
            {
                spans.Add(UnclosedSpan(body, runs.Pos, lineEnd));
            }

            lineStart = lineEnd + 1;
        }

        spans.Sort((a, b) => a.OpenMark.CompareTo(b.OpenMark));
        return new Result(spans.ToImmutable(), strays.ToImmutable());
    }

    /// <summary>The offset of the closing mark of <paramref name="open"/>'s family when it is the first mark of the line
    /// starting at <paramref name="from"/> and only punctuation follows it on that line; otherwise -1.</summary>
    private static int ClosingAtEndOfNextLine(string body, (int Pos, char Family) open, int from)
    {
        var end = body.IndexOf('\n', from);
        if (end < 0)
        {
            end = body.Length;
        }

        List<(int Pos, char Family)> stack = [open];
        var lineOpening = true;
        for (var i = from; i < end; i++)
        {
            var (isOpen, isClose, family) = Classify(body, i, from, end, body[i], stack);
            if (!isOpen && !isClose)
            {
                lineOpening &= char.IsWhiteSpace(body[i]);
                continue;
            }

            if (isOpen && lineOpening && family == open.Family && family != '"')
            {
                // «…تماما.\n«ما يهمني …».: the continuation paragraph of a quotation opens with the mark again.
                lineOpening = false;
                continue;
            }

            if (!isClose || family != open.Family)
            {
                return -1;
            }

            for (var j = i + 1; j < end; j++)
            {
                if (!char.IsWhiteSpace(body[j]) && body[j] is not ('.' or '،' or ',' or '!' or '؟' or '?'))
                {
                    return -1;
                }
            }

            return i;
        }

        return -1;
    }

    /// <summary>Pairs the marks of one line; returns the outermost mark left open, if any.</summary>
    private static (int Pos, char Family)? ScanLine(string body, int start, int end, ImmutableArray<QuotedSpan>.Builder spans, ImmutableArray<int>.Builder strays)
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
                var at = LastOpenOf(stack, family);
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

        return stack.Count > 0 ? stack[0] : null;
    }

    /// <summary>The innermost open mark of a family; a loop rather than a lambda, which would allocate a closure for
    /// every character of every line (the captured family lives in the loop body).</summary>
    private static int LastOpenOf(List<(int Pos, char Family)> stack, char family)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Family == family)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>An unclosed mark runs to the end of the paragraph, without trailing spaces and final full stop.</summary>
    private static QuotedSpan UnclosedSpan(string body, int open, int end)
    {
        var innerEnd = end;
        while (innerEnd > open + 1 && char.IsWhiteSpace(body[innerEnd - 1]))
        {
            innerEnd--;
        }

        if (innerEnd > open + 1 && body[innerEnd - 1] == '.')
        {
            innerEnd--;
        }

        return new QuotedSpan(open, open + 1, innerEnd, -1, 0);
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
