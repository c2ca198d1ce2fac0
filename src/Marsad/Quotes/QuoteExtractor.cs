using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Quotes;

/// <summary>
/// Finds the quotations of one body: each reporting cue is read with its frame (speaker phrase, complementizer,
/// quote marks, noun-phrase content), then its text is cut where the reported clause ends. Speakers are left as
/// token ranges for <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed class QuoteExtractor
{
    private const int MaxScan = 45;
    private readonly QuoteText text;
    private readonly QuoteLexicon lexicon;
    private readonly SpeakerPhrase phrases;
    private readonly HashSet<int> clauseStarts = [];

    /// <summary>The cue tokens that read a frame in the first pass, so far.</summary>
    private readonly HashSet<int> framedCues = [];

    public QuoteExtractor(QuoteText text, QuoteLexicon lexicon)
    {
        this.text = text;
        this.lexicon = lexicon;
        phrases = new SpeakerPhrase(text, lexicon);
    }

    public SpeakerPhrase Phrases => phrases;

    public ImmutableArray<QuoteCandidate> Extract()
    {
        // First pass: which cues have a frame (content to report); their clause starts bound the other quotes.
        var frames = new List<CueFrame>();
        for (var i = 0; i < text.Count; i++)
        {
            var tok = text[i];
            if (!tok.IsWord || lexicon.Cue(tok.Key, out var prefix) is not { } entry || text.InsideQuote(tok.Start) || AfterNegationNoun(i)
                || IsEmbedded(i, prefix, entry, frames) || IsAdjectivalClause(i, prefix, entry) || InRelativeApposition(i)
                || (entry.Kind == CueKind.Participle && !text.IsComma(i - 1) && (lexicon.CommaParticiples.Contains(tok.Key) || IsAgreeingAdjective(i))))
            {
                continue;
            }

            var read = ReadFrame(i, entry, prefix, Coordinated(i, prefix, entry, frames));
            if (read is null && prefix == 0 && lexicon.CueAfterConjunction(tok.Key) is { } afterConjunction
                && ReadFrame(i, afterConjunction, 1, Coordinated(i, 1, afterConjunction, frames)) is { } replied && !AppearingSubject(replied))
            {
                read = replied;
            }

            if (read is { } frame)
            {
                if (frame.Entry.Kind == CueKind.Participle && frame.MentionStart < 0 && !frames.Exists(f => text.SentenceStart(f.Cue) == text.SentenceStart(i))
                    && ParticipleSubject(i) is { Start: >= 0 } subject)
                {
                    // «واعترض النائب حسن المعلا على المادة، معتبرا أن ...»: the subject of the sentence's verb speaks,
                    // not the speaker of an earlier sentence.
                    frame = frame with { MentionStart = subject.Start, MentionEnd = subject.End };
                }

                frames.Add(frame);
                clauseStarts.Add(frame.ClauseStart);
                framedCues.Add(frame.Cue);
            }
        }

        var result = new List<QuoteCandidate>();
        var claimed = new HashSet<int>();
        foreach (var frame in frames)
        {
            if (Content(frame) is { } q && claimed.Add(q.TextStart))
            {
                result.Add(q);
            }

            // «"…"، يقول المدرب، "…"»: a quotation split by its cue gives two quotes, the one before the cue too.
            if (frame.Mode == ContentMode.Quote && frame.ContentToken > frame.Cue && frame.MentionStart == frame.Cue + 1
                && QuoteBefore(frame.Cue) is { } before
                && Content(frame with { Mode = ContentMode.Quote, ContentToken = before, ClauseStart = before }) is { } first && claimed.Add(first.TextStart))
            {
                result.Add(first);
            }
        }

        foreach (var q in SourceQuotes(frames))
        {
            if (claimed.Add(q.TextStart))
            {
                result.Add(q);
            }
        }

        // «الوزيرة: …» after «المحاور: …؟»: the guest's answer lines are her direct words.
        foreach (var q in new InterviewAnswers(text).Find())
        {
            if (claimed.Add(q.TextStart))
            {
                result.Add(q);
            }
        }

        return [.. result.OrderBy(q => q.TextStart)];
    }

    private enum ContentMode
    {
        Complementizer,
        Quote,
        NounPhrase,
        Colon,
    }

    /// <summary>A cue with the place its content starts.</summary>
    /// <summary>Whether the subject after «ورد» read as «و + رد» is what appeared (ورد خبر بأن …): a news or document
    /// noun replies nothing.</summary>
    private bool AppearingSubject(CueFrame frame)
    {
        if (frame.MentionStart < 0 || !text.IsWord(frame.MentionStart))
        {
            return false;
        }

        var key = QuoteLexicon.WithoutArticle(text.Key(frame.MentionStart));
        return lexicon.AppearingNouns.Contains(key) || lexicon.DocumentHeads.Contains(key);
    }

    private sealed record CueFrame(int Cue, string CueText, CueEntry Entry, int MentionStart, int MentionEnd, int ClauseStart, ContentMode Mode, int ContentToken, string? FixedSpeaker, int MentionSkip = 0);

    /// <summary>A finite cue inside the reported clause of an earlier cue of its sentence, neither after a comma nor
    /// joined by و/ف («وجاء فيه أن الأردن يطالب المجتمع الدولي ...»): it belongs to the reported words.</summary>
    private bool IsEmbedded(int i, int prefix, CueEntry entry, List<CueFrame> frames)
    {
        // «قال إنه يأمل أن …»: a verb that opens an earlier cue's reported clause, right after its complementizer, is
        // part of those words (the gold sets never nest a report there).
        if (entry.Kind == CueKind.Verb && prefix == 0 && frames.Count > 0 && frames[^1] is { Mode: ContentMode.Complementizer } opener
            && opener.ContentToken == i && text.IsWord(i - 1) && lexicon.Complementizers.Contains(text.Key(i - 1)))
        {
            return true;
        }

        if (entry.Kind != CueKind.Verb || prefix > 0 || frames.Count == 0 || !text.IsWord(i - 1)
            || lexicon.Connectors.Contains(text.Key(i - 1)) || lexicon.VerbParticles.Contains(text.Key(i - 1)))
        {
            return false;
        }

        // «...، في حين أكدت مصادر أن ...»: a clause-ending phrase after a comma opens a sentence of its own; so does a
        // contrast word right before the reporting verb.
        if (CommaPhraseBefore(i, lexicon.ClauseEndPhrases) || CommaPhraseBefore(i, lexicon.ContrastPhrases) || ContrastSubjectBefore(i))
        {
            return false;
        }

        var last = frames[^1];
        return last.Mode is ContentMode.Complementizer or ContentMode.NounPhrase && last.ContentToken <= i
               && !text.ParagraphBreak(last.Cue, i) && text.SentenceStart(last.Cue) == text.SentenceStart(i);
    }

    private const int MaxContrastSubjectWords = 5;
    private const int MaxDocumentToPronounWords = 6;
    private const int MaxIssuerWords = 7;
    private const int MaxNamingAppositionTokens = 12;

    /// <summary>«…، إلا أن مصادر وزارية أشارت إلى أن …»: a comma, a contrast connector and a short subject (a role, an
    /// unnamed source, an organisation or a name the tagger found) right before the verb at <paramref name="i"/>.</summary>
    private bool ContrastSubjectBefore(int i)
    {
        for (var subject = i - 1; subject > 0 && i - subject <= MaxContrastSubjectWords; subject--)
        {
            if (!text.IsWord(subject) || lexicon.Complementizers.Contains(text.Key(subject)) || lexicon.Cue(text.Key(subject), out _) is not null)
            {
                return false;
            }

            foreach (var connector in lexicon.ContrastConnectors)
            {
                var at = subject - connector.Length;
                if (at > 0 && text.IsComma(at - 1) && text.Matches(at, connector))
                {
                    var head = text.Key(subject);
                    return lexicon.IsRoleHead(head) || lexicon.IsOrgHead(head) || lexicon.AnonymousHeads.Contains(head)
                           || text.AfterLastName(subject, i) > subject;
                }
            }
        }

        return false;
    }

    /// <summary>«مصدر طلب عدم ذكر اسمه»: a cue form after عدم is the verbal noun of a negated act, reporting nothing.</summary>
    private bool AfterNegationNoun(int i) => text.IsWord(i - 1) && !text.ParagraphBreak(i - 1, i) && text.Key(i - 1) == "عدم";

    /// <summary>«وتقول النقابة، التي دعت إلى الإضراب، إن …»: a cue in a relative clause between commas describes the
    /// subject; the complementizer after the closing comma belongs to the sentence's own verb.</summary>
    private bool InRelativeApposition(int i)
    {
        if (!text.IsComma(i - 2) || !text.IsWord(i - 1) || !lexicon.RelativePronouns.Contains(text.Key(i - 1)))
        {
            return false;
        }

        for (var k = i + 1; k < text.Count && k - i < 16 && !text.IsSentenceEnd(k) && !text.ParagraphBreak(i, k); k++)
        {
            if (text.IsComma(k))
            {
                return text.IsWord(k + 1) && lexicon.Complementizers.Contains(text.Key(k + 1));
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="phrases"/> stands right before token <paramref name="i"/>, after a comma.</summary>
    private bool CommaPhraseBefore(int i, ImmutableArray<ImmutableArray<string>> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (i - phrase.Length - 1 >= 0 && text.IsComma(i - phrase.Length - 1) && text.Matches(i - phrase.Length, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«أول إصابة مؤكدة بالمرض»: a feminine participle right after an indefinite feminine noun, with no comma,
    /// complementizer or quotation, agrees with that noun as its adjective; it reports nothing.</summary>
    private bool IsAgreeingAdjective(int i)
    {
        if (!text.IsWord(i - 1) || text.ParagraphBreak(i - 1, i) || text.Body[text[i].End - 1] != 'ة' || text.Body[text[i - 1].End - 1] != 'ة')
        {
            return false;
        }

        var noun = QuoteLexicon.WithoutWaw(text.Key(i - 1));
        var definite = noun.StartsWith("ال", StringComparison.Ordinal) || noun.StartsWith("بال", StringComparison.Ordinal)
                       || noun.StartsWith("لل", StringComparison.Ordinal) || noun.StartsWith("كال", StringComparison.Ordinal);
        return !definite && !(text.IsWord(i + 1) && lexicon.Complementizers.Contains(text.Key(i + 1))) && text.SpanOpeningAt(i + 1) is null;
    }

    /// <summary>«حملة تدعو إلى ...»، «منشورات تطالب بـ ...»: a present-tense noun-phrase cue right after a noun describes it.</summary>
    private bool IsAdjectivalClause(int i, int prefix, CueEntry entry)
    {
        if (entry.Kind != CueKind.Verb || prefix > 0 || entry.TakesComplementizer || !entry.TakesNounPhrase || !text.IsWord(i - 1) || text.ParagraphBreak(i - 1, i))
        {
            return false;
        }

        var first = text.Key(i)[0];
        return first is 'ي' or 'ت' && !lexicon.Connectors.Contains(text.Key(i - 1));
    }

    /// <summary>«...، ودعا الأطراف إلى ...»: a noun-phrase cue joined by و after a comma, in a sentence whose speaker is
    /// already named, keeps that speaker; the words after it are its object.</summary>
    private bool Coordinated(int i, int prefix, CueEntry entry, List<CueFrame> frames) =>
        entry.Kind == CueKind.Verb && (prefix > 0 || lexicon.IsListedWithWaw(text.Key(i))) && entry.TakesNounPhrase && !entry.TakesComplementizer && text.IsComma(i - 1)
        && frames.Count > 0 && !text.ParagraphBreak(frames[^1].Cue, i) && text.SentenceStart(frames[^1].Cue) == text.SentenceStart(i);

    private CueFrame? ReadFrame(int i, CueEntry entry, int prefix, bool coordinated)
    {
        var written = prefix > 0 || lexicon.IsListedWithWaw(text.Key(i)) ? 1 : 0;
        var cueText = text.Body[(text[i].Start + written)..text[i].End];
        switch (entry.Kind)
        {
            case CueKind.Participle:
                if (FrameAt(i + 1, entry) is { } pf)
                {
                    // «معربا عن قلقه ...»، «مبديا تفاؤله ...»: the content follows the phrase.
                    var participlePhrase = cueText + " " + text.TextOf(i + 1, pf.After);
                    return ContentAfter(i, entry, participlePhrase, pf.Content, -1, -1, i, pf.Content, null)
                           ?? PhraseContent(i, entry, participlePhrase, pf.Content, -1, -1, i);
                }

                return ContentAfter(i, entry, cueText, i + 1, -1, -1, i, allowNounPhraseAt: i + 1, fixedSpeaker: null);
            case CueKind.Noun:
                if (text.IsWord(i + 1) && lexicon.Demonyms.TryGetValue(QuoteLexicon.WithoutArticle(text.Key(i + 1)), out var country))
                {
                    var frame = ContentAfter(i, entry, cueText, i + 2, i + 1, i + 2, i, -1, country);
                    return frame is { Mode: ContentMode.Complementizer } && frame.ContentToken - i <= 5 ? frame : null;
                }

                return null;
            case CueKind.Verb when coordinated:
                // «...، ودان "العقوبات الجائرة" المفروضة ...»: the object may open with a quotation.
                return (text.IsWord(i + 1) || text.SpanOpeningAt(i + 1) is { Closed: true }) && !entry.NeedsOwnSubject ? new CueFrame(i, cueText, entry, -1, -1, i, ContentMode.NounPhrase, i + 1, null) : null;
            case CueKind.Verb:
                return VerbFrame(i, entry, cueText, prefix);
            default:
                return null;
        }
    }

    private CueFrame? VerbFrame(int i, CueEntry entry, string cueText, int prefix)
    {
        var j = i + 1;
        if (!entry.FrameWords.IsEmpty)
        {
            // Phrase cue: the speaker stands between the verb and its noun (أبدى الوزير ارتياحه، أعرب X عن امتنانه).
            for (var k = j; k < text.Count && k <= j + 16 && !text.IsSentenceEnd(k) && !text.ParagraphBreak(i, k); k++)
            {
                if (FrameAt(k, entry) is { } f)
                {
                    var phrase = cueText + " " + text.TextOf(k, f.After);
                    // «أعرب سموه عن أمله»: an honorific pronoun stands for the speaker already named.
                    var sj = j;
                    while (sj < k && text.IsWord(sj) && lexicon.PreSubjectSkips.Contains(text.Key(sj)))
                    {
                        sj++;
                    }

                    var subjectEnd = k > sj ? Math.Min(phrases.ParseEnd(sj), k) : sj;
                    var (ms, me) = subjectEnd > sj ? (sj, subjectEnd) : sj > j ? (-1, -1) : SubjectBefore(i, prefix);
                    if (k == sj && f.After == k + 1 && lexicon.DocumentPronounFrames.Contains(text.Key(k)))
                    {
                        // «نشرت النقابة بيانا جاء فيه: "..."»: the pronoun is the document; its issuer speaks, or no one.
                        (ms, me) = IssuerBeforeDocument(i);
                        if (ms < 0)
                        {
                            return null;
                        }
                    }
                    else if (ms < 0 && lexicon.IssuerPhraseAt(text, f.After) is var issuerWords and > 0 && phrases.ParseEnd(f.After + issuerWords) is var issuerEnd
                        && issuerEnd > f.After + issuerWords)
                    {
                        // «وجاء في بيان صادر عن الديوان الرئاسي أن ...»: the issuer of the document speaks.
                        (ms, me) = (f.After + issuerWords, issuerEnd);
                        f = (issuerEnd, issuerEnd);
                    }
                    else if (ms < 0 && IssuedAt(f.After) is var issued and > 0)
                    {
                        // «وجاء في بيان أصدرته الوزارة أن ...»: likewise with an issuing verb.
                        (ms, me) = (f.After + 1, issued);
                        f = (issued, issued);
                    }
                    else if (ms < 0 && f.Content == f.After && text.IsWord(f.After - 1) && !phrases.IsDefiniteAt(f.After - 1)
                             && GenitiveIssuerEnd(f.After) is var genitiveEnd and > 0)
                    {
                        // «وجاء في بيان للوزارة أن …»، «جاء في بيان نادي ميلان أن …»: an indefinite document with its issuer
                        // as genitive names its source, not the last speaker; the document phrase is the mention.
                        (ms, me) = (f.After - 1, genitiveEnd);
                        f = (genitiveEnd, genitiveEnd);
                    }
                    else if (ms < 0 && text.IsWord(f.After) && lexicon.MeetingDocumentAdjectives.Contains(text.Key(f.After)))
                    {
                        // «وجاء في البيان الختامي أن ...»: a meeting's final communiqué is no one earlier speaker's; the
                        // document itself is the source named.
                        (ms, me) = (f.After - 1, f.After + 1);
                    }

                    var phraseStart = ms >= 0 && ms < i ? ms : i;
                    return ContentAfter(i, entry, phrase, f.Content, ms, me, phraseStart, f.Content, null)
                           ?? PhraseContent(i, entry, phrase, f.Content, ms, me, phraseStart);
                }
            }

            return null;
        }

        while (text.IsWord(j) && lexicon.PreSubjectSkips.Contains(text.Key(j)))
        {
            j++;
        }

        // «حذر كل من الوزير والنقيب من …»: «كل من» («both») introduces the joint speakers; it is no speaker itself.
        if (text.IsWord(j + 1) && text.Key(j) == EachKey && text.Key(j + 1) == "من" && text.IsWord(j + 2))
        {
            j += 2;
        }

        // «الوزير قال بوضوح إن …»: with a subject before the verb, a ب word right before the content is a manner adverb;
        // without one («وأوضحت بركات أن …») it is the name after the verb.
        if (IsMannerAdverb(j) && SubjectBefore(i, prefix).Start >= 0)
        {
            j++;
        }

        if (prefix == 0 && AuxiliarySubject(i) is { Start: >= 0 } aux)
        {
            // «وكان رئيس الاتحاد قد دعا الأنصار إلى …»: the subject stands between كان and قد; the words after the verb are
            // its object or content, never its subject.
            var auxEnd = aux.End;
            return ContentAfter(i, entry, cueText, j, aux.Start, aux.End, aux.Start, -1, null)
                   ?? (entry.TakesNounPhrase && !entry.HasGovernedPreposition ? NounPhraseFrame(i, entry, cueText, j, ref auxEnd, aux.Start, aux.Start) : null);
        }

        var end = phrases.ParseEnd(j);
        if (entry.Lemma == "نقل" && end > j && RelayedFromAt(end) is var relayedFrom and > 0)
        {
            // «ونقلت شبكة سي إن إن عن مسؤولين أن …»: the relaying outlet runs to «عن» even across a word that looks like
            // a complementizer; ReportedSource then takes the one quoted after it.
            end = relayedFrom;
        }

        if (entry.Lemma == "نقل" && end > j && text.IsWord(end) && text.Key(end) == "عن" && RelayedReportNoun(end) is { Noun: > 0 } relayed)
        {
            // «نقل البيان عن المبعوث دعوته الطرفين إلى …»: with no complementizer, the relayed speaker's report noun
            // is the cue and what it governs is the text.
            return new CueFrame(i, text.TextOf(relayed.Noun, relayed.Noun + 1), entry, j, end, i, ContentMode.NounPhrase, relayed.Content, null);
        }

        int mentionStart = -1, mentionEnd = -1, clauseStart = i;
        if (entry.ObjectFirst && end > j && (lexicon.IsRoleHead(text.Key(j)) || NameStartingAt(j, text[end - 1].End) > 0 || HasObjectPronoun(i)))
        {
            // «وصف المحامي فلان طلبات النيابة بأنها ...»: a role or a name after the verb is its subject, the object follows.
            (mentionStart, mentionEnd) = (j, text.AfterLastName(j, end) > j ? SubjectCut(j, end) : end);
        }
        else if (entry.ObjectFirst && end > j && !text.IsComma(j - 1) && lexicon.IsOrgHead(text.Key(j)) && text.IsComma(end))
        {
            // «وصفت الحركة المعارضة، في بيان، القرار بأنه ...»: an organisation set off by a comma from the object is the
            // subject; a verb's object is not cut from the verb by an adjunct between commas.
            (mentionStart, mentionEnd) = (j, end);
        }
        else if (entry.ObjectFirst)
        {
            // وصف الوضع بأنه ...: the phrase after the verb is its object; the speaker is carried over, unless it stands
            // before the verb («الرئيس كان قد وصف الوضع بأنه ...»).
            (mentionStart, mentionEnd) = SubjectBefore(i, prefix);
            if (mentionStart >= 0)
            {
                clauseStart = mentionStart;
            }
        }
        else if (end > j && phrases.IsPossessedOccasion(j))
        {
            // «وختم حديثه بالقول»، «وأجاب في كلمته»: the speaker's own talk is the verb's object; the speaker is carried over.
        }
        else if (end > j && !IsPresentPlural(i))
        {
            (mentionStart, mentionEnd) = (j, end);
        }
        else
        {
            (mentionStart, mentionEnd) = SubjectBefore(i, prefix);
            if (mentionStart >= 0)
            {
                clauseStart = mentionStart;
            }
        }

        if (entry.NeedsOwnSubject && mentionStart != j)
        {
            return null;
        }

        if (mentionStart < 0 && prefix > 0 && !entry.ObjectFirst && text.IsComma(i - 1) && SentenceSubject(i) is { Start: >= 0 } subject)
        {
            // «انتقدت جبهة البوليساريو اللقاء، وقالت في بيان إن ...»: the subject of the sentence's first verb speaks.
            (mentionStart, mentionEnd) = subject;
        }

        var frame = ContentAfter(i, entry, cueText, mentionStart == j ? AfterNamingApposition(end) : Math.Max(end, j), mentionStart, mentionEnd, clauseStart, -1, null);
        if (frame is { Mode: ContentMode.Quote } && entry.TakesNounPhrase && mentionStart == j && end > j && end < frame.ContentToken && text.IsWord(end)
            && !phrases.IsDefiniteAt(end) && lexicon.ContentHeads.Contains(QuoteLexicon.WithoutWaw(text.Key(end))))
        {
            // «وأكد البيان أهمية الحفاظ على …، ودعم عملية "…"»: the content noun right after the speaker opens the content;
            // a quotation later in the clause is part of it.
            frame = frame with { Mode = ContentMode.NounPhrase, ContentToken = end };
        }

        if (frame is null && entry.TakesQuote && mentionStart == j && QuoteBefore(i) is { } before)
        {
            // «"لن نقبل ..."، قال الرئيس»: wire copy puts the quotation first.
            return new CueFrame(i, cueText, entry, mentionStart, mentionEnd, before, ContentMode.Quote, before, null);
        }

        if (frame is null && entry.TakesNounPhrase)
        {
            // Noun-phrase content right after the speaker (أكد كيري على تضامن ..., دعا لتجديد ..., دعت X، الدول إلى ...).
            var contentAt = end;
            if (entry.HasGovernedPreposition)
            {
                // «طالب اتحاد نقابات العمال بإشراكه ...»، «طالبت شعبة المخابز بالغرفة التجارية بزيادة ...»,
                // «أفادت مصادر طبية بوصول ...»: the content opens with the cue's preposition; without it, no quote.
                // «اتهم البرهان قوات الدعم بارتكاب ...»: an object between the speaker and it opens the text.
                var governed = mentionStart == j ? GovernedWord(j, entry) : -1;
                if (governed > 0 && SplitBeforeGoverned(j, governed) is var (subjectEnd, objectStart))
                {
                    if (objectStart == governed && IsApartGovernedPreposition(objectStart, entry))
                    {
                        // «وحذرت مصادر طبية من التهاون …»: with no object, the preposition written apart is dropped,
                        // like the governed إلى of أشار; with one («حذر X الحجاج من التعرض») the object opens the text.
                        objectStart++;
                    }

                    return text.IsWord(objectStart) && lexicon.Cue(text.Key(objectStart), out _) is null
                        ? new CueFrame(i, cueText, entry, mentionStart, subjectEnd, clauseStart, ContentMode.NounPhrase, objectStart, null)
                        : null;
                }

                if (mentionStart == j || !text.IsWord(end) || !IsGoverned(end, entry, definiteToo: true))
                {
                    return null;
                }

                // «وزارة الصحة تحذر من انتشار الوباء»: a present tense after its subject with a bare noun phrase is a
                // headline's or a habit's wording, not a report of words said.
                if (prefix == 0 && mentionStart < i && IsApartGovernedPreposition(end, entry) && text.Key(i)[0] is 'ي' or 'ت')
                {
                    return null;
                }
            }
            else if (entry.NamedSpeakerEvent && mentionStart == j && EventInsideSpeaker(j, end, entry) is var eventAt and > 0)
            {
                // «وأعلن وزير الزراعة والري افتتاح سوق …»: the speaker phrase ran on into the announced event.
                contentAt = eventAt;
                mentionEnd = eventAt;
                while (mentionEnd > j + 1 && (text.IsComma(mentionEnd - 1) || lexicon.TimeAdjuncts.Contains(text.Key(mentionEnd - 1)) || lexicon.Adverbs.Contains(text.Key(mentionEnd - 1))))
                {
                    mentionEnd--;
                }
            }
            else if (mentionStart == j && !text.IsComma(end) && phrases.CapEnd(j, end) < end)
            {
                // The speaker ends at the cap of its role and name, or after the last name the tagger found in it.
                contentAt = Math.Max(phrases.CapEnd(j, end), Math.Min(end, text.AfterLastName(j, end)));
                mentionEnd = contentAt;
            }

            frame = NounPhraseFrame(i, entry, cueText, contentAt, ref mentionEnd, mentionStart, clauseStart);
        }

        return frame;
    }

    /// <summary>The verbal noun inside the speaker phrase [j, end) where an announced event starts, after a word that can
    /// end the speaker (EventMayFollow); -1 when there is none.</summary>
    private int EventInsideSpeaker(int j, int end, CueEntry entry)
    {
        for (var t = j + 1; t < end && t < j + 14; t++)
        {
            if (IsEventNounAt(t) && EventMayFollow(t, entry))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>«المسؤولون الروس ينفون نشر …»: a plural verb agrees with a subject before it; the words after it are
    /// its object or content, never its subject.</summary>
    private bool IsPresentPlural(int i)
    {
        var key = QuoteLexicon.WithoutWaw(text.Key(i));
        return key.Length > 4 && key[0] is 'ي' or 'ت' && key.EndsWith("ون", StringComparison.Ordinal);
    }

    /// <summary>«وصفته المنظمة بأنه …»: the object is the pronoun glued to the verb, so the phrase after it is the subject.</summary>
    private bool HasObjectPronoun(int i)
    {
        var key = text.Key(i);
        return key.EndsWith('ه') || key.EndsWith("ها", StringComparison.Ordinal) || key.EndsWith("هم", StringComparison.Ordinal);
    }

    /// <summary>«قال بوضوح إن …»، «فقالت لي بمرارة: …»: one word with a glued ب right before the content tells how the
    /// speaker spoke; it is never the subject (which then stands before the verb).</summary>
    private bool IsMannerAdverb(int j)
    {
        var key = text.Key(j);
        return key.Length > 3 && key[0] == 'ب' && key[1] != 'ا' && !text.MentionStartsAt(j) && !lexicon.ProcliticLookalikes.Contains(key)
               && (text.IsPunct(j + 1, ':') || (text.IsWord(j + 1) && lexicon.Complementizers.Contains(text.Key(j + 1))));
    }

    /// <summary>The content of a phrase cue right after its frame noun, whatever preposition opens it (أبدى رضاه عن
    /// أداء ...، أعربت عن قلقها من «...»، معربا عن ثقته بنجاح ...): the frame noun already says what kind of report it is.</summary>
    private CueFrame? PhraseContent(int cue, CueEntry entry, string phrase, int at, int mentionStart, int mentionEnd, int clauseStart) =>
        entry.TakesNounPhrase && !text.ParagraphBreak(cue, at)
        && ((text.IsWord(at) && !lexicon.Complementizers.Contains(text.Key(at)) && lexicon.Cue(text.Key(at), out _) is null)
            || text.SpanOpeningAt(at) is { Closed: true })
            ? new CueFrame(cue, phrase, entry, mentionStart, mentionEnd, clauseStart, ContentMode.NounPhrase, at, null)
            : null;

    /// <summary>The frame words of a phrase cue at token k (ارتياحه، عن قلقه): where they end and where the content
    /// starts, past the frame noun's own adjectives («عن قلقه البالغ إزاء ...»).</summary>
    private (int After, int Content)? FrameAt(int k, CueEntry entry)
    {
        foreach (var words in entry.FrameWords)
        {
            if (FrameMatches(k, words))
            {
                var after = k + words.Length;
                var content = after;
                while (content - after < 2 && text.IsWord(content) && text.IsWord(content + 1) && IsArticleWord(content))
                {
                    content++;
                }

                return (after, content);
            }
        }

        return null;
    }

    /// <summary>Whether the frame words of a phrase cue stand at token k; a last word written as a stem with «+»
    /// matches that noun with any possessive suffix (ارتياح+ → ارتياحه، ارتياحهما، ثقة+ → ثقته).</summary>
    private bool FrameMatches(int k, ImmutableArray<string> words)
    {
        var last = words[^1];
        if (!last.EndsWith('+'))
        {
            return text.Matches(k, words);
        }

        for (var w = 0; w < words.Length - 1; w++)
        {
            if (!text.IsWord(k + w) || text.Key(k + w) != words[w])
            {
                return false;
            }
        }

        var at = k + words.Length - 1;
        return text.IsWord(at) && lexicon.IsPossessiveOf(text.Key(at), last.AsSpan(0, last.Length - 1));
    }

    private bool IsArticleWord(int k)
    {
        var raw = text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start);
        return raw.Length > 3 && raw[0] == 'ا' && raw[1] == 'ل';
    }

    private CueFrame? NounPhraseFrame(int cue, CueEntry entry, string cueText, int at, ref int mentionEnd, int mentionStart, int clauseStart)
    {
        var k = at;
        if (text.IsComma(k))
        {
            k++;
        }

        // «أعلن في ديسمبر الماضي موافقته على …»: a time or place adjunct before a stance of the speaker's own is skipped.
        if (entry.OwnNounPhraseOnly && text.IsWord(k) && lexicon.IsStop(text.Key(k)) && OwnNounAfterAdjunct(k) is var own and > 0)
        {
            k = own;
        }

        // «مصادر طبية حذرت من التهاون …»: the preposition the cue governs, written apart, opens the content and is dropped;
        // it is no adjunct.
        var governedApart = IsApartGovernedPreposition(k, entry);
        if (governedApart)
        {
            k++;
        }

        // «دعت فرنسا وألمانيا الاثنين إلى …»: a day or time right after the speaker is no part of either; «الأمم المتحدة
        // قد دعت مجددا إلى …»: nor right after the cue when the speaker stands before it.
        while (mentionStart >= 0 && (mentionEnd == k || (k == cue + 1 && mentionEnd <= cue)) && text.IsWord(k) && text.IsWord(k + 1) && lexicon.Adverbs.Contains(text.Key(k))
               && lexicon.ContentPrepositions.ContainsKey(text.Key(k + 1)))
        {
            k++;
        }

        // «وكان الاتحاد قد أعلن رسميا انضمام …»، «أعلنت الشرطة، اليوم السبت، القبض على …»: an announced event opened by
        // a verbal noun, past the time, place and occasion of the announcement, whoever the speaker is.
        if (entry.NamedSpeakerEvent && MayAnnounceEvent(cue, mentionStart, mentionEnd) && EventAfterAdjuncts(cue, at, entry) is var eventAt and > 0)
        {
            return new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.NounPhrase, eventAt, null);
        }

        // «أعلن البنك اليوم الثلاثاء حزمة …»، «أعلنت الشركة عن تحقيق أرباح …»: an announced event after a named speaker,
        // past the time and place of the announcement; the preposition that may open it is dropped.
        if (entry.NamedSpeakerEvent && mentionEnd == k)
        {
            var adjunctEnd = AfterEventAdjuncts(k);
            var open = entry.NamedSpeakerEventPreposition.Length > 0 && text.Key(adjunctEnd) == entry.NamedSpeakerEventPreposition ? adjunctEnd + 1 : adjunctEnd;
            if (open > k && IsNamedSpeakerEvent(entry, cue, mentionStart, mentionEnd, open) && lexicon.Cue(text.Key(open), out _) is null)
            {
                return new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.NounPhrase, open, null);
            }
        }

        // A short adjunct between speaker and content («القيادات ... في المنطقة، على مواصلة»): it belongs to the speaker.
        // «دعت الكتلة إلى تشكيل ...»: إلى opens the content of a call, it is no adjunct.
        if (!governedApart && text.IsWord(k) && lexicon.IsStop(text.Key(k)) && !lexicon.ContentPrepositions.ContainsKey(text.Key(k)))
        {
            // «في بيان مشترك صدر عقب الاجتماع،»: an occasion may run longer to its comma.
            var occasion = text.IsWord(k + 1) && phrases.IsAdjunctHead(text.Key(k + 1));
            var m = k;
            while (m < text.Count && text.IsWord(m) && m - k < (occasion ? 8 : 4))
            {
                m++;
            }

            if (!text.IsComma(m))
            {
                // «وأكد الوزيران خلال اللقاء أهمية …»: an occasion with no comma after it, then the content.
                return occasion && ContentAfterOccasion(k) is var content and > 0 && lexicon.Cue(text.Key(content), out _) is null
                       && OwnNounWhereNeeded(entry, content)
                    ? new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.NounPhrase, content, null)
                    : null;
            }

            // «الخارجية الفلسطينية، في بيان منفصل، دعمها ...»: an occasion is skipped, not added to the speaker; so is
            // a time («الوزير، اليوم الخميس، إلى ...»).
            if (mentionStart >= 0 && mentionEnd == at && !phrases.IsAdjunctHead(text.Key(k + 1)) && !lexicon.TimeAdjuncts.Contains(text.Key(k)))
            {
                mentionEnd = m;
            }

            k = m + 1;
        }

        if (entry.NounPhrasePreposition.Length > 0)
        {
            // «وأشار الوزير إلى تخصيص …»: the cue's own preposition opens the content and is dropped; without it, no quote.
            if (!text.IsWord(k) || text.Key(k) != entry.NounPhrasePreposition || (text.IsWord(k + 1) && lexicon.Complementizers.Contains(text.Key(k + 1))))
            {
                return null;
            }

            k++;
        }
        else if (!governedApart && text.IsWord(k) && lexicon.IsDroppedContentPreposition(text.Key(k)))
        {
            k++;
        }

        if (!text.IsWord(k) || text.IsSentenceEnd(k) || lexicon.Cue(text.Key(k), out _) is not null
            || (!OwnNounWhereNeeded(entry, k) && !IsNamedSpeakerEvent(entry, cue, mentionStart, mentionEnd, k)))
        {
            return null;
        }

        return new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.NounPhrase, k, null);
    }

    /// <summary>Whether the cue may report an announced event of the speaker [mentionStart, mentionEnd): there is one,
    /// and the cue is neither denied («لم يعلن»), asked about («هل أعلن») nor a source's («حسبما أعلنت»: the clause before
    /// is what was announced); a speaker after the cue must not run past a person's name into the event, and a present
    /// tense after its subject («الحكومة تعلن زيادة …») is a headline's wording, not a report.</summary>
    private bool MayAnnounceEvent(int cue, int mentionStart, int mentionEnd) =>
        mentionStart >= 0 && mentionEnd > mentionStart
        && !(cue > 0 && text.IsWord(cue - 1) && (lexicon.IsOneWordSource(text.Key(cue - 1)) || lexicon.NegationParticles.Contains(text.Key(cue - 1)) || text.Key(cue - 1) == QuestionKey))
        && !(mentionStart < cue && mentionStart > 0 && text.IsWord(mentionStart - 1) && text.Key(mentionStart - 1) == QuestionKey)
        && (mentionStart < cue ? QuoteLexicon.WithoutWaw(text.Key(cue))[0] is not ('ي' or 'ت') : !RunsPastPersonName(mentionStart, mentionEnd - 1));

    private static readonly string QuestionKey = ArabicKey.Of("هل");

    /// <summary>The verbal noun that opens an announced event at k or after the announcement's time, place and occasion
    /// that follow it («في ختام الجلسة إطلاق …»، «، اليوم السبت، القبض …»، «الأسبوع الماضي إعادة …»، «رسميا انضمام …»), within
    /// ten tokens of the sentence; the cue's own preposition before it is dropped («عن تحقيق …»). -1 when a complementizer,
    /// another cue or the sentence's end comes first, or the words after k open no adjunct.</summary>
    private int EventAfterAdjuncts(int cue, int k, CueEntry entry)
    {
        for (var m = k; m < text.Count && m < k + 10; m++)
        {
            if (text.IsSentenceEnd(m) || text.ParagraphBreak(cue, m) || (!text.IsWord(m) && !text.IsComma(m)))
            {
                return -1;
            }

            if (text.IsComma(m))
            {
                continue;
            }

            var key = text.Key(m);
            if (IsEventNounAt(m) && (m == k || EventMayFollow(m, entry)))
            {
                return m;
            }

            if (lexicon.Cue(key, out _) is not null || lexicon.Complementizers.Contains(key)
                || (m == k && !lexicon.IsStop(key) && !lexicon.TimeAdjuncts.Contains(key) && !lexicon.Adverbs.Contains(key)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the word before the event noun at m can end what comes before the event: a comma, a definite
    /// word or a name (a bare noun after either starts a phrase of its own: no adjective or genitive of theirs is
    /// indefinite), a time word or adverb, the cue's own preposition, or the adjective of an indefinite occasion after a
    /// preposition («في وقت سابق»). A bare noun after a bare noun is its genitive («في ختام اجتماع …»).</summary>
    private bool EventMayFollow(int m, CueEntry entry)
    {
        var before = m - 1;
        if (text.IsComma(before) || text.MentionEndsWith(before))
        {
            return true;
        }

        if (!text.IsWord(before))
        {
            return false;
        }

        var key = text.Key(before);
        return (phrases.IsDefiniteAt(before) && !lexicon.IsStop(key)) || lexicon.TimeAdjuncts.Contains(key) || lexicon.Adverbs.Contains(key)
               || (entry.NamedSpeakerEventPreposition.Length > 0 && key == entry.NamedSpeakerEventPreposition)
               || (before >= 2 && text.IsWord(before - 2) && lexicon.IsStop(text.Key(before - 2)) && phrases.IsAdjunctHead(text.Key(before - 1)));
    }

    /// <summary>Whether token k opens an announced event: a verbal noun of a derived pattern (إفعال إطلاق، افتعال افتتاح،
    /// انفعال انطلاق، استفعال استئناف، تفعيل تشكيل، مفاعلة مقاطعة، تفاعل تراجع) or of event-nouns.txt, never a name; with the
    /// article only the listed ones (القبض).</summary>
    private bool IsEventNounAt(int k)
    {
        if (!text.IsWord(k) || text.MentionStartsAt(k))
        {
            return false;
        }

        var key = text.Key(k);
        if (key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal))
        {
            return lexicon.DefiniteEventNouns.Contains(key[2..]);
        }

        // «أثناء»، «آنذاك»، «تشرين» have the shape of a derived verbal noun but tell the announcement's time.
        if (lexicon.IsStop(key) || lexicon.Adverbs.Contains(key) || lexicon.TimeAdjuncts.Contains(key) || lexicon.MonthWords.Contains(key))
        {
            return false;
        }

        return lexicon.EventNouns.Contains(key) || IsDerivedVerbalNoun(key);
    }

    private static bool IsDerivedVerbalNoun(string key) => key.Length switch
    {
        5 => (key[0] == 'ا' && key[3] == 'ا') || (key[0] == 'ت' && (key[3] == 'ي' || key[2] == 'ا')),
        6 => (key[0] == 'ا' && key[2] is 'ت' or 'ط' or 'د' && key[4] == 'ا') || (key[0] == 'ا' && key[1] == 'ن' && key[4] == 'ا')
             || (key[0] == 'م' && key[2] == 'ا' && key[5] == 'ه'),
        7 => key.StartsWith("است", StringComparison.Ordinal) && key[5] == 'ا',
        _ => false,
    };

    /// <summary>The token after the place and time of an announcement that follow its speaker at k: a locative
    /// preposition before a tagged name or an occasion noun (في السودان، في بلاغ), then a time adjunct with its definite
    /// words (اليوم الثلاثاء، مساء أمس الجمعة); k when there is none.</summary>
    private int AfterEventAdjuncts(int k)
    {
        var m = k;
        if (text.IsWord(m) && lexicon.LocativePrepositions.Contains(text.Key(m)) && text.IsWord(m + 1)
            && (text.MentionStartsAt(m + 1) || phrases.IsAdjunctHead(text.Key(m + 1))))
        {
            m += 2;
        }

        var time = m;
        while (m < time + 4 && text.IsWord(m) && (lexicon.TimeAdjuncts.Contains(text.Key(m)) || (m > time && phrases.IsDefiniteAt(m))))
        {
            m++;
        }

        return m;
    }

    /// <summary>«أعلن البنك المركزي اليوم حزمة إجراءات …»: for a cue that reports announced events, whether token k opens
    /// one — the speaker after the cue ends with a tagged name, and k is a bare noun (no article, no clitic, no stop
    /// word) right after it or its time adjunct. Not after a source word («…، حسبما أعلنت وزارة الاقتصاد وتنمية
    /// الاستثمار»): what was announced is the clause before, and the noun after the name is the name's own.</summary>
    private bool IsNamedSpeakerEvent(CueEntry entry, int cue, int mentionStart, int mentionEnd, int k) =>
        entry.NamedSpeakerEvent && mentionStart > cue && mentionEnd > mentionStart && text.MentionEndsWith(mentionEnd - 1)
        && !(cue > 0 && text.IsWord(cue - 1) && lexicon.IsOneWordSource(text.Key(cue - 1)))
        && !RunsPastPersonName(mentionStart, mentionEnd - 1) && !lexicon.NegationParticles.Contains(text.Key(cue - 1))
        && text.IsWord(k) && !phrases.IsDefiniteAt(k) && !lexicon.IsStop(text.Key(k)) && !lexicon.TimeAdjuncts.Contains(text.Key(k))
        && !text.MentionStartsAt(k);

    /// <summary>«أعلن رئيس البرلمان نبيه بري فوز قائد الجيش …»: whether a person's name inside the speaker tokens
    /// [start, last) is followed by a word that opens no mention — the speaker phrase ran past its name into the event,
    /// so a later name cannot bound it.</summary>
    private bool RunsPastPersonName(int start, int last)
    {
        for (var t = start; t < last; t++)
        {
            if (text.IsWord(t) && text.NameEndingAt(text[t].End) >= 0 && text.IsWord(t + 1) && !text.MentionStartsAt(t + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a noun-phrase content starts after the occasion adjunct opened by the preposition at k (في البيان
    /// الختامي للزيارة تمسكها …، خلال اللقاء أهمية …): past the occasion's definite words, لل genitives and one adjective
    /// of an indefinite occasion, at a content noun, a noun with a possessive or a content preposition; else -1.</summary>
    private int ContentAfterOccasion(int k)
    {
        var indefinite = !phrases.IsDefiniteAt(k + 1);
        for (var m = k + 2; m < text.Count && m <= k + 7 && text.IsWord(m) && !text.ParagraphBreak(k, m); m++)
        {
            var key = text.Key(m);
            if (lexicon.IsDroppedContentPreposition(key))
            {
                return m + 1 < text.Count && text.IsWord(m + 1) ? m + 1 : -1;
            }

            // «في كلمة ألقاها»: after an indefinite occasion a word with a pronoun is a relative clause's verb.
            if (lexicon.ContentHeads.Contains(QuoteLexicon.WithoutWaw(key)) || (!indefinite && !phrases.IsDefiniteAt(m) && !key.StartsWith("لل", StringComparison.Ordinal)
                && OwnNounWhereNeeded(CueEntryOwn, m) && !phrases.IsAdjunctHead(key)))
            {
                return m;
            }

            if (phrases.IsDefiniteAt(m) || key.StartsWith("لل", StringComparison.Ordinal) || (indefinite && m == k + 2))
            {
                continue;
            }

            return -1;
        }

        return -1;
    }

    /// <summary>The first noun with a possessive within six tokens after the adjunct at k, with no comma, sentence end or
    /// complementizer before it; or -1.</summary>
    private int OwnNounAfterAdjunct(int k)
    {
        for (var m = k + 1; m < text.Count && m <= k + 6; m++)
        {
            if (text.IsComma(m) || text.IsSentenceEnd(m) || text.ParagraphBreak(k, m)
                || (text.IsWord(m) && (lexicon.Complementizers.Contains(text.Key(m)) || lexicon.Cue(text.Key(m), out _) is not null)))
            {
                return -1;
            }

            // «ضبط المتهم وبحوزته»: a word with a conjunction or preposition glued to it is no stance noun.
            if (text.IsWord(m) && m > k + 1 && !ArabicChars.IsProcliticLetter(text.Body[text[m].Start])
                && !phrases.IsAdjunctHead(text.Key(m)) && OwnNounWhereNeeded(CueEntryOwn, m))
            {
                return m;
            }
        }

        return -1;
    }

    private static readonly CueEntry CueEntryOwn = new(string.Empty, CueKind.Verb, false, false, true, false, []) { OwnNounPhraseOnly = true };

    /// <summary>For cues that report only a stance of their own (أعلن موافقته), whether the word at k is a noun with a
    /// possessive as written (not a ة).</summary>
    private bool OwnNounWhereNeeded(CueEntry entry, int k)
    {
        if (entry.StanceNounPhraseOnly)
        {
            return text.IsWord(k) && lexicon.IsStanceNoun(text.Key(k));
        }

        if (!entry.OwnNounPhraseOnly)
        {
            return true;
        }

        if (!text.IsWord(k) || text.Body[text[k].End - 1] == 'ة')
        {
            return false;
        }

        return lexicon.HasPossessiveSuffix(text.Key(k));
    }

    /// <summary>The opening mark of a quotation that fills the start of the cue's sentence and ends right before the
    /// cue (a comma between allowed), or null.</summary>
    private int? QuoteBefore(int cue)
    {
        var close = text.IsComma(cue - 1) ? cue - 2 : cue - 1;
        if (close < 0 || text.IsWord(close))
        {
            return null;
        }

        var open = text.AfterDateline(text.SentenceStart(cue));
        return text.SpanOpeningAt(open) is { Closed: true } span && text.TokenAt(span.CloseMark) == close
               && !IsNameQuote(span, afterword: false) ? open : null;
    }

    /// <summary>The first word after the speaker that carries the cue's governed preposition as an indefinite verbal
    /// noun (بزيادة، بإشراكه; not «بالغرفة», which still describes the speaker), else the first definite one (بالسماح),
    /// within a speaker's and an object's length; commas and a short adjunct between them are passed («وهدد الجيش، في
    /// بيان، بالرد»). -1 when a complementizer, a cue or the sentence end comes first.</summary>
    private int GovernedWord(int from, CueEntry entry)
    {
        var definite = -1;
        for (var k = from + 1; k < text.Count && k - from <= 16; k++)
        {
            if (text.ParagraphBreak(from, k) || text.IsSentenceEnd(k))
            {
                break;
            }

            if (!text.IsWord(k))
            {
                if (text.IsComma(k) && text.IsWord(k + 1) && (lexicon.IsStop(text.Key(k + 1)) || lexicon.TimeAdjuncts.Contains(text.Key(k + 1))))
                {
                    // «، خلال لقائه عمداء بلديات الجنوب،»: nothing inside an adjunct between commas opens the content.
                    var m = k + 1;
                    while (m < text.Count && text.IsWord(m) && m - k <= 8)
                    {
                        m++;
                    }

                    k = text.IsComma(m) ? m : k;
                    continue;
                }

                if (text.IsComma(k) || text.IsPunct(k, '(') || text.IsPunct(k, ')'))
                {
                    continue;
                }

                break;
            }

            if (lexicon.Complementizers.Contains(text.Key(k)) || lexicon.Cue(text.Key(k), out _) is not null)
            {
                break;
            }

            if (IsGoverned(k, entry, definiteToo: false))
            {
                return k;
            }

            if (definite < 0 && IsGoverned(k, entry, definiteToo: true))
            {
                definite = k;
            }
        }

        return definite;
    }

    /// <summary>Whether token k is the cue's governed preposition written as its own word (من of حذر) before a noun.</summary>
    private bool IsApartGovernedPreposition(int k, CueEntry entry) =>
        entry.GovernedPreposition.Length > 0 && IsGoverned(k, entry, definiteToo: true);

    /// <summary>Whether token k opens the content of a cue with a governed preposition: a word carrying the glued
    /// preposition (بزيادة; with <paramref name="definiteToo"/> also بالسماح), or the preposition written apart before
    /// a noun (من التعرض).</summary>
    private bool IsGoverned(int k, CueEntry entry, bool definiteToo)
    {
        if (!text.IsWord(k))
        {
            return false;
        }

        // «وهدد البرهان بـ«مواصلة القتال»»: the preposition alone, glued to the opening mark of the content.
        if (entry.GovernedProclitic != '\0' && IsQuoteAfterPreposition(k))
        {
            return text.Key(k)[0] == entry.GovernedProclitic;
        }

        if (entry.GovernedPreposition.Length > 0)
        {
            return text.Key(k) == entry.GovernedPreposition && text.IsWord(k + 1) && !lexicon.Complementizers.Contains(text.Key(k + 1));
        }

        // «في بيانين منفصلين»: a word right after a preposition is that preposition's object, whatever its first letter
        // (but not after an adverb or a time: «طالبت النيابة أمس الثلاثاء بسجن ...»).
        if (text.IsWord(k - 1) && lexicon.IsStop(text.Key(k - 1)) && !lexicon.Adverbs.Contains(text.Key(k - 1)))
        {
            return false;
        }

        // «طالب بن بريك التجار بخفض …»: the word after a name particle is the rest of the name.
        if (text.IsWord(k - 1) && lexicon.NameParticles.Contains(text.Key(k - 1)))
        {
            return false;
        }

        var raw = text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start);
        return (raw.Length > 3 || (raw.Length == 3 && !lexicon.IsStop(text.Key(k)))) && raw[0] == entry.GovernedProclitic
               && (definiteToo || !(raw[1] == 'ا' && raw[2] == 'ل')) && !lexicon.ProcliticLookalikes.Contains(text.Key(k));
    }

    /// <summary>Splits the words between a cue and its governed preposition into the speaker and the verb's object:
    /// the speaker is the phrase up to a comma (an adjunct between commas is skipped), else the first person the
    /// tagger named (with a second one joined by و: «الخطيب وحسين لبيب»), else an organisation or role cut to its own
    /// words. Returns the speaker's end and where the text starts (the object, or the governed word itself).</summary>
    private (int SubjectEnd, int ContentStart)? SplitBeforeGoverned(int j, int governed)
    {
        var end = Math.Min(phrases.ParseEnd(j), governed);
        var comma = j;
        while (comma < governed && !text.IsComma(comma))
        {
            comma++;
        }

        if (end <= j || (comma < governed && end > comma))
        {
            end = comma;
        }

        if (end <= j)
        {
            return null;
        }

        // «شعبة المخابز بالغرفة التجارية بزيادة»: a glued preposition that is not the governed one still describes the speaker.
        var limit = Math.Min(comma, governed);
        if (!text.IsComma(end) && (end == limit || (text.IsWord(end) && ArabicChars.IsPrepositionLetter(text.Body[text[end].Start]) && !lexicon.Adverbs.Contains(text.Key(end)))))
        {
            end = SubjectCut(j, limit);
        }

        var c = end;
        while (c < governed && text.IsComma(c))
        {
            // «، في تصريحات منفصلة،»: an adjunct between commas belongs to neither speaker nor text.
            var m = c + 1;
            while (m < governed && text.IsWord(m) && m - c <= 8)
            {
                m++;
            }

            c = text.IsComma(m) && m < governed ? m + 1 : c + 1;
        }

        if (c < governed && text.IsWord(c) && lexicon.IsStop(text.Key(c)))
        {
            // «اتهم الدوحة في الوقت نفسه بمواصلة ...»، «طالب الحساب في تغريدة ...، المواطنين بالتأكد»: an adjunct
            // before the object or the preposition is neither speaker nor text.
            var next = c;
            while (next < governed && !text.IsComma(next))
            {
                next++;
            }

            c = next < governed ? next + 1 : governed;
        }

        return governed - c > 8 ? null : (end, c);
    }

    /// <summary>Where the speaker ends inside [j, end) when an object follows it with no mark: after the first person
    /// the tagger found (and one joined to it by و) when the phrase opens with that name or a role; else at the cap of
    /// the organisation or role (يونيسف | الأطراف، منظمة العفو الدولية | السلطات).</summary>
    private int SubjectCut(int j, int end)
    {
        var lo = text[j].Start;
        var hi = text[end - 1].End;
        (int Start, int End) first = (-1, -1);
        foreach (var name in text.Names)
        {
            if (name.Start >= lo && name.End <= hi && (first.Start < 0 || name.Start < first.Start))
            {
                first = name;
            }
        }

        if (first.Start >= 0 && (first.Start <= lo + 1 || lexicon.IsRoleHead(text.Key(j))))
        {
            // «العبد العالي» tagged as two names side by side, «محمود الخطيب وحسين لبيب» as two people joined by و:
            // the speaker runs over both.
            var after = text.TokenAt(first.End);
            while (after < end && NameStartingAt(after, hi) is var next and > 0)
            {
                after = text.TokenAt(next);
            }

            // «النائبة فريدة بلقاسم بتحفيزات»: a plain word after a partly tagged name is still the name.
            return after >= end || end - after >= 2 || IsObjectStart(after) ? Math.Min(after, end) : end;
        }

        // «طالب بن بريك التجار بخفض …»: a name opening with a particle (بن، أبو) runs to the word after it, and on over
        // the next particle and its word; a definite word after that is the object.
        var particleName = j;
        while (particleName + 1 < end && text.IsWord(particleName) && text.IsWord(particleName + 1) && lexicon.NameParticles.Contains(text.Key(particleName)))
        {
            particleName += 2;
        }

        if (particleName > j && particleName < end && IsObjectStart(particleName))
        {
            return particleName;
        }

        // «يونيسف الأطراف المتحاربة»، «منظمة العفو الدولية السلطات»: an object opens with the article or another entity;
        // «اتحاد نقابات العمال»، «شعبة المخابز بالغرفة التجارية» run on as the speaker's own words.
        // «شعبة المخابز»: a plain noun before a definite one is a construct, unless the plain noun is a name (يونيسف).
        var cap = phrases.CapEnd(j, end);
        while (cap < end && phrases.IsDefiniteAt(cap) && text.Body[text[cap].Start] == 'و')
        {
            // «وزارة الخارجية والمغتربين المجتمع الدولي»: a verb's object is never joined by و; the word belongs to the speaker.
            cap++;
        }

        if (cap > j && !phrases.IsDefiniteAt(cap - 1) && !text.MentionStartsAt(cap - 1))
        {
            return end;
        }

        return cap < end && IsObjectStart(cap) ? cap : end;
    }

    /// <summary>Whether a verb's object can start at token k: a word with the article or the start of an entity, not a
    /// preposition or a word carrying one.</summary>
    private bool IsObjectStart(int k) =>
        text.IsWord(k) && !ArabicChars.IsPrepositionLetter(text.Body[text[k].Start])
        && (phrases.IsDefiniteAt(k) || text.MentionStartsAt(k)) && !lexicon.IsStop(text.Key(k));

    /// <summary>The end offset of a person name starting at token k (a glued و allowed before it) and ending by
    /// <paramref name="hi"/>, or -1.</summary>
    private int NameStartingAt(int k, int hi)
    {
        if (!text.IsWord(k))
        {
            return -1;
        }

        var at = text[k].Start;
        foreach (var name in text.Names)
        {
            if ((name.Start == at || (name.Start == at + 1 && text.Body[at] == 'و')) && name.End <= hi)
            {
                return name.End;
            }
        }

        return -1;
    }

    /// <summary>Scans from <paramref name="from"/> for the complementizer or the opening quote mark of the content.</summary>
    private CueFrame? ContentAfter(int cue, CueEntry entry, string cueText, int from, int mentionStart, int mentionEnd, int clauseStart, int allowNounPhraseAt, string? fixedSpeaker)
    {
        for (var k = from; k < text.Count && k < from + MaxScan; k++)
        {
            if (text.ParagraphBreak(cue, k) || text.IsSentenceEnd(k))
            {
                break;
            }

            // «أعلن في الشهر الماضي استقالته، قبل أن يتراجع»: the أن of an adjunct after a comma is not the cue's.
            if (k > from && text.IsComma(k) && text.IsWord(k + 1) && IsClauseEndPhrase(k + 1))
            {
                break;
            }

            var tok = text[k];
            if (tok.IsWord)
            {
                if (lexicon.Complementizers.Contains(tok.Key))
                {
                    if (!entry.TakesComplementizer)
                    {
                        break;
                    }

                    // «شدد على ضرورة أن ...»: the verbal noun after على is the content, أن belongs to it.
                    if (entry.TakesNounPhrase && k - 2 == from && text.IsWord(k - 1) && lexicon.IsDroppedContentPreposition(text.Key(k - 2)) && !lexicon.IsStop(text.Key(k - 1)))
                    {
                        return new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.NounPhrase, k - 1, fixedSpeaker);
                    }

                    return new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.Complementizer, k + 1, fixedSpeaker);
                }

                // A later cue ends the search, unless it is a verbal noun inside the adjunct («طالبا عدم كشف هويته»).
                // «معربا عن قلق …، فيما قال المبعوث إن …»: so does a cue right after a contrast word or connector.
                if (k > from && lexicon.Cue(tok.Key, out var cuePrefix) is not null
                    && (cuePrefix > 0 || !text.IsWord(k - 1) || lexicon.Connectors.Contains(text.Key(k - 1))))
                {
                    break;
                }

                // «لافتا إلى تخصيص ...»: a cue that governs its own preposition reports the noun phrase after it only.
                if (k == allowNounPhraseAt && entry.NounPhrasePreposition.Length > 0)
                {
                    if (tok.Key == entry.NounPhrasePreposition && text.IsWord(k + 1) && !lexicon.Complementizers.Contains(text.Key(k + 1))
                        && lexicon.Cue(text.Key(k + 1), out _) is null && !lexicon.IsStop(text.Key(k + 1)))
                    {
                        return new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.NounPhrase, k + 1, fixedSpeaker);
                    }

                    continue;
                }

                // «مشددا على ضرورة ...»، «داعيا إلى استخدام ...»: a content preposition before a verbal noun opens the
                // content (but «مؤكدا على أن» waits for أن).
                var onNoun = lexicon.ContentPrepositions.ContainsKey(tok.Key)
                             && ((text.IsWord(k + 1) && !lexicon.Complementizers.Contains(text.Key(k + 1))) || text.SpanOpeningAt(k + 1) is { Closed: true });
                if (k == allowNounPhraseAt && entry.TakesNounPhrase && (onNoun || !lexicon.IsStop(tok.Key) || lexicon.NounPhraseOpeners.Contains(tok.Key))
                    && !IsQuoteAfterPreposition(k))
                {
                    var start = lexicon.IsDroppedContentPreposition(tok.Key) ? k + 1 : k;
                    return (text.IsWord(start) || text.SpanOpeningAt(start) is not null) && OwnNounWhereNeeded(entry, start)
                        ? new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.NounPhrase, start, fixedSpeaker)
                        : null;
                }

                continue;
            }

            if (text.SpanOpeningAt(k) is { } span)
            {
                // «قالت منظمة «تل ماما» إن ...»: a short quote glued to the speaker's last word is its name.
                var glued = k == from && mentionEnd == k && span.Closed && text.WordCount(span.InnerStart, span.InnerEnd) <= 3;
                if (glued || IsNameQuote(span, afterword: true))
                {
                    k = span.Closed ? text.TokenAt(span.CloseMark) : k;
                    continue;
                }

                if (!entry.TakesQuote)
                {
                    break;
                }

                return new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.Quote, k, fixedSpeaker);
            }

            if (text.IsPunct(k, ':') && entry.TakesQuote)
            {
                if (text.SpanOpeningAt(k + 1) is not null)
                {
                    continue;
                }

                // «القاهرة - كتب أحمد سمير:» closes a byline line: words after a colon count only on its own line.
                return text.IsWord(k + 1) && !text.ParagraphBreak(k, k + 1)
                    ? new CueFrame(cue, cueText, entry, mentionStart, mentionEnd, clauseStart, ContentMode.Colon, k + 1, fixedSpeaker)
                    : null;
            }
        }

        return null;
    }

    /// <summary>«بـ"..."» or «لـ«...»»: a one-letter preposition glued to the opening mark of the content.</summary>
    private bool IsQuoteAfterPreposition(int k) =>
        text.IsWord(k) && text.Key(k).Length == 1 && text.SpanOpeningAt(k + 1) is not null;

    /// <summary>Where the sentence of the cue at <paramref name="cue"/> opens with a word that may be its verb (after
    /// the dateline and a discourse adverbial such as «في المقابل،»), with at least one more word before the cue;
    /// -1 when it opens otherwise (the article, a paragraph break, too close to the cue).</summary>
    private int OpeningVerb(int cue, int minWords = 2)
    {
        var s = text.AfterDateline(text.SentenceStart(cue));
        if (s + 1 < cue && text.IsWord(s) && lexicon.SentenceAdverbs.Contains(QuoteLexicon.WithoutWaw(text.Key(s))))
        {
            // «بدوره، أيد النائب ...»: a one-word adverbial stands before the verb.
            s += text.IsComma(s + 1) ? 2 : 1;
        }
        else if (text.IsWord(s) && lexicon.OpenerPrepositions.Contains(QuoteLexicon.WithoutWaw(text.Key(s))))
        {
            if (text.IsWord(s + 1) && lexicon.SideWords.Contains(text.Key(s + 1)))
            {
                // «من جهته رحب ...»: a side word closes the adverbial, with or without a comma.
                s += text.IsComma(s + 2) ? 3 : 2;
            }
            else
            {
                // «وعن الانتقادات التي طالت الأداء في المباراة، رد ...»: the adverbial may run some words to its comma.
                for (var o = s + 1; o < cue && o <= s + 10 && text.IsWord(o - 1); o++)
                {
                    if (text.IsComma(o))
                    {
                        s = o + 1;
                        break;
                    }
                }
            }
        }

        return s + minWords >= cue || !text.IsWord(s) || !text.IsWord(s + 1) || text.ParagraphBreak(s, cue) || IsArticleWord(s) ? -1 : s;
    }

    /// <summary>The subject of a sentence that opens with a non-reporting verb (after a discourse adverbial such as «في
    /// المقابل،»), up to the comma before the cue at <paramref name="cue"/>: «انتقدت جبهة البوليساريو اللقاء، وقالت».
    /// (-1, -1) when the sentence opens otherwise.</summary>
    private (int Start, int End) SentenceSubject(int cue)
    {
        var s = OpeningVerb(cue);
        if (s < 0)
        {
            return (-1, -1);
        }

        var verb = text.Key(s);
        if (lexicon.SubjectOpeners.Contains(verb) && !lexicon.AuxiliaryVerbs.Contains(verb) && FrontedSubject(s + 1, cue - 1, out _) is { Start: >= 0 } fronted)
        {
            // «أما النائبة فلانة فطالبت بـ…، وقالت:»: the subject fronted by أما speaks for the verbs that answer it.
            return fronted;
        }

        if (lexicon.AuxiliaryVerbs.Contains(verb))
        {
            // «وكانت وكالة التصنيف قد رفعت تصنيفها ...، وقالت إن ...»: the subject stands between كان and قد.
            var subjectEnd = phrases.ParseEnd(s + 1);
            return subjectEnd > s + 1 && subjectEnd < cue && text.IsWord(subjectEnd) && lexicon.VerbParticles.Contains(text.Key(subjectEnd))
                ? (s + 1, subjectEnd)
                : (-1, -1);
        }

        // «وأعلن رئيس الوزراء فلان حالة الطوارئ …، وقال إن …»: a cue opening the sentence that reported nothing (an
        // event announced) is a plain verb whose subject speaks next; one that reported has its speaker carried over.
        if ((lexicon.Cue(verb, out _) is not null && framedCues.Contains(s)) || lexicon.IsStop(verb) || lexicon.Connectors.Contains(verb) || lexicon.SubjectOpeners.Contains(verb)
            || lexicon.Complementizers.Contains(verb) || lexicon.IsRoleHead(verb) || lexicon.IsOrgHead(verb) || lexicon.PreSubjectSkips.Contains(verb))
        {
            return (-1, -1);
        }

        // The subject runs to the comma before the cue, object included, unless it opens with a name the tagger found:
        // then the object after the name is cut off («افتتح الرئيس سمير الجلسة بكلمة، وقال»).
        var end = phrases.ParseEnd(s + 1);
        if (end > s + 1 && end < cue - 1 && text.IsComma(cue - 1) && cue - 1 - end <= 8 && text.AfterLastName(s + 1, end) > s + 1
            && ObjectRunsToComma(end, cue - 1))
        {
            // «رحب رئيس الوزراء فلان بإقرار القانون، وكتب ...»: a named subject, then the verb's object up to the comma.
            return (s + 1, SubjectCut(s + 1, cue - 1));
        }

        if (end > s + 1 && end < cue - 1 && text.IsComma(cue - 1) && cue - 1 - end <= 4 && IsGlued(end, 'ب') && ObjectRunsToComma(end, cue - 1)
            && (lexicon.IsOrgHead(text.Key(s + 1)) || lexicon.IsRoleHead(text.Key(s + 1))))
        {
            // «ورحب المتحدث باسم الجيش بالقرار، وقال …»: an unnamed role or a body, then the verb's short object in ب.
            return (s + 1, end);
        }

        if (end <= s + 1 || end != cue - 1 || !(lexicon.IsOrgHead(text.Key(s + 1)) || lexicon.IsRoleHead(text.Key(s + 1)) || !IsArticleWord(s + 1)))
        {
            return (-1, -1);
        }

        return text.AfterLastName(s + 1, end) > s + 1 ? (s + 1, SubjectCut(s + 1, end)) : (s + 1, end);
    }

    private const int MaxFrontedSubjectWords = 16;

    /// <summary>The subject fronted by أما from <paramref name="s"/>: the noun phrase up to the verb that answers it with a
    /// glued ف (<paramref name="answer"/>), right after the phrase or after a description between commas («أما فلانة، 19
    /// عاما، فقالت»), at or before <paramref name="last"/>; else (-1, -1).</summary>
    private (int Start, int End) FrontedSubject(int s, int last, out int answer)
    {
        answer = -1;
        var end = phrases.ParseEnd(s);
        if (end <= s || end > last)
        {
            return (-1, -1);
        }

        if (AnswersFronting(end))
        {
            answer = end;
            return (s, end);
        }

        // «أما النائبة فلانة فصوتت ضد المشروع»: the phrase ran on over an unknown verb; the person the tagger found ends
        // the subject when the ف-verb follows the name.
        if (text.AfterLastName(s, end) is var afterName and > 0 && afterName > s && afterName < end && AnswersFronting(afterName))
        {
            answer = afterName;
            return (s, afterName);
        }

        if (!text.IsComma(end))
        {
            return (-1, -1);
        }

        for (var k = end + 1; k <= last && k - s <= MaxFrontedSubjectWords; k++)
        {
            if (text.IsComma(k - 1) && AnswersFronting(k))
            {
                answer = k;
                return (s, end);
            }

            var stops = text.IsWord(k) ? lexicon.Complementizers.Contains(text.Key(k)) || lexicon.Cue(text.Key(k), out _) is not null : !text.IsComma(k);
            if (stops)
            {
                return (-1, -1);
            }
        }

        return (-1, -1);
    }

    /// <summary>A word with a glued ف that is neither a stop word nor a cue's own form (فيما، في): the verb answering أما.</summary>
    private bool AnswersFronting(int k) =>
        text.IsWord(k) && text.Key(k).Length > 3 && text.Key(k)[0] == 'ف' && !lexicon.IsStop(text.Key(k)) && !lexicon.IsStop(text.Key(k)[1..]);

    /// <summary>Whether the word at <paramref name="k"/> opens with the one-letter preposition <paramref name="letter"/>
    /// glued to a longer word.</summary>
    private bool IsGlued(int k, char letter) =>
        text.IsWord(k) && text.Key(k).Length > 3 && text.Key(k)[0] == letter && !lexicon.ProcliticLookalikes.Contains(text.Key(k));

    private const int MaxQuotedNameWords = 4;

    /// <summary>The words of a short quotation whose closing mark is the token at <paramref name="k"/>, or (-1, -1).</summary>
    private (int Start, int End) QuotedNameClosingAt(int k)
    {
        if (text.IsWord(k))
        {
            return (-1, -1);
        }

        foreach (var span in text.Spans)
        {
            if (span.Closed && span.CloseMark == text[k].Start)
            {
                var (start, end) = (text.TokenAt(span.InnerStart), k);
                return end > start && end - start <= MaxQuotedNameWords && AllWords(start, end) ? (start, end) : (-1, -1);
            }
        }

        return (-1, -1);
    }

    private const int MaxAccusativeSubjectWords = 8;

    /// <summary>«لكن مسؤولا أمنيا في إحدى دول المنطقة يرى أن …»، «غير أن مصدرا مطلعا، طلب عدم ذكر اسمه، قال إن …»: after
    /// a connector (لكن، غير أن) an indefinite subject is written in the accusative, which the phrase parser does not
    /// read as a role or an unnamed source. The words from its head up to the verb, or up to its own clause between
    /// commas, are the subject; (-1, -1) when the head is no accusative role or source word.</summary>
    private (int Start, int End) AccusativeSubject(int s, int cue)
    {
        var key = text.Key(s);
        if (!text.IsWord(s) || key.Length < 4 || key[^1] != 'ا'
            || !(lexicon.IsRoleHead(key[..^1]) || lexicon.AnonymousHeads.Contains(key[..^1])))
        {
            return (-1, -1);
        }

        var comma = s + 1;
        while (comma < cue && text.IsWord(comma))
        {
            comma++;
        }

        if (comma - s > MaxAccusativeSubjectWords || !AllWords(s, comma))
        {
            return (-1, -1);
        }

        if (comma == cue)
        {
            return (s, cue);
        }

        return text.IsComma(comma) && text.IsComma(cue - 1) && cue - 1 > comma + 1 && cue - 1 - comma <= 9 && DescribesSubject(comma + 1, cue - 1)
            ? (s, comma)
            : (-1, -1);
    }

    /// <summary>Whether the words from <paramref name="from"/> to the comma at <paramref name="comma"/> describe the
    /// subject before them: a role phrase that ends at the comma (عاهل الأردن) or an unnamed source's own clause
    /// (رفض الكشف عن اسمه).</summary>
    private bool DescribesSubject(int from, int comma)
    {
        for (var k = from; k < comma; k++)
        {
            if (!text.IsWord(k) || lexicon.Complementizers.Contains(text.Key(k)))
            {
                return false;
            }
        }

        var head = text.Key(from);
        return lexicon.AnonymousClauseOpeners.Contains(head)
               || (lexicon.IsRoleHead(head) && phrases.ParseEnd(from) == comma && lexicon.Cue(head, out _) is null);
    }

    /// <summary>Whether [from, to) holds only words, none of them a cue or complementizer.</summary>
    private bool AllWords(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!text.IsWord(k) || lexicon.Complementizers.Contains(text.Key(k)) || lexicon.Cue(text.Key(k), out _) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether [from, comma) holds only words that are no cue, complementizer or quotation: a verb's object.</summary>
    private bool ObjectRunsToComma(int from, int comma)
    {
        for (var k = from; k < comma; k++)
        {
            if (!text.IsWord(k) || text.InsideQuote(text[k].Start) || lexicon.Complementizers.Contains(text.Key(k)) || lexicon.Cue(text.Key(k), out _) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>«وكان رئيس الاتحاد قد دعا»: the noun phrase between a sentence-opening كان and the قد right before the cue
    /// at <paramref name="cue"/>; else (-1, -1).</summary>
    private (int Start, int End) AuxiliarySubject(int cue)
    {
        if (cue < 3 || !text.IsWord(cue - 1) || !lexicon.VerbParticles.Contains(text.Key(cue - 1)))
        {
            return (-1, -1);
        }

        var s = text.AfterDateline(text.SentenceStart(cue));
        while (s < cue && text.IsWord(s) && lexicon.Connectors.Contains(text.Key(s)))
        {
            s++;
        }

        if (s + 2 > cue - 1 || !text.IsWord(s) || !lexicon.AuxiliaryVerbs.Contains(text.Key(s)) || text.ParagraphBreak(s, cue))
        {
            return (-1, -1);
        }

        var end = phrases.ParseEnd(s + 1);
        return end >= cue - 1 && end <= cue ? (s + 1, cue - 1) : (-1, -1);
    }

    /// <summary>The subject of the verb opening the sentence of a participle cue (after a discourse adverbial such as
    /// «في المقابل،»): a role, an organisation or a name the tagger found, ending before the participle; else (-1, -1).</summary>
    private (int Start, int End) ParticipleSubject(int cue)
    {
        // «رد المدرب قائلا»: verb, subject and participle may follow each other directly.
        var s = OpeningVerb(cue, minWords: 1);
        if (s < 0)
        {
            return (-1, -1);
        }

        var verb = text.Key(s);
        if (lexicon.IsStop(verb) || lexicon.Connectors.Contains(verb) || lexicon.SubjectOpeners.Contains(verb) || lexicon.Complementizers.Contains(verb)
            || lexicon.IsRoleHead(verb) || lexicon.IsOrgHead(verb) || lexicon.PreSubjectSkips.Contains(verb) || LooksLikeNoun(s))
        {
            return (-1, -1);
        }

        var end = phrases.ParseEnd(s + 1);
        if (end <= s + 1 || end > cue)
        {
            return (-1, -1);
        }

        // The verb's object may run on in the phrase («وخاطب كيري تنظيم الدولة»): the subject is cut at its first
        // person, or is an organisation that ends by itself.
        if (text.AfterLastName(s + 1, end) > s + 1)
        {
            return (s + 1, SubjectCut(s + 1, end));
        }

        return lexicon.IsOrgHead(text.Key(s + 1)) && phrases.CapEnd(s + 1, end) == end ? (s + 1, end) : (-1, -1);
    }

    /// <summary>A word that cannot be a verb opening the sentence: a number or a word in quote marks.</summary>
    private bool LooksLikeNoun(int k) => char.IsDigit(text.Body[text[k].Start]);

    /// <summary>The subject before a verb with none after it: «بلينكن قال ...», «وكانت وزارة الدفاع (البنتاغون) أعلنت»,
    /// «كان فيليب هاموند قد صرح». Returns (-1, -1) when the words before the verb are not a plain noun phrase.</summary>
    private (int Start, int End) SubjectBefore(int cue, int prefix)
    {
        var s = text.AfterDateline(text.SentenceStart(cue));
        if (prefix == 0)
        {
            // «رحبت النقابة بالقرار، لكن رئيسها حذر من أن …»: a connector after a comma opens the clause of the verb.
            for (var c = cue - 2; c > s; c--)
            {
                if (text.IsComma(c) && text.IsWord(c + 1) && lexicon.Connectors.Contains(text.Key(c + 1)))
                {
                    s = c + 1;
                    break;
                }
            }
        }

        var beforeConnectors = s;
        while (s < cue && text.IsWord(s) && lexicon.Connectors.Contains(text.Key(s)))
        {
            s++;
        }

        // «وأورد التلفزيون نبأ المحادثة وقال ...»: a cue joined by و continues the sentence's subject; nothing before it is
        // one. «أما موسكو فاعتبرت أن ...»: the ف answering أما follows its fronted subject.
        if (prefix > 0 && !(text.Body[text[cue].Start] == 'ف' && text.IsWord(s) && lexicon.SubjectOpeners.Contains(text.Key(s))))
        {
            return (-1, -1);
        }

        if (s > beforeConnectors && AccusativeSubject(s, cue) is { Start: >= 0 } accusative)
        {
            return accusative;
        }

        if (cue - 1 > s && text.IsWord(cue - 1) && lexicon.RelativePronouns.Contains(text.Key(cue - 1)))
        {
            // «مدربيه الذين يؤكدون أن ...»: the speaker is the noun the relative clause describes. «رغم ضغوط الرئيس
            // الأمريكي الذي كتب»: a role head inside the words before it starts that noun; what governs it does not speak.
            // «انتقادات منظمة "أطباء بلا حدود"، التي قالت …»: the relative after a comma describes the phrase before
            // the comma; an organisation or role head there starts it.
            var target = text.IsComma(cue - 2) && cue - 2 > s ? cue - 2 : cue - 1;
            if (target == cue - 1 && cue - 2 > s && QuotedNameClosingAt(cue - 2) is { Start: >= 0 } quotedName)
            {
                // «بإصدار "إعلان المنامة" الذي دعا إلى …»: the quoted name right before the relative is what it describes.
                return quotedName;
            }

            if (target < cue - 1 && text.SpanOpeningAt(cue + 1) is not null)
            {
                // «منصب الرئيس التنفيذي، الذي قالت "أرامكو" إنه …»: a quoted name after the verb is its own subject.
                return (-1, -1);
            }

            var earliest = -1;
            for (var from = Math.Max(s, target - (target < cue - 1 ? 8 : 5)); from < target; from++)
            {
                if (phrases.ParseEnd(from) != target)
                {
                    continue;
                }

                if (target < cue - 1 && text.IsWord(from) && lexicon.IsOrgHead(text.Key(from)))
                {
                    return (from, target);
                }

                if (lexicon.IsRoleHead(text.Key(from)))
                {
                    return (from, target);
                }

                earliest = earliest < 0 ? from : earliest;
            }

            return earliest < 0 ? (-1, -1) : (earliest, target);
        }

        var opened = s;
        while (s < cue && text.IsWord(s) && lexicon.SubjectOpeners.Contains(text.Key(s)))
        {
            s++;
        }

        // «ويذكر أن الرئيس كان قد وصف ...»: a fronting verb's complementizer stands before the subject.
        if (s > opened && s < cue && text.IsWord(s) && lexicon.Complementizers.Contains(text.Key(s)))
        {
            s++;
        }

        var e = cue;
        if (e - 1 >= s && text.IsWord(e - 1) && lexicon.VerbParticles.Contains(text.Key(e - 1)))
        {
            e--;
            // «الرئيس كان قد صرح»: كان before قد belongs to the verb, not to the subject.
            if (e - 1 > s && text.IsWord(e - 1) && lexicon.AuxiliaryVerbs.Contains(text.Key(e - 1)))
            {
                e--;
            }
        }

        if (e <= s || e - s > 28)
        {
            return (-1, -1);
        }

        var end = phrases.ParseEnd(s);
        if (end > e && end <= cue && e < cue)
        {
            // «الرئيس كان قد وصف»: the phrase ran over كان/قد, which belong to the verb.
            end = e;
        }

        // «وزير النقل، الذي رافق الرئيس في جولته، أكد»: a relative clause between commas describes the subject.
        if (end > s && text.IsComma(end) && text.IsComma(e - 1) && e - 1 > end + 2 && text.IsWord(end + 1) && lexicon.RelativePronouns.Contains(text.Key(end + 1))
            && !text.ParagraphBreak(s, e))
        {
            return (s, end);
        }

        if (e - s > 16)
        {
            return (-1, -1);
        }

        if (end == e)
        {
            return (s, e);
        }

        // «أما رئيس لجنة الأسرى التابعة للجماعة فلان فقال»: everything between أما and the ف of its answer is the fronted
        // subject, whatever the phrase parser makes of it.
        if (prefix > 0 && text.Body[text[cue].Start] == 'ف' && s > opened && AllWords(s, e))
        {
            return (s, e);
        }

        // «أما فلانة، 19 عاما، فقالت»، «أما الرابطة (…)، التي تضم …، فقالت»: whatever describes the fronted subject between
        // commas, the ف of the cue answers أما.
        if (prefix > 0 && text.Body[text[cue].Start] == 'ف' && s > opened && FrontedSubject(s, cue, out var answer) is { Start: >= 0 } fronted && answer == cue)
        {
            return fronted;
        }

        // «أما فيليب لازاريني، المفوض العام لوكالة الأونروا، فقد أكد»: the apposition closes with a comma.
        if (end == e - 1 && text.IsComma(e - 1) && end > s)
        {
            return (s, end);
        }

        // «وكان الملك فلان، عاهل البلاد، قد أكد»، «لكن مسؤولا، رفض الكشف عن اسمه، يرى»: a title in apposition, or an unnamed
        // source's own clause, between commas describes the subject.
        if (end > s && text.IsComma(end) && text.IsComma(e - 1) && e - 1 > end + 1 && e - 1 - end <= 9 && DescribesSubject(end + 1, e - 1))
        {
            return (s, end);
        }

        // «وزير الصحة صالح الحسناوي، من جهته، أكد»: a short adjunct between commas stands between subject and verb.
        if (end > s && text.IsComma(end) && text.IsComma(e - 1) && e - 1 - end <= 4 && text.IsWord(end + 1) && lexicon.IsStop(text.Key(end + 1)))
        {
            for (var k = end + 1; k < e - 1; k++)
            {
                if (!text.IsWord(k))
                {
                    return (-1, -1);
                }
            }

            return (s, end);
        }

        return (-1, -1);
    }

    /// <summary>Short quoted names and scare quotes: «داعش», "البي بي سي", «قوات سوريا الديمقراطية».
    /// With <paramref name="afterword"/>, a short quote followed by more words before the content counts as a name.</summary>
    private bool IsNameQuote(QuotedSpan span, bool afterword)
    {
        if (!span.Closed)
        {
            return false;
        }

        var words = text.WordCount(span.InnerStart, span.InnerEnd);
        if (words <= 1)
        {
            return true;
        }

        if (words > 4)
        {
            return false;
        }

        // Between a cue and its content, «في مقابلة مع "سكاي نيوز عربية"»: a short quote after a preposition names something.
        var before = text.TokenAt(span.OpenMark) - 1;
        if (afterword && before >= 0 && text.IsWord(before) && lexicon.IsStop(text.Key(before)))
        {
            return true;
        }

        // «في تصريح لـ"جزر القمر اليوم"»، «قال لـ«القدس العربي»»: a short quote glued to ل after an occasion noun or a
        // cue names the outlet spoken to.
        if (afterword && before >= 1 && text.IsWord(before) && text.Key(before) == "ل" && text.IsWord(before - 1)
            && (phrases.IsAdjunctHead(text.Key(before - 1)) || lexicon.Cue(text.Key(before - 1), out _) is not null))
        {
            return true;
        }

        var first = text.TokenAt(span.InnerStart);
        while (first < text.Count && !text.IsWord(first) && text[first].Start < span.InnerEnd)
        {
            first++;
        }

        if (text.IsWord(first) && (lexicon.NameQuoteHeads.Contains(text.Key(first)) || lexicon.NameQuoteHeads.Contains(QuoteLexicon.WithoutArticle(text.Key(first)))))
        {
            return true;
        }

        if (!afterword)
        {
            return false;
        }

        var next = text.TokenAt(span.CloseMark + 1);
        return next < text.Count && text.IsWord(next) && !text.ParagraphBreak(next, text.TokenAt(span.CloseMark))
               && lexicon.Cue(text.Key(next), out _) is null;
    }

    private QuoteCandidate? Content(CueFrame f)
    {
        var k = f.ContentToken;
        if (f.Mode is ContentMode.Complementizer or ContentMode.NounPhrase && IsQuoteAfterPreposition(k))
        {
            k++;
        }

        if (f.Mode != ContentMode.Colon && text.SpanOpeningAt(k) is { } span && !IsNameQuote(span, afterword: false))
        {
            return QuotedContent(f, span);
        }

        if (!text.IsWord(k) && text.SpanOpeningAt(k) is null)
        {
            return null;
        }

        var start = text[k].Start;
        var end = ClauseEnd(k);
        if (end <= start)
        {
            return null;
        }

        // A stray closing mark inside the clause: the words up to it are the speaker's own (GOLD-NOTES 001 line 9).
        foreach (var stray in text.StrayCloses)
        {
            if (stray > start && stray <= end)
            {
                return Candidate(f, QuoteKind.Direct, start, TrimEnd(start, stray));
            }
        }

        var kind = f.Mode == ContentMode.Colon ? QuoteKind.Direct : HasQuotedFragment(start, end) ? QuoteKind.Mixed : QuoteKind.Indirect;
        return Candidate(f, kind, start, end);
    }

    private QuoteCandidate? QuotedContent(CueFrame f, QuotedSpan span)
    {
        if (!span.Closed)
        {
            return Candidate(f, QuoteKind.Direct, span.InnerStart, TrimEnd(span.InnerStart, span.InnerEnd));
        }

        var next = text.TokenAt(span.CloseMark + 1);
        var closeToken = text.TokenAt(span.CloseMark);
        // «أكدت الدول الثلاث أن "…"، وأن التنسيق سيستمر»: a second complementizer joined by و continues the report.
        var continued = text.IsComma(next) && next + 1 < text.Count && !text.ParagraphBreak(closeToken, next + 1) && text.IsWord(next + 1)
                        && text.Key(next + 1) is { Length: > 2 } waw && waw[0] == 'و' && lexicon.Complementizers.Contains(waw[1..]);
        var clauseEnds = !continued && (next >= text.Count || text.ParagraphBreak(closeToken, next) || !text.IsWord(next)
                         || clauseStarts.Contains(next) || lexicon.Cue(text.Key(next), out _) is not null);
        if (clauseEnds)
        {
            return Candidate(f, QuoteKind.Direct, span.InnerStart, span.InnerEnd);
        }

        var end = ClauseEnd(next);
        return Candidate(f, QuoteKind.Mixed, span.OpenMark, Math.Max(end, span.CloseMark + 1));
    }

    private QuoteCandidate Candidate(CueFrame f, QuoteKind kind, int start, int end)
    {
        // Spaces just inside the marks («" لقد ...»), and a comma some outlets put before the closing mark, are not text.
        while (start < end && char.IsWhiteSpace(text.Body[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text.Body[end - 1]) || text.Body[end - 1] is '،' or ','))
        {
            end--;
        }

        var (ms, me) = IssuerOfDocument(ReportedSource(f));
        if (SpokespersonFor(f, end) is { } spokesperson)
        {
            (ms, me) = spokesperson;
        }

        return new(f.Cue, f.CueText, f.Entry.Kind, kind, start, end, ms, me, f.FixedSpeaker) { MentionSkip = ms == f.MentionStart ? f.MentionSkip : 0 };
    }

    private static readonly string EachKey = ArabicKey.Of("كل");
    private static readonly string OnKey = ArabicKey.Of("على");
    private static readonly string TongueKey = ArabicKey.Of("لسان");

    /// <summary>The one who spoke for the subject (GOLD-NOTES: the spokesperson is the speaker): «أكدت الوزارة على
    /// لسان المتحدث باسمها أن …» before the content, «طالب الاتحاد بكذا، وفق ما صرح به رئيسه فلان» right after it.</summary>
    private (int Start, int End)? SpokespersonFor(CueFrame f, int contentEnd)
    {
        if (f.Entry.Kind == CueKind.Source)
        {
            return null;
        }

        for (var k = Math.Max(f.Cue, f.MentionEnd); k + 2 < f.ContentToken && k + 2 < text.Count; k++)
        {
            if (text.IsWord(k) && text.Key(k) == OnKey && text.IsWord(k + 1) && text.Key(k + 1) == TongueKey)
            {
                var end = Math.Min(phrases.ParseEnd(k + 2), f.ContentToken);
                return end > k + 2 ? (k + 2, end) : null;
            }
        }

        // Only «وفق ما صرح به»-like phrases, a relative and a reporting verb: «وفق البيان» merely names a source.
        var after = text.TokenAt(contentEnd);
        for (var hops = 0; hops < 3 && after < text.Count && !text.IsWord(after) && !text.IsSentenceEnd(after); hops++)
        {
            after++;
        }

        if (after >= text.Count || !text.IsWord(after) || text.ParagraphBreak(f.Cue, after) || !text.IsComma(after - 1) || IsSourcePhrase(after) is not (var len and > 0)
            || !text.IsWord(after + len) || !lexicon.SourceRelatives.Contains(text.Key(after + len)))
        {
            return null;
        }

        // «وتتوقع المديرية أن …، وفق ما نقلته الوكالة»: an outlet relaying the subject's words is not the speaker.
        var np = SourceNounStart(after + len, verbWithPronoun: false);
        var npEnd = phrases.ParseEnd(np);
        return np >= after + len + 2 && npEnd > np ? (np, npEnd) : null;
    }

    /// <summary>«وأوضح بيان أصدرته الوزارة أن ...»، «وحسب المعطيات التي قدمتها الوزارة، فإن ...»: the issuer of a
    /// document speaks, not the document.</summary>
    private (int Start, int End) IssuerOfDocument((int Start, int End) mention)
    {
        var (ms, me) = mention;
        if (ms < 0 || !text.IsWord(ms) || !lexicon.DocumentHeads.Contains(QuoteLexicon.WithoutArticle(QuoteLexicon.WithoutWaw(text.Key(ms)))))
        {
            return mention;
        }

        var k = ms + 1;
        if (k + 1 < me && !phrases.IsDefiniteAt(ms) && phrases.IsDefiniteAt(k) && lexicon.IsOrgHead(text.Key(k)))
        {
            // «بيانات الإدارة العامة للجمارك»: the organisation in construct with an indefinite document issued it.
            return (k, me);
        }

        if (k < me && text.IsWord(k) && lexicon.RelativePronouns.Contains(text.Key(k)))
        {
            k++;
        }

        // «بحسب بيان صادر عن الرئاسة»: the issuer after صادر عن speaks, not the document.
        if (lexicon.IssuerPhraseAt(text, k) is var words and > 0 && k + words < me && phrases.ParseEnd(k + words) is var end && end > k + words)
        {
            return (k + words, Math.Min(me, end));
        }

        return IssuedAt(k) is var issuer and > 0 && k + 1 < me ? (k + 1, Math.Min(me, issuer)) : mention;
    }

    /// <summary>«نشرت النقابة بيانا على موقعها جاء فيه …»: the subject between the clause's verb and the document
    /// noun a few words before the cue at <paramref name="cue"/>; else (-1, -1).</summary>
    private (int Start, int End) IssuerBeforeDocument(int cue)
    {
        var sentence = text.AfterDateline(text.SentenceStart(cue));
        for (var d = cue - 1; d > sentence && cue - d <= MaxDocumentToPronounWords; d--)
        {
            if (!text.IsWord(d))
            {
                return (-1, -1);
            }

            var key = QuoteLexicon.WithoutWaw(text.Key(d));
            if (!lexicon.DocumentHeads.Contains(key) && !(key.Length > 3 && key[^1] == 'ا' && lexicon.DocumentHeads.Contains(key[..^1])))
            {
                continue;
            }

            // The clause opens after a comma or at the sentence start; its first word is the verb.
            var verb = d - 1;
            while (verb > sentence && text.IsWord(verb - 1))
            {
                verb--;
            }

            var end = text.IsWord(verb) && d - verb > 1 ? Math.Min(phrases.ParseEnd(verb + 1), d) : -1;
            return end > verb + 1 && d - verb <= MaxIssuerWords ? (verb + 1, end) : (-1, -1);
        }

        return (-1, -1);
    }

    /// <summary>«وشدد البيان الختامي، المعروف بـ"إعلان المدينة"، على أن …»: the token after an apposition giving the
    /// subject ending at <paramref name="end"/> another name; its quoted name is no content. Else <paramref name="end"/>.</summary>
    private int AfterNamingApposition(int end)
    {
        if (!text.IsComma(end) || !text.IsWord(end + 1) || !lexicon.NamingParticiples.Contains(text.Key(end + 1)))
        {
            return end;
        }

        for (var k = end + 2; k < text.Count && k - end <= MaxNamingAppositionTokens && !text.IsSentenceEnd(k) && !text.ParagraphBreak(end, k); k++)
        {
            if (text.IsComma(k))
            {
                return text.IsWord(k + 1) ? k + 1 : end;
            }
        }

        return end;
    }

    /// <summary>The token after the issuer genitive at k of a document noun: a tagged name (بيان نادي ميلان، بيان لوزارة
    /// الصحة) or a definite noun with a glued لـ (بيان للوزارة) and its definite adjectives; else -1.</summary>
    private int GenitiveIssuerEnd(int k)
    {
        if (!text.IsWord(k) || text.ParagraphBreak(k - 1, k))
        {
            return -1;
        }

        if (text.AfterMentionAt(k) is var afterMention and > 0 && afterMention > k)
        {
            return afterMention;
        }

        if (!text.Key(k).StartsWith("لل", StringComparison.Ordinal))
        {
            return -1;
        }

        var m = k + 1;
        while (m < text.Count && phrases.IsDefiniteAt(m) && !lexicon.Complementizers.Contains(text.Key(m)))
        {
            m++;
        }

        return m;
    }

    /// <summary>The end of the issuer's noun phrase when token <paramref name="k"/> is an issuing verb (أصدرته
    /// الوزارة); else -1.</summary>
    private int IssuedAt(int k)
    {
        if (!text.IsWord(k) || !lexicon.IssuingVerbs.Contains(text.Key(k)))
        {
            return -1;
        }

        var end = phrases.ParseEnd(k + 1);
        return end > k + 1 ? end : -1;
    }

    /// <summary>The «عن» within a few words after <paramref name="from"/>, with only words between; else -1.</summary>
    private int RelayedFromAt(int from)
    {
        for (var k = from; k < from + 4 && text.IsWord(k) && !text.ParagraphBreak(from, k); k++)
        {
            if (text.Key(k) == "عن")
            {
                return k > from && phrases.ParseEnd(k + 1) > k + 1 ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>«نقلت الوكالة عن الوزير قوله إن ...»: the speaker is the one quoted, not the one relaying.</summary>
    private (int Start, int End) ReportedSource(CueFrame f)
    {
        if (f.Entry.Lemma != "نقل" || f.MentionEnd < 0)
        {
            return (f.MentionStart, f.MentionEnd);
        }

        for (var k = f.MentionEnd; k < f.ContentToken && k < text.Count; k++)
        {
            if (text.IsWord(k) && text.Key(k) == "عن")
            {
                var end = RelayedSpeakerEnd(k + 1);
                if (end > k + 1)
                {
                    return (k + 1, end);
                }
            }
        }

        return (f.MentionStart, f.MentionEnd);
    }

    /// <summary>The report noun right after the speaker relayed by «عن» at <paramref name="relayedFrom"/> («عن الوزير
    /// دعوته المواطنين إلى …») and where its text starts (after an adverb) when a noun phrase or quotation, not a complementizer, follows it; else -1.</summary>
    private (int Noun, int Content) RelayedReportNoun(int relayedFrom)
    {
        var noun = RelayedSpeakerEnd(relayedFrom + 1);
        if (noun <= relayedFrom + 1 || !IsOwnReportNoun(noun))
        {
            return (-1, -1);
        }

        // «عن فلان قوله أيضا "…"»: an adverb after the noun is neither cue nor text.
        var content = noun + 1;
        while (text.IsWord(content) && lexicon.Adverbs.Contains(text.Key(content)))
        {
            content++;
        }

        if (text.ParagraphBreak(relayedFrom, content) || !(text.IsWord(content) || text.SpanOpeningAt(content) is { Closed: true }))
        {
            return (-1, -1);
        }

        var next = text.Key(content);
        return lexicon.Complementizers.Contains(next) || lexicon.Cue(next, out _) is not null ? (-1, -1) : (noun, content);
    }

    /// <summary>Where the speaker relayed after «عن» ends: at the speaker's own report noun («عن المدير تأكيده أن …»،
    /// «عن المبعوث دعوته الطرفين إلى …»), which with its object is no part of the speaker; else where the phrase ends.</summary>
    private int RelayedSpeakerEnd(int start)
    {
        var end = phrases.ParseEnd(start);
        for (var m = start + 1; m <= end && m < text.Count; m++)
        {
            if (IsOwnReportNoun(m))
            {
                return m;
            }
        }

        return end;
    }

    /// <summary>قوله، تأكيده، دعوتها: a report or stance noun with a possessive pronoun, the relayed speaker's words.</summary>
    private bool IsOwnReportNoun(int k)
    {
        if (!text.IsWord(k))
        {
            return false;
        }

        var key = QuoteLexicon.WithoutWaw(text.Key(k));
        if (lexicon.IsPossessiveOf(key, "قول"))
        {
            return true;
        }

        foreach (var stance in lexicon.StanceNouns)
        {
            if (lexicon.IsPossessiveOf(key, stance))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a reported clause starting at token <paramref name="from"/> ends (an offset): the sentence end,
    /// a following quotation's clause, a coordinated non-reporting verb after a comma, or «وفق قوله».</summary>
    private int ClauseEnd(int from)
    {
        var k = from;
        while (k < text.Count)
        {
            if (k > from && text.ParagraphBreak(from, k))
            {
                break;
            }

            if (text.SpanOpeningAt(k) is { } span)
            {
                if (!span.Closed)
                {
                    return span.InnerEnd;
                }

                k = text.TokenAt(span.CloseMark) + 1;
                continue;
            }

            if (text.IsSentenceEnd(k) || (k > from && clauseStarts.Contains(k)))
            {
                break;
            }

            if (text.IsWord(k) && IsSourceEnd(k))
            {
                break;
            }

            if (text.IsComma(k) && text.IsWord(k + 1)
                && (lexicon.IsClauseBreak(text.Key(k + 1)) || IsParticipleCue(k + 1) || (lexicon.MayStartSource(text.Key(k + 1)) && IsSourcePhrase(k + 1) >= 0)
                    || (IsClauseEndPhrase(k + 1) && !SourceEndLater(k + 1)) || ContrastBeforeReport(k + 1)))
            {
                break;
            }

            k++;
        }

        // Trim trailing commas, connectors and spaces back to the last word of the clause.
        var last = k - 1;
        while (last > from && (text.IsComma(last) || (text.IsWord(last) && lexicon.Connectors.Contains(text.Key(last))) || IsTrailingPunct(last)))
        {
            last--;
        }

        return last >= from ? text[last].End : text[from].Start;
    }

    /// <summary>«...، نافيا ما تردد …»، «...، ومشيرا إلى …»: a participle cue after a comma is the speaker's next report,
    /// whether or not it frames a content of its own; the clause before it ends.</summary>
    private bool IsParticipleCue(int k) => lexicon.Cue(text.Key(k), out _) is { Kind: CueKind.Participle };

    /// <summary>«...، وهي خطوة ستغير السوق، على حد قوله»: a source end later in the sentence says the words up to it
    /// are still the speaker's, so an adjunct or comment opener before it does not end the clause.</summary>
    private bool SourceEndLater(int k)
    {
        for (var j = k; j < text.Count && !text.IsSentenceEnd(j) && !text.ParagraphBreak(k, j); j++)
        {
            if (text.SpanOpeningAt(j) is { Closed: true } span)
            {
                j = text.TokenAt(span.CloseMark);
                continue;
            }

            if (text.IsWord(j) && IsSourceEnd(j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«...، في حين أكدت مصادر أن ...»: a contrast word right before a reporting verb that has a frame of its own.</summary>
    private bool ContrastBeforeReport(int k)
    {
        foreach (var phrase in lexicon.ContrastPhrases)
        {
            if (text.Matches(k, phrase) && clauseStarts.Contains(k + phrase.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«...، في ختام جولة ...»، «...، بعد أن أجرت ...»: an adjunct of the reporting event, not reported words.</summary>
    private bool IsClauseEndPhrase(int k) => text.PhraseAt(k, lexicon.ClauseEndPhrases) > 0;

    private bool IsTrailingPunct(int k) => !text.IsWord(k) && text.Body[text[k].Start] is '-' or '–' or ';' or '؛' or ':';

    private int TrimEnd(int start, int end)
    {
        var e = end;
        while (e > start && (char.IsWhiteSpace(text.Body[e - 1]) || text.Body[e - 1] is '،' or ',' or '.'))
        {
            e--;
        }

        return e;
    }

    private bool IsSourceEnd(int k) => text.PhraseAt(k, lexicon.SourceEnds) > 0;

    /// <summary>The length in tokens of the source phrase (بحسب، وفق، نقلا عن) at token k, or -1.</summary>
    private int IsSourcePhrase(int k)
    {
        var length = IsSourceEnd(k) ? 0 : text.PhraseAt(k, lexicon.SourcePhrases);
        return length > 0 ? length : -1;
    }

    /// <summary>A clause-initial word with the conjunction و glued to a verb or a definite noun (وستنطلق، وتراجعت،
    /// والحكومة): the clause starts after the و.</summary>
    private bool ConjunctionGlued(int k)
    {
        var raw = text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start);
        if (raw.Length < 5 || raw[0] != 'و')
        {
            return false;
        }

        // «وانقطعت»، «واستمرت»: a derived verb form starting with ا after the و.
        return raw[1] is 'س' or 'ت' or 'ي' or 'ن' || (raw[1] == 'ا' && raw[2] is 'ل' or 'ن' or 'س' or 'ت' && raw.Length >= 6);
    }

    /// <summary>«وقتل 12 شخصا ...، بحسب سكان»: a sentence-initial و before a word that is not a name, role or
    /// organisation written with و (واشنطن، وزارة، وزير) is the conjunction.</summary>
    private bool LeadingWaw(int k)
    {
        var raw = text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start);
        var key = text.Key(k);
        return raw.Length >= 4 && raw[0] == 'و' && raw[1] != 'ا' && raw[1] != 'و' && !lexicon.IsRoleHead(key) && !lexicon.IsOrgHead(key)
               && !lexicon.IsRoleHead(key[1..]) && !lexicon.ProcliticLookalikes.Contains(key);
    }

    private bool HasQuotedFragment(int start, int end)
    {
        foreach (var span in text.Spans)
        {
            if (span.OpenMark >= start && span.OuterEnd <= end && span.Depth == 0 && !IsNameQuote(span, afterword: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«...، وفق ما أعلنته الهيئة، اليوم الاثنين.»، «...، بحسب الوزارة، مشيرة إلى أن …»: after a closing
    /// source only a time of the report, the sentence's end or the source's next report (a participle cue) follow, so
    /// the words before the source are its report.</summary>
    /// <summary>«وفق ما أعلنته الوزارة في بيان رسمي»: where an occasion (a preposition before an adjunct head of
    /// adjunct-heads.txt) starts inside the source phrase [start, end), which ends the source there; else end.</summary>
    private int BeforeOccasion(int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            // «ممثل عن المؤتمر الوطني»: the body a role represents is no occasion, whatever its head.
            if (text.IsWord(k) && text.IsWord(k + 1) && lexicon.IsStop(text.Key(k)) && phrases.IsAdjunctHead(text.Key(k + 1))
                && !(lexicon.RepresentationPrepositions.Contains(text.Key(k)) && text.IsWord(k - 1) && lexicon.IsRoleHead(text.Key(k - 1))))
            {
                return k;
            }
        }

        return end;
    }

    private bool OnlyTimeOrReportAfter(int comma, int from)
    {
        const int maxTimeWords = 3;
        if (!text.IsComma(comma))
        {
            return false;
        }

        var m = comma + 1;
        if (text.IsWord(m) && lexicon.TimeAdjuncts.Contains(text.Key(m)))
        {
            while (m < text.Count && text.IsWord(m) && m - comma <= maxTimeWords)
            {
                m++;
            }

            if (m >= text.Count || text.IsSentenceEnd(m) || text.ParagraphBreak(from, m))
            {
                return true;
            }

            if (!text.IsComma(m))
            {
                return false;
            }

            m++;
        }

        return text.IsWord(m) && !text.ParagraphBreak(from, m) && IsParticipleCue(m);
    }

    /// <summary>Where the source's noun phrase starts: after «ما أفادت به» in «حسب ما أفادت به مصادر محلية».</summary>
    private int SourceNounStart(int k, bool verbWithPronoun)
    {
        if (text.IsWord(k) && lexicon.SourceRelatives.Contains(text.Key(k)))
        {
            k++;
        }

        // «بحسب ما أعلنته الوزارة»: the verb may carry the relative's pronoun itself.
        if (text.IsWord(k) && (lexicon.Cue(text.Key(k), out _) is not null || (verbWithPronoun && lexicon.IsVerbCueWithObject(text.Key(k)))))
        {
            k++;
            if (text.IsWord(k) && lexicon.ResumptivePronouns.Contains(text.Key(k)))
            {
                k++;
            }
        }

        return k;
    }

    /// <summary>«وفقا لأرقام الجمارك»: the ل glued to the source is the preposition of وفقا, not part of the speaker (1 char).</summary>
    private int GluedLam(int head, int np)
    {
        var headKey = text.Key(head);
        if (!lexicon.LamObjectSources.Any(source => headKey.Contains(source, StringComparison.Ordinal)) || !text.IsWord(np))
        {
            return 0;
        }

        var raw = text.Body.AsSpan(text[np].Start, text[np].End - text[np].Start);
        return raw.Length > 3 && raw[0] == 'ل' && raw[1] != 'ل' ? 1 : 0;
    }

    /// <summary>«وبحسب مصدر طلب عدم ذكر اسمه، فإن …»: the unnamed source's own relative clause runs to its comma; the
    /// reported clause starts there. Returns <paramref name="k"/> when no such clause opens at it.</summary>
    private int SkipAnonymityClause(int k)
    {
        if (!text.IsWord(k) || !lexicon.AnonymousClauseOpeners.Contains(text.Key(k)))
        {
            return k;
        }

        for (var j = k + 1; j < text.Count && j - k <= 8 && !text.ParagraphBreak(k, j); j++)
        {
            if (text.IsComma(j))
            {
                return j;
            }

            if (!text.IsWord(j))
            {
                break;
            }
        }

        return k;
    }

    /// <summary>Clauses attributed by a source phrase: «...، بحسب مسؤول أميركي.» and «وبحسب المصدر، فإن ...».</summary>
    /// <summary>Whether the sentence has a cue frame of its own, other than a participle after the source at
    /// <paramref name="source"/>. A method, not a lambda: the lambda's captured sentence cost a closure per token.</summary>
    private bool HasCueOfItsOwn(List<CueFrame> frames, int sentence, int source)
    {
        foreach (var f in frames)
        {
            if (text.SentenceStart(f.Cue) == sentence && !(f.Cue > source && IsParticipleCue(f.Cue)))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<QuoteCandidate> SourceQuotes(List<CueFrame> frames)
    {
        var attributed = new HashSet<int>();
        for (var i = 0; i < text.Count; i++)
        {
            if (!text.IsWord(i) || !lexicon.MayStartSource(text.Key(i)))
            {
                continue;
            }

            var len = IsSourcePhrase(i);
            if (len < 0 || text.InsideQuote(text[i].Start))
            {
                continue;
            }

            var sentence = text.SentenceStart(i);
            // A participle after the source («...، وفق الهيئة، مشيرة إلى أن …») is the source's next report, not a speaker
            // of its own.
            if (HasCueOfItsOwn(frames, sentence, i) || !attributed.Add(sentence))
            {
                // One source per sentence: «وبحسب بيان ...، فإن التحضيرات تسير وفق الجدول» has its source already.
                continue;
            }

            var npStart = SourceNounStart(i + len, verbWithPronoun: true);
            var npEnd = phrases.ParseEnd(npStart);
            if (npEnd <= npStart)
            {
                continue;
            }

            // «بحسب أرقام نقلتها صحيفة "غارديان"، فإن ...»: a short quoted name closes the source.
            if (text.SpanOpeningAt(npEnd) is { Closed: true } named && text.WordCount(named.InnerStart, named.InnerEnd) <= 3)
            {
                npEnd = text.TokenAt(named.CloseMark) + 1;
            }

            // The source's own modifiers (مصدر مسؤول بالوزارة، بيان للديوان الملكي) run to the comma or sentence end.
            var stretch = npEnd;
            while (stretch < text.Count && stretch - npEnd < 4 && text.IsWord(stretch) && !text.ParagraphBreak(npStart, stretch)
                   && !lexicon.Complementizers.Contains(text.Key(stretch)) && !lexicon.AnonymousClauseOpeners.Contains(text.Key(stretch)) && lexicon.Cue(text.Key(stretch), out _) is null)
            {
                stretch++;
            }

            if (stretch >= text.Count || text.IsSentenceEnd(stretch) || text.IsComma(stretch) || text.ParagraphBreak(npStart, stretch)
                || (text.IsWord(stretch) && lexicon.Complementizers.Contains(text.Key(stretch))))
            {
                npEnd = stretch;
            }

            var head = lexicon.SourcePhrases.First(p => text.Matches(i, p))[0];
            var prefix = text.Key(i) != head ? 1 : 0;
            var cueText = text.Body[(text[i].Start + prefix)..text[i].End];
            var entry = new CueEntry(cueText, CueKind.Source, false, false, false, false, []);
            var atEnd = npEnd >= text.Count || text.IsSentenceEnd(npEnd) || text.ParagraphBreak(npStart, npEnd) || OnlyTimeOrReportAfter(npEnd, npStart);
            if (atEnd)
            {
                var s = text.AfterDateline(sentence);
                while (s < i && (text.IsComma(s) || (text.IsWord(s) && lexicon.Connectors.Contains(text.Key(s)))))
                {
                    s++;
                }

                // «من جهة أخرى، انطلقت ...»، «وفي حادث منفصل، قتل ...»: a leading adverbial phrase is not the source's words.
                if (text.IsWord(s) && lexicon.OpenerPrepositions.Contains(QuoteLexicon.WithoutWaw(text.Key(s))))
                {
                    for (var o = s + 1; o < i - 2 && o <= s + 4; o++)
                    {
                        if (text.IsComma(o))
                        {
                            s = o + 1;
                            break;
                        }

                        if (!text.IsWord(o))
                        {
                            break;
                        }
                    }
                }

                var e = i - 1;
                while (e > s && text.IsComma(e))
                {
                    e--;
                }

                if (e - s >= 2)
                {
                    var frame = new CueFrame(i, cueText, entry, npStart, BeforeOccasion(npStart, npEnd), s, ContentMode.NounPhrase, s, null, GluedLam(i, npStart));
                    var start = text[s].Start + (ConjunctionGlued(s) || LeadingWaw(s) ? 1 : 0);
                    var end = text[e].End;
                    yield return Candidate(frame, HasQuotedFragment(start, end) ? QuoteKind.Mixed : QuoteKind.Indirect, start, end);
                }

                continue;
            }

            var onlyConnectorsBefore = true;
            for (var k = sentence; k < i; k++)
            {
                onlyConnectorsBefore &= text.IsWord(k) && lexicon.Connectors.Contains(text.Key(k));
            }

            if (!onlyConnectorsBefore)
            {
                continue;
            }

            var c = SkipAnonymityClause(npEnd);
            if (text.IsComma(c))
            {
                c++;
            }

            if (text.IsWord(c) && lexicon.Complementizers.Contains(text.Key(c)))
            {
                c++;
            }

            if (text.IsWord(c) || text.SpanOpeningAt(c) is not null)
            {
                var frame = new CueFrame(i, cueText, entry, npStart, npEnd, sentence, ContentMode.Complementizer, c, null, GluedLam(i, npStart));
                if (Content(frame) is { } q)
                {
                    yield return q;
                }
            }
        }
    }
}
