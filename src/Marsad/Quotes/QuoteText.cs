using System.Collections.Immutable;

namespace Marsad.Quotes;

/// <summary>
/// The body as the quotation stage reads it: tokens, quoted spans, stray closing marks, and the questions the
/// rules ask about them (is this a sentence end, does a quoted span open here, where does the sentence start).
/// </summary>
internal sealed class QuoteText
{
    private readonly Dictionary<int, QuotedSpan> spansByOpenMark;

    public QuoteText(string body, ImmutableArray<Marsad.Text.Token> tokens = default, ImmutableArray<(int Start, int End)> names = default,
                     ImmutableArray<(int Start, int End)> mentions = default)
    {
        Body = body;
        Names = names.IsDefault ? [] : names;
        Mentions = mentions.IsDefault ? [] : mentions;
        mentionEndSet = [.. Mentions.Select(m => m.End)];
        // Looked up once per phrase, never by scanning every mention (a page of ten thousand lines holds thousands).
        foreach (var (start, end) in Mentions)
        {
            mentionEndByStart[start] = Math.Max(end, mentionEndByStart.GetValueOrDefault(start));
        }

        foreach (var (start, end) in Names)
        {
            nameStartByEnd.TryAdd(end, start);
        }
        Tokens = QuoteTokenizer.FromTextLayer(body, tokens);
        var marks = QuoteMarkScanner.Scan(body);
        Spans = marks.Spans;
        StrayCloses = marks.StrayCloses;
        spansByOpenMark = Spans.ToDictionary(s => s.OpenMark);
    }

    private readonly HashSet<int> mentionEndSet;
    private readonly Dictionary<int, int> mentionEndByStart = [];
    private readonly Dictionary<int, int> nameStartByEnd = [];

    /// <summary>The start offset of a person mention the tagger found that ends at <paramref name="end"/>, or -1.</summary>
    public int NameEndingAt(int end) => nameStartByEnd.TryGetValue(end, out var start) ? start : -1;

    public string Body { get; }

    /// <summary>Whether an entity mention of any type (the tagger's) starts at token i, a proclitic allowed before it:
    /// «يونيسف الأطراف»، «البرهان قوات الدعم السريع» – the second noun phrase is another entity, not the speaker's words.</summary>
    public bool MentionStartsAt(int i) =>
        i >= 0 && i < Tokens.Length && (mentionEndByStart.ContainsKey(Tokens[i].Start) || mentionEndByStart.ContainsKey(Tokens[i].Start + 1));

    /// <summary>Whether an entity mention the tagger found ends with token i (a clitic or mark after it allowed).</summary>
    public bool MentionEndsWith(int i) =>
        i >= 0 && i < Tokens.Length && (mentionEndSet.Contains(Tokens[i].End) || mentionEndSet.Contains(Tokens[i].End - 1));

    /// <summary>The token after the entity mention that starts at token k (a proclitic allowed before it), or -1.</summary>
    public int AfterMentionAt(int k)
    {
        if (k < 0 || k >= Tokens.Length)
        {
            return -1;
        }

        return mentionEndByStart.TryGetValue(Tokens[k].Start, out var end) || mentionEndByStart.TryGetValue(Tokens[k].Start + 1, out end)
            ? TokenAt(end)
            : -1;
    }

    /// <summary>Character ranges of every entity mention the tagger and linker found.</summary>
    public ImmutableArray<(int Start, int End)> Mentions { get; }

    /// <summary>The token after an entity mention that starts at or after token <paramref name="from"/>, before token
    /// <paramref name="at"/>, and runs on past it within <paramref name="to"/> (exclusive): «المفوضية السامية | للأمم
    /// المتحدة …» is cut inside a name; else -1.</summary>
    public int AfterMentionAcross(int from, int at, int to)
    {
        if (from >= at || at >= to || to > Tokens.Length)
        {
            return -1;
        }

        var cut = Tokens[at].Start;
        var hi = Tokens[to - 1].End;
        var best = -1;
        // A mention may start inside a token, after a glued proclitic: every offset of the phrase before the cut.
        for (var start = Tokens[from].Start; start < cut; start++)
        {
            if (mentionEndByStart.TryGetValue(start, out var end) && end > cut && end <= hi && end > best)
            {
                best = end;
            }
        }

        return best < 0 ? -1 : TokenAt(best);
    }

    /// <summary>Character ranges of the person mentions the tagger found, for telling a speaker's name from the
    /// content that follows it without a mark («نفى المكتب ... عقيلة صالح صحة الأنباء»).</summary>
    public ImmutableArray<(int Start, int End)> Names { get; }

    /// <summary>The token after the last entity mention lying wholly inside tokens [from, to), or -1.</summary>
    public int AfterLastName(int from, int to)
    {
        if (Names.IsEmpty || from >= to || to > Tokens.Length)
        {
            return -1;
        }

        var lo = Tokens[from].Start;
        var hi = Tokens[to - 1].End;
        var best = -1;
        foreach (var (start, end) in Names)
        {
            if (start >= lo && end <= hi && end > best)
            {
                best = end;
            }
        }

        return best < 0 ? -1 : TokenAt(best);
    }

    public ImmutableArray<QuoteToken> Tokens { get; }

    public ImmutableArray<QuotedSpan> Spans { get; }

    public ImmutableArray<int> StrayCloses { get; }

    public int Count => Tokens.Length;

    public QuoteToken this[int i] => Tokens[i];

    public string Key(int i) => i >= 0 && i < Tokens.Length ? Tokens[i].Key : string.Empty;

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].IsWord;

    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Length && !Tokens[i].IsWord && Body[Tokens[i].Start] == c;

    public bool IsComma(int i) => IsPunct(i, '،') || IsPunct(i, ',');

    /// <summary>«غراندي-مارلاسكا»: a hyphen with a word glued on each side joins two parts of one word or name.</summary>
    public bool IsJoiningHyphen(int i) =>
        IsPunct(i, '-') && IsWord(i - 1) && IsWord(i + 1) && Tokens[i - 1].End == Tokens[i].Start && Tokens[i + 1].Start == Tokens[i].End;

    public string TextOf(int fromToken, int toTokenExclusive) =>
        toTokenExclusive <= fromToken ? string.Empty : Body[Tokens[fromToken].Start..Tokens[toTokenExclusive - 1].End];

    /// <summary>The quoted span whose opening mark is token <paramref name="i"/>, if any.</summary>
    public QuotedSpan? SpanOpeningAt(int i) =>
        i >= 0 && i < Tokens.Length && !Tokens[i].IsWord && spansByOpenMark.TryGetValue(Tokens[i].Start, out var s) ? s : null;

    /// <summary>Whether a character offset lies between quote marks.</summary>
    public bool InsideQuote(int offset)
    {
        foreach (var s in Spans)
        {
            if (s.InnerStart <= offset && offset < s.InnerEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token starting at or after a character offset.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>A full stop, question or exclamation mark outside quote marks (not a decimal point).</summary>
    public bool IsSentenceEnd(int i)
    {
        if (i < 0 || i >= Tokens.Length || Tokens[i].IsWord)
        {
            return false;
        }

        var c = Body[Tokens[i].Start];
        if (c is not ('.' or '!' or '?' or '؟' or '…'))
        {
            return false;
        }

        var at = Tokens[i].Start;
        if (c == '.' && at > 0 && at + 1 < Body.Length && char.IsDigit(Body[at - 1]) && char.IsDigit(Body[at + 1]))
        {
            return false;
        }

        return !InsideQuote(at);
    }

    /// <summary>Whether tokens <paramref name="a"/> and <paramref name="b"/> are in different paragraphs; a position
    /// outside the text counts as a break, so scans that run to the end of the body stop there.</summary>
    public bool ParagraphBreak(int a, int b) =>
        (uint)a >= (uint)Tokens.Length || (uint)b >= (uint)Tokens.Length || Tokens[a].Paragraph != Tokens[b].Paragraph;

    /// <summary>The first token of the sentence holding token <paramref name="i"/>.</summary>
    public int SentenceStart(int i)
    {
        var k = i;
        while (k > 0 && !ParagraphBreak(k - 1, i) && !IsSentenceEnd(k - 1))
        {
            k--;
        }

        return k;
    }

    /// <summary>The first token after a dateline at the start of a paragraph («القاهرة - »، «موسكو (رويترز) - »), or
    /// <paramref name="i"/> itself when token i does not open a paragraph with one.</summary>
    public int AfterDateline(int i)
    {
        if (i < 0 || i >= Tokens.Length || (i > 0 && !ParagraphBreak(i - 1, i)))
        {
            return i;
        }

        for (var k = i; k < Tokens.Length && k - i < 7 && !ParagraphBreak(i, k); k++)
        {
            if (IsPunct(k, '-') || IsPunct(k, '–') || IsPunct(k, '—'))
            {
                return k > i && IsWord(i) ? k + 1 : i;
            }

            if (!IsWord(k) && !IsPunct(k, '(') && !IsPunct(k, ')') && !IsPunct(k, '،') && !IsPunct(k, ','))
            {
                return i;
            }
        }

        return i;
    }

    /// <summary>The length in tokens of the first of <paramref name="phrases"/> that the tokens at <paramref name="i"/>
    /// spell (<see cref="Matches"/>), or 0 when none does.</summary>
    public int PhraseAt(int i, ImmutableArray<ImmutableArray<string>> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (Matches(i, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether the token sequence at <paramref name="i"/> spells <paramref name="phrase"/> (keys; the first
    /// word may carry a leading و).</summary>
    public bool Matches(int i, ImmutableArray<string> phrase)
    {
        if (i + phrase.Length > Tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var key = Key(i + k);
            // The first word may carry و; compared on spans, as this runs for every token and source phrase.
            if (!Tokens[i + k].IsWord || (key != phrase[k]
                                          && !(k == 0 && key.Length == phrase[k].Length + 1 && key[0] == 'و' && key.AsSpan(1).SequenceEqual(phrase[k]))))
            {
                return false;
            }
        }

        return true;
    }

    public int WordCount(int from, int to)
    {
        var n = 0;
        for (var i = TokenAt(from); i < Tokens.Length && Tokens[i].Start < to; i++)
        {
            if (Tokens[i].IsWord)
            {
                n++;
            }
        }

        return n;
    }
}
