using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Text;

/// <summary>
/// Splits a body into sentences, as trimmed [Start, End) offsets. A sentence ends at . ! ? ؟ … (with any closing
/// quotes or brackets that follow) and at every line break. A dot does not end a sentence inside a number (3.5,
/// 2021.06.28), after a one-letter word or a listed abbreviation (د. أ.ف.ب Dr.), or when a letter or digit follows
/// it directly (aljazeera.net). Nothing ends a sentence inside a quotation «...» “...” "..." that closes on the same
/// line; a quote that never closes before the line end is ignored. Spans with no letter or digit are dropped.
/// </summary>
public sealed class SentenceSplitter
{
    public const string AbbreviationsFile = "text/abbreviations.txt";

    private static readonly Lazy<SentenceSplitter> DefaultInstance = new(() => new SentenceSplitter(ResourceFiles.Default));

    private readonly SpanLexicon abbreviations;

    public SentenceSplitter(ResourceFiles resources)
    {
        abbreviations = SpanLexicon.Load(resources, AbbreviationsFile);
    }

    public static SentenceSplitter Default => DefaultInstance.Value;

    public ImmutableArray<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<SentenceSpan>();
        Split(text, (start, end) => sentences.Add(new SentenceSpan(start, end)));
        return sentences.DrainToImmutable();
    }

    /// <summary>Calls <paramref name="onSentence"/> with each sentence's (start, end), in order.</summary>
    public void Split(ReadOnlySpan<char> text, Action<int, int> onSentence)
    {
        ArgumentNullException.ThrowIfNull(onSentence);
        var sentenceStart = 0;
        var quoteEnd = -1;
        var guillemets = new QuoteCloser();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                Emit(text, sentenceStart, i, onSentence);
                sentenceStart = i + 1;
                quoteEnd = -1;
                i++;
                continue;
            }

            if (i < quoteEnd)
            {
                i++;
                continue;
            }

            if (i == quoteEnd)
            {
                // The closing mark of the quotation: not an opening one, even when it is the same char (").
                quoteEnd = -1;
                i++;
                continue;
            }

            if (IsOpeningQuote(c))
            {
                quoteEnd = guillemets.CloseOf(text, i);
                i++;
                continue;
            }

            if (IsTerminator(c) && EndsSentence(text, i))
            {
                var j = i + 1;
                while (j < text.Length && (IsTerminator(text[j]) || text[j] == '.'))
                {
                    j++;
                }

                while (j < text.Length && IsClosingAfterTerminator(text[j]))
                {
                    j++;
                }

                Emit(text, sentenceStart, j, onSentence);
                sentenceStart = j;
                i = j;
                continue;
            }

            i++;
        }

        Emit(text, sentenceStart, text.Length, onSentence);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u061F' or '\u2026' or '\u06D4' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    private static bool IsOpeningQuote(char c) => c is '«' or '“' or '"' or '„';

    private static bool IsClosingAfterTerminator(char c) => c is '»' or '”' or '"' or ')' or ']' or '’' or '\'' || ArabicChars.IsInvisible(c);

    /// <summary>
    /// Where each quotation of a line closes, without rescanning the line once per mark in a hostile run of thousands of
    /// unclosed marks. After the first unclosed «, the rest of the line is matched in one pass with a stack (the same
    /// answer as <see cref="FindClosingQuote"/>, whose depth count is bracket matching).
    /// </summary>
    private struct QuoteCloser
    {
        private Dictionary<int, int>? closeOf;
        private int validFrom;
        private int validTo;

        // “ „ " close on the first closing mark after them: once a scan from one of them finds none before the line's
        // end, no later one of the same kind on that line can (its scan is a part of the first).
        private (int From, int To) curlyUnclosed;
        private (int From, int To) lowUnclosed;
        private (int From, int To) straightUnclosed;

        public int CloseOf(ReadOnlySpan<char> text, int open)
        {
            if (text[open] != '«')
            {
                ref var unclosed = ref text[open] == '“' ? ref curlyUnclosed : ref text[open] == '„' ? ref lowUnclosed : ref straightUnclosed;
                if (open > unclosed.From && open < unclosed.To)
                {
                    return -1;
                }

                var found = FindClosingQuote(text, open);
                if (found < 0)
                {
                    var end = open;
                    while (end < text.Length && !IsLineBreak(text[end]))
                    {
                        end++;
                    }

                    unclosed = (open, end);
                }

                return found;
            }

            if (closeOf is not null && open >= validFrom && open < validTo)
            {
                return closeOf.GetValueOrDefault(open, -1);
            }

            // Ordinary text closes its quotes: the plain scan, allocation-free. Only after an unclosed « are the rest of
            // the line's matches computed at once.
            var close = FindClosingQuote(text, open);
            if (close < 0)
            {
                Match(text, open);
            }

            return close;
        }

        private void Match(ReadOnlySpan<char> text, int from)
        {
            closeOf ??= [];
            closeOf.Clear();
            var open = new Stack<int>();
            var k = from;
            for (; k < text.Length && !IsLineBreak(text[k]); k++)
            {
                if (text[k] == '«')
                {
                    open.Push(k);
                }
                else if (text[k] == '»' && open.Count > 0)
                {
                    closeOf[open.Pop()] = k;
                }
            }

            (validFrom, validTo) = (from, k);
        }
    }

    /// <summary>The index of the quote that closes the one at <paramref name="open"/> on the same line, or -1.</summary>
    private static int FindClosingQuote(ReadOnlySpan<char> text, int open)
    {
        var opener = text[open];
        var depth = 1;
        for (var k = open + 1; k < text.Length; k++)
        {
            var c = text[k];
            if (IsLineBreak(c))
            {
                return -1;
            }

            switch (opener)
            {
                case '«' when c == '«':
                    depth++;
                    break;
                case '«' when c == '»':
                    if (--depth == 0)
                    {
                        return k;
                    }

                    break;
                case '“' or '„' when c is '”' or '"' || (opener == '„' && c == '“'):
                    return k;
                case '"' when c is '"' or '”':
                    return k;
            }
        }

        return -1;
    }

    private bool EndsSentence(ReadOnlySpan<char> text, int i)
    {
        if (text[i] != '.')
        {
            return true;
        }

        var next = i + 1 < text.Length ? text[i + 1] : '\n';
        if (IsLineBreak(next) || IsRestOfLineBlank(text, i + 1))
        {
            return true;
        }

        // 3.5, 2021.06.28, aljazeera.net, a.b: a dot with a letter or digit right after it joins them.
        if (char.IsLetterOrDigit(next) && !ArabicChars.IsArabicLetter(next))
        {
            return false;
        }

        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || ArabicChars.IsArabicWordChar(text[wordStart - 1])
                                 || (text[wordStart - 1] == '.' && wordStart - 1 > 0 && char.IsLetter(text[wordStart - 2]))))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        if (word.Length == 0)
        {
            return true;
        }

        var lastPiece = word[(word.LastIndexOf('.') + 1)..];
        if (LetterCount(lastPiece) == 1)
        {
            // «عام 2020 م.» ends a sentence: an era letter after a number.
            return IsEraLetter(lastPiece) && PrecededByNumber(text, wordStart);
        }

        return !abbreviations.Contains(word) && !abbreviations.Contains(lastPiece);
    }

    private static bool IsRestOfLineBlank(ReadOnlySpan<char> text, int from)
    {
        for (var k = from; k < text.Length && !IsLineBreak(text[k]); k++)
        {
            if (!ArabicChars.IsBlank(text[k]) && !IsClosingAfterTerminator(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static int LetterCount(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsEraLetter(ReadOnlySpan<char> piece) => piece.Length > 0 && piece[0] is 'م' or 'ه';

    private static bool PrecededByNumber(ReadOnlySpan<char> text, int wordStart)
    {
        var k = wordStart - 1;
        while (k >= 0 && ArabicChars.IsBlank(text[k]))
        {
            k--;
        }

        return k >= 0 && ArabicChars.IsDigit(text[k]);
    }

    private static void Emit(ReadOnlySpan<char> text, int start, int end, Action<int, int> onSentence)
    {
        while (start < end && ArabicChars.IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && ArabicChars.IsBlank(text[end - 1]))
        {
            end--;
        }

        var hasContent = false;
        for (var k = start; k < end && !hasContent; k++)
        {
            hasContent = char.IsLetterOrDigit(text[k]);
        }

        if (hasContent)
        {
            onSentence(start, end);
        }
    }
}
