using Marsad.Model;

namespace Marsad.Quotes;

/// <summary>
/// An interview laid out as labelled lines: the interviewer's question («المحاور: … ؟») then the guest's answer under
/// the guest's name («الوزيرة: …»). Each answer line is a direct quote of the guest with no cue, its text the whole
/// line after the colon (its final full stop left out, GOLD-NOTES' convention), or what its quote marks enclose when one
/// quotation fills the line. A layout with one guest, named by a person mention, is an interview; a transcript where
/// several people speak keeps the lines of the people the tagger names (<see cref="TranscriptLines"/>).
/// </summary>
internal sealed class InterviewAnswers(QuoteText text)
{
    private const int MaxLabelWords = 4;

    /// <summary>The label key of a bulleted question line without a label; no label key is empty.</summary>
    private const string UnlabelledQuestion = "";

    /// <summary>The answer lines as candidates; none unless at least two answers follow questions under one label.</summary>
    public List<QuoteCandidate> Find()
    {
        var answers = new List<(int LabelStart, int LabelEnd, int ContentToken, int LastToken)>();
        string? guest = null;
        string? interviewer = null;
        (int Label, int Last, string Key)? previous = null;
        foreach (var (p, first, last, colon) in Paragraphs())
        {
            if (colon < 0)
            {
                // «- هل تفكرين في الاعتزال؟» then «- الضيفة: …»: a bulleted question may carry no label of its own.
                previous = IsBullet(p) && IsQuestion(last) ? (first, last, UnlabelledQuestion) : null;
            }
            else
            {
                var key = LabelKey(first, colon);
                if (previous is { } q && (IsQuestion(q.Last) || SameLabel(interviewer, q.Key) || AsksQuestion(q.Label, q.Last)) && !SameLabel(q.Key, key) && !IsQuestion(last) && colon + 1 <= last)
                {
                    if ((guest is not null && !SameLabel(guest, key)) || (interviewer is not null && !SameLabel(interviewer, q.Key)))
                    {
                        return TranscriptLines();
                    }

                    (guest, interviewer) = (key, q.Key);
                    answers.Add((first, colon, colon + 1, last));
                }

                previous = (first, last, key);
            }
        }

        if (answers.Count < 2 || !(IsPersonName(answers[0].LabelStart, answers[0].LabelEnd) || NamedOutsideLabels(answers[0].LabelStart, answers[0].LabelEnd)))
        {
            return TranscriptLines();
        }

        // The line's final full stop is left out, as for any quote whose stop is not inside a closing mark (GOLD-NOTES).
        return answers.ConvertAll(a =>
        {
            var (start, end) = AnswerText(a.ContentToken, a.LastToken);
            return new QuoteCandidate(a.LabelStart, string.Empty, CueKind.Verb, QuoteKind.Direct, start, end, a.LabelStart, a.LabelEnd);
        });
    }

    /// <summary>Each paragraph of the body: its first token, its first token after a bullet, its last token and the
    /// colon that ends its label (-1 without one).</summary>
    private IEnumerable<(int Start, int First, int Last, int Colon)> Paragraphs()
    {
        var p = 0;
        while (p < text.Count)
        {
            var last = p;
            while (last + 1 < text.Count && !text.ParagraphBreak(p, last + 1))
            {
                last++;
            }

            var first = AfterBullet(p, last);
            yield return (p, first, last, LabelColon(first, last));
            p = last + 1;
        }
    }

    /// <summary>
    /// A transcript of several speakers (a press conference, a debate): a run of at least <see cref="MinTranscriptLines"/>
    /// labelled lines in which at least two people speak, each label a person the tagger names («الوزيرة:» for «الوزيرة
    /// فلانة» is not enough, the family name «الخطيب:» for «سلمى الخطيب» is). Their lines are their direct words; the
    /// moderator's and the questioners' lines are not quotes.
    /// </summary>
    private List<QuoteCandidate> TranscriptLines()
    {
        var result = new List<QuoteCandidate>();
        var run = new List<(int First, int Colon, int Last)>();
        foreach (var (p, first, last, colon) in Paragraphs())
        {
            if (colon >= 0 && colon < last)
            {
                run.Add((first, colon, last));
            }
            else
            {
                AddTranscriptRun(run, result);
                run.Clear();
            }
        }

        AddTranscriptRun(run, result);
        return result;
    }

    private const int MinTranscriptLines = 3;

    private void AddTranscriptRun(List<(int First, int Colon, int Last)> run, List<QuoteCandidate> result)
    {
        if (run.Count < MinTranscriptLines)
        {
            return;
        }

        var spoken = run.FindAll(line => !IsQuestion(line.Last) && NamesPerson(line.First, line.Colon));
        if (spoken.Select(line => LabelKey(line.First, line.Colon)).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        foreach (var (first, colon, last) in spoken)
        {
            var (start, end) = AnswerText(colon + 1, last);
            result.Add(new QuoteCandidate(first, string.Empty, CueKind.Verb, QuoteKind.Direct, start, end, first, colon));
        }
    }

    /// <summary>Whether the label's words are a person mention of the tagger's, or end one written elsewhere in the body
    /// (the family name «الخطيب» of «سلمى الخطيب»).</summary>
    private bool NamesPerson(int first, int end)
    {
        if (IsPersonName(first, end))
        {
            return true;
        }

        var length = end - first;
        foreach (var (start, stop) in text.Names)
        {
            // The tail must be shorter than the mention: a label that is the whole name is the tagger's to find.
            var tail = text.TokenAt(stop) - length;
            if (tail <= 0 || tail == first || text[tail].Start <= start)
            {
                continue;
            }

            if (SameWords(tail, first, length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The answer's text: the whole line after the colon, or what its quote marks enclose when one quotation
    /// fills the line («ميقاتي: "…".»), the marks being no part of the words said.</summary>
    private (int Start, int End) AnswerText(int first, int last)
    {
        var end = text[WithoutFinalStop(first, last)].End;
        return text.SpanOpeningAt(first) is { Closed: true } span && span.OuterEnd >= end && span.InnerEnd > span.InnerStart
            ? (span.InnerStart, span.InnerEnd)
            : (text[first].Start, end);
    }

    /// <summary>«- الضيفة: …»: a dash or bullet opening a line is layout, not part of the label.</summary>
    private int AfterBullet(int first, int last) => first < last && IsBullet(first) ? first + 1 : first;

    private bool IsBullet(int k) => !text.IsWord(k) && text.Body[text[k].Start] is '-' or '–' or '—' or '•';

    private int WithoutFinalStop(int first, int last) => last > first && text.IsPunct(last, '.') ? last - 1 : last;

    /// <summary>The colon closing a label of a few words at the head of a paragraph, or -1.</summary>
    private int LabelColon(int first, int last)
    {
        for (var k = first; k <= last && k - first <= MaxLabelWords; k++)
        {
            if (text.IsPunct(k, ':'))
            {
                return k > first ? k : -1;
            }

            if (!text.IsWord(k))
            {
                return -1;
            }
        }

        return -1;
    }

    private string LabelKey(int first, int colon)
    {
        var keys = new string[colon - first];
        for (var k = first; k < colon; k++)
        {
            keys[k - first] = text.Key(k);
        }

        return string.Join(' ', keys);
    }

    /// <summary>«المحاورة سلمى الخطيب:» then «المحاورة:», «سلمى الخطيب:» then «الخطيب:»: a transcript names a speaker in
    /// full once, then by the label's first words or by the family name, so a label that starts or ends the other names
    /// the same person.</summary>
    private static bool SameLabel(string? known, string key) =>
        known is not null && (known == key || known.StartsWith(key + ' ', StringComparison.Ordinal) || key.StartsWith(known + ' ', StringComparison.Ordinal)
                              || known.EndsWith(' ' + key, StringComparison.Ordinal) || key.EndsWith(' ' + known, StringComparison.Ordinal));

    private bool IsQuestion(int last) => text.IsPunct(last, '؟') || text.IsPunct(last, '?');

    /// <summary>«س: وماذا عن أموال المودعين؟ الناس تسأل …»: a question may come before a closing remark of the host.</summary>
    private bool AsksQuestion(int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (IsQuestion(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the label's words are written elsewhere in the body, not as a line's label: the introduction
    /// names the guest («تتحدث الوزيرة فلانة …») even when the tagger missed the name.</summary>
    private bool NamedOutsideLabels(int first, int end)
    {
        var length = end - first;
        for (var k = 0; k + length <= text.Count; k++)
        {
            if (k == first || (k + length < text.Count && text.IsPunct(k + length, ':')))
            {
                continue;
            }

            if (SameWords(k, first, length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the <paramref name="length"/> words at <paramref name="at"/> are the label's words at
    /// <paramref name="first"/>.</summary>
    private bool SameWords(int at, int first, int length)
    {
        for (var w = 0; w < length; w++)
        {
            if (!text.IsWord(at + w) || text.Key(at + w) != text.Key(first + w))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsPersonName(int first, int end)
    {
        var (start, stop) = (text[first].Start, text[end - 1].End);
        foreach (var (s, e) in text.Names)
        {
            if (s <= start && e >= stop)
            {
                return true;
            }
        }

        return false;
    }
}
