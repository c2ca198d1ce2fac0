using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Quotes;

/// <summary>
/// Turns speaker phrases into speakers: the linked entity when the linker knows the phrase; otherwise the name in
/// the phrase (titles trimmed), a short name expanded to the full name met earlier (كيري → جون كيري), a role-only
/// phrase resolved to the person last named with that role (الوزير الأميركي → جون كيري), or the phrase itself
/// (مسؤول أميركي). Quotes with no phrase inherit the last speaker with an empty mention.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly QuoteText text;
    private readonly QuoteLexicon lexicon;
    private readonly SpeakerPhrase phrases;
    private readonly ImmutableArray<Entity> entities;
    private readonly List<KnownPerson> people = [];
    private const int MaxRoleWordsBeforeName = 5;
    private Speaker? lastSpeaker;

    public SpeakerResolver(QuoteText text, QuoteLexicon lexicon, SpeakerPhrase phrases, ImmutableArray<Entity> entities)
    {
        this.text = text;
        this.lexicon = lexicon;
        this.phrases = phrases;
        // «وطالب بن ماضي»: a name the tagger opened with a reporting verb is a tagging slip, never a speaker's name.
        this.entities = entities.IsDefault ? [] : [.. entities.Where(e => !OpensWithCue(e.Name))];
        FindPeople();
    }

    public ImmutableArray<Quote> Resolve(ImmutableArray<QuoteCandidate> candidates)
    {
        var quotes = ImmutableArray.CreateBuilder<Quote>(candidates.Length);
        Speaker? last = null;
        var lastSentence = -1;
        foreach (var c in candidates.OrderBy(c => c.CueToken))
        {
            if (c.TextEnd <= c.TextStart || string.IsNullOrWhiteSpace(text.Body[c.TextStart..c.TextEnd]))
            {
                continue;
            }

            var sentence = text.SentenceStart(c.CueToken);
            Speaker? speaker;
            if (c.HasMention && last is not null && c.MentionEnd == c.MentionStart + 1 && IsDocumentBackReference(c.MentionStart))
            {
                // «وبحسب البيان، فإن ...»: the statement just named speaks for whoever issued it, the last speaker; the
                // document word is how the text names that source (the Unseen7 gold's mention «البيان»).
                var doc = text[c.MentionStart];
                speaker = last with { Mention = text.Body[doc.Start..doc.End], MentionStart = doc.Start, MentionEnd = doc.End };
            }
            else if (c.FixedSpeaker is not null && c.HasMention)
            {
                // A country named by a nationality word: the linker's entity of that name, when the article has one.
                var country = entities.FirstOrDefault(e => e.Name == c.FixedSpeaker);
                speaker = Named(c.FixedSpeaker, country?.Id, c.MentionStart, c.MentionEnd);
            }
            else if (c.HasMention)
            {
                speaker = WithoutGluedPreposition(FromPhrase(c.MentionStart, c.MentionEnd), c.MentionSkip);
            }
            else if (last is not null && c.CueKind == CueKind.Participle && sentence != lastSentence && NameInSentence(last, sentence, c.CueToken) is { } at)
            {
                // «وخاطب كيري ... قائلا»: the participle's subject is written earlier in the sentence.
                speaker = last with { Mention = text.TextOf(at, at + 1), MentionStart = text[at].Start, MentionEnd = text[at].End };
            }
            else
            {
                speaker = last is null ? null : last with { Mention = string.Empty, MentionStart = null, MentionEnd = null };
            }

            if (speaker is null)
            {
                continue;
            }

            last = speaker;
            lastSpeaker = speaker;
            lastSentence = sentence;
            var body = text.Body;
            quotes.Add(new Quote(speaker with { Name = ArticleSpelling(speaker) }, c.Cue, c.Kind, body[c.TextStart..c.TextEnd], c.TextStart, c.TextEnd));
        }

        return [.. quotes.OrderBy(q => q.Start)];
    }

    /// <summary>«أنغيلا ميركل» for the knowledge base's «أنجيلا ميركل», «محمد سنوسي باركيندو» for «محمد باركيندو»: a known
    /// person whose name as given is written nowhere in the article is named as the article spells them, by the fullest
    /// mention that shares the name's first or last word (titles dropped); the gold names people as the article writes
    /// them.</summary>
    private string ArticleSpelling(Speaker speaker)
    {
        if (speaker.EntityId is not { } id || Linking.ProvisionalId.IsProvisional(id) || text.Body.Contains(speaker.Name, StringComparison.Ordinal)
            || entities.FirstOrDefault(e => e.Id == id) is not { Type: EntityType.PERS } person)
        {
            return speaker.Name;
        }

        var given = ArabicKey.Words(speaker.Name);
        if (given.Length == 0)
        {
            return speaker.Name;
        }

        var best = speaker.Name;
        var bestWords = 1;
        foreach (var m in person.Mentions)
        {
            var from = text.TokenAt(m.Start);
            var to = from;
            while (to < text.Count && text[to].Start < m.End)
            {
                to++;
            }

            while (from < to - 1 && text.IsWord(from) && lexicon.IsRoleHead(text.Key(from)))
            {
                from++;
            }

            if (to - from > bestWords && text.IsWord(from) && text.IsWord(to - 1)
                && (text.Key(from) == given[0] || text.Key(to - 1) == given[^1]))
            {
                best = text.TextOf(from, to);
                bestWords = to - from;
            }
        }

        return best;
    }

    private Speaker WithoutGluedPreposition(Speaker speaker, int skip)
    {
        if (skip <= 0 || speaker.MentionStart is not { } ms || speaker.MentionEnd is not { } me || ms + skip >= me)
        {
            return speaker;
        }

        var mention = text.Body[(ms + skip)..me];
        var name = speaker.EntityId is null && speaker.Name == speaker.Mention ? mention : speaker.Name;
        return speaker with { Name = name, Mention = mention, MentionStart = ms + skip };
    }

    private Speaker FromPhrase(int start, int end)
    {
        if (JointSpeaker(start, end) is { } joint)
        {
            return joint;
        }

        // «وأكد الوزيران»: a dual role speaks for the two people named last.
        if (end == start + 1 && DualOfRole(start) && LastTwoPeople(text[start].Start) is { } pair)
        {
            return Named(pair, null, start, end);
        }

        // «مصادر طبية في أم درمان»: an unnamed source is the phrase itself, not a name or place inside it.
        if (IsUnnamedSource(start, end))
        {
            return Named(text.TextOf(start, LocativeTailStart(start, end)), null, start, end);
        }

        // «"إعلان المنامة" الذي دعا …»: a whole quoted name speaks as written, not a place the linker finds inside it.
        var quotedWhole = start > 0 && text.SpanOpeningAt(start - 1) is { Closed: true } quoted && text.TokenAt(quoted.CloseMark) == end;
        if (quotedWhole && !(LinkedEntity(start, end) is { } whole && Covers(whole, start, end)))
        {
            return Named(text.TextOf(start, end), null, start, end);
        }

        var (ns, ne) = phrases.NamePart(start, end);
        var mentionStart = start;
        var linked = LinkedEntity(ns < ne ? ns : start, ns < ne ? ne : end);
        if (ns > start && ns < ne && linked is { Type: not EntityType.PERS } && text.IsWord(start) && lexicon.IsRoleHead(text.Key(start))
            && Covers(linked, ns, ne) && !lexicon.FirstNames.Contains(text.Key(ns)))
        {
            // «مفتي جمهورية القمر المتحدة»، «مسؤول في هيئة الموانئ»: a role whose genitive is a country or an organisation,
            // with no person's name after it, is an unnamed official; the country or organisation does not speak.
            ns = ne;
            linked = null;
        }
        else if (ns == ne && end - start >= 2 && linked is { Type: not EntityType.PERS } && text.IsWord(start) && lexicon.IsRoleHead(text.Key(start))
                 && !lexicon.IsOrgHead(text.Key(start)) && linked.Mentions.Any(m => m.Start > text[start].End && m.End == text[end - 1].End))
        {
            // «مفتي جمهورية القمر المتحدة» with no name at all, the country or body closing the phrase as its genitive:
            // the same unnamed official, or the person named earlier in that role; never the country.
            linked = null;
        }

        if (linked is not null)
        {
            var linkedName = ns < ne && Linking.ProvisionalId.IsProvisional(linked.Id) ? TaggedName(linked.Name, ns, ne)
                : linked.Type == EntityType.PERS ? WithoutTitle(linked.Name) : linked.Name;
            return Named(ns < ne ? AsWritten(linkedName, ns, ne) : linkedName, linked.Id, start, end);
        }

        if (ns < ne)
        {
            var name = text.TextOf(ns, ne);
            var keys = Keys(ns, ne);
            // A person the linker knows comes first: «محافظ حضرموت مبخوت بن ماضي» is «مبخوت بن ماضي», not the place too.
            var full = people.Where(p => p.NameKeys.Length > keys.Length && EndsWith(p.NameKeys, keys))
                .OrderByDescending(p => p.EntityId is not null)
                .ThenByDescending(p => p.NameKeys.Length)
                .FirstOrDefault();
            if (full is not null)
            {
                var known = full.EntityId is null ? null : entities.FirstOrDefault(e => e.Id == full.EntityId);
                return Named(known?.Name ?? full.Name, full.EntityId, start, end);
            }

            var speaker = Named(name, null, mentionStart, end);
            if (ns > start)
            {
                people.Add(new KnownPerson(text[start].Start, phrases.RoleKeys(start, ns), name, keys, null));
            }

            return speaker;
        }

        // A role without a name: the person last named with these role words.
        var roles = phrases.RoleKeys(start, end);
        var match = people.Where(p => p.Position < text[start].Start && roles.IsSubsetOf(p.Roles)).MaxBy(p => p.Position);
        if (match is not null)
        {
            people.Add(match with { Position = text[start].Start });
            return Named(match.Name, match.EntityId, start, end);
        }

        // «المسؤول الإسباني»: the person last named with a role of the same nationality (رئيس الدبلوماسية الإسبانية).
        if (SameNationalityPerson(start, end) is { } person)
        {
            return Named(person.Name, person.Id, start, end);
        }

        // «وقال المدرب الأرجنتيني إن …» after «تابع كريسبو»: a role described by its holder's nationality, when no one
        // was named with that role or nationality, refers back to the person who spoke last; a bare role («المتحدث
        // الرسمي») may be someone else.
        if (IsRoleWithNationality(start, end) && lastSpeaker is { EntityId: { } lastId } && entities.FirstOrDefault(e => e.Id == lastId) is { Type: EntityType.PERS } spoke
            && !IsDescribedOtherwise(lastSpeaker, spoke, start, text[start].Start))
        {
            return Named(lastSpeaker.Name, lastId, start, end);
        }

        return Named(Trimmed(start, end), null, start, end);
    }

    /// <summary>«المدرب الأرجنتيني»: a role head with the article and a nationality word after it, nothing else.</summary>
    private bool IsRoleWithNationality(int start, int end) =>
        end - start == 2 && text.IsWord(start) && text.IsWord(start + 1) && lexicon.IsRoleHead(text.Key(start)) && !lexicon.IsOrgHead(text.Key(start))
        && QuoteLexicon.WithoutWaw(text.Key(start)).StartsWith("ال", StringComparison.Ordinal)
        && lexicon.NationalityAdjectives.ContainsKey(text.Key(start + 1));

    /// <summary>Whether the person was described, before <paramref name="before"/>, with a nationality other than the one
    /// after the role at <paramref name="role"/> («وزير الخارجية المصري سامح شكري» is not «الوزير السوداني»), or only with
    /// other roles where he last spoke («لاعب الوسط فلان» is not «المدرب الأرجنتيني»).</summary>
    private bool IsDescribedOtherwise(Speaker speaker, Entity person, int role, int before)
    {
        var country = lexicon.NationalityAdjectives[text.Key(role + 1)];
        var roleWord = QuoteLexicon.WithoutArticle(text.Key(role));
        bool otherRole = false, sameRole = false;
        var spans = person.Mentions.Where(m => m.End <= before).Select(m => (m.Start, m.End)).ToList();
        if (speaker is { MentionStart: { } ms, MentionEnd: { } me })
        {
            spans.Add((ms, me));
        }

        foreach (var (from, to) in spans)
        {
            // The mention and the role words written just before it in its sentence.
            var first = text.TokenAt(from);
            var sentence = text.SentenceStart(first);
            for (var k = Math.Max(sentence, first - MaxRoleWordsBeforeName); k < text.Count && text[k].Start < to; k++)
            {
                if (text.IsWord(k) && lexicon.NationalityAdjectives.TryGetValue(text.Key(k), out var other) && other != country)
                {
                    return true;
                }

            }
        }

        // The roles the last speaker was given where he spoke («قال لاعب الوسط فلان»); words around other mentions may
        // be anything (المؤتمر الصحفي).
        if (speaker is { MentionStart: { } start, MentionEnd: { } end })
        {
            for (var k = text.TokenAt(start); k < text.Count && text[k].Start < end; k++)
            {
                if (text.IsWord(k) && lexicon.IsRoleHead(text.Key(k)) && !lexicon.IsOrgHead(text.Key(k)))
                {
                    var same = QuoteLexicon.WithoutArticle(text.Key(k)) == roleWord;
                    (sameRole, otherRole) = (sameRole || same, otherRole || !same);
                }
            }
        }

        return otherRole && !sameRole;
    }

    /// <summary>The person entity whose latest mention before the phrase carries a nationality word of the same country
    /// as the phrase, or null when the phrase has none.</summary>
    private Entity? SameNationalityPerson(int start, int end)
    {
        // Only the bare, definite «role + nationality» (المسؤول الإسباني، الوزير الأمريكي): a longer phrase says more,
        // and an indefinite one (مسؤول أميركي) is an anonymous source.
        if (end - start != 2 || !text.IsWord(start) || !text.IsWord(start + 1) || !lexicon.IsRoleHead(text.Key(start))
            || !QuoteLexicon.WithoutWaw(text.Key(start)).StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }

        string? country = null;
        for (var k = start; k < end && country is null; k++)
        {
            if (text.IsWord(k) && lexicon.Demonyms.TryGetValue(QuoteLexicon.WithoutArticle(text.Key(k)), out var c))
            {
                country = c;
            }
        }

        if (country is null)
        {
            return null;
        }

        Entity? best = null;
        var bestAt = -1;
        var before = text[start].Start;
        foreach (var entity in entities)
        {
            if (entity.Type != EntityType.PERS)
            {
                continue;
            }

            foreach (var m in entity.Mentions)
            {
                if (m.End <= before && m.Start > bestAt && MentionOfCountry(m.Start, m.End, country))
                {
                    best = entity;
                    bestAt = m.Start;
                }
            }
        }

        return best;
    }

    private bool MentionOfCountry(int from, int to, string country)
    {
        for (var k = text.TokenAt(from); k < text.Count && text[k].Start < to; k++)
        {
            if (text.IsWord(k) && lexicon.Demonyms.TryGetValue(QuoteLexicon.WithoutArticle(text.Key(k)), out var c) && c == country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name as the article writes it when the linker's name differs only by spacing or a leading title or
    /// organisation word («عبدالله بن زايد» for «الشيخ عبد الله بن زايد», «الخارجية الأميركية» for «وزارة الخارجية
    /// الأميركية»); otherwise the linker's canonical name.</summary>
    /// <summary>«الشيخ أحمد نواف الأحمد الصباح»: a person's canonical name opening with a title (a definite role word
    /// before a plain given name) is the name without it; the gold names people without titles.</summary>
    private string WithoutTitle(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return name;
        }

        var first = ArabicKey.Of(words[0]);
        var second = ArabicKey.Of(words[1]);
        return first.StartsWith("ال", StringComparison.Ordinal) && lexicon.IsRoleHead(first)
               && !second.StartsWith("ال", StringComparison.Ordinal) && !lexicon.IsRoleHead(second) && !lexicon.IsOnBehalf(second)
            ? name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..]
            : name;
    }

    /// <summary>An unknown name is only what the tagger marked, which may stop inside the name («فهد آل» for «فهد آل
    /// الشيخ») or start on a role's word («باسمه كريم الفارس»); the phrase's own name part, when it starts or ends the
    /// tagged name, is the name.</summary>
    private string TaggedName(string tagged, int ns, int ne)
    {
        var taggedWords = ArabicKey.Words(tagged);
        var writtenWords = ArabicKey.Words(text.TextOf(ns, ne));
        var startsTagged = writtenWords.Length > taggedWords.Length && writtenWords.AsSpan(0, taggedWords.Length).SequenceEqual(taggedWords);
        // Only a role's word before the name, never a given name the phrase left out («نصر الله» of «إبراهيم نصر الله»).
        var endsTagged = writtenWords.Length < taggedWords.Length && taggedWords.AsSpan(taggedWords.Length - writtenWords.Length).SequenceEqual(writtenWords)
                         && (lexicon.IsOnBehalfOfPronoun(taggedWords[0]) || (lexicon.IsRoleHead(taggedWords[0]) && !IsGivenNameBeforeFamily(taggedWords, writtenWords.Length)));
        return startsTagged || endsTagged ? text.TextOf(ns, ne) : tagged;
    }

    /// <summary>«رائد أبو السعود» tagged, «أبو السعود» written: a bare word that is a rank (الرائد) but also a given name,
    /// one word before the family name the phrase wrote, is the person's given name, not a title to drop.</summary>
    private bool IsGivenNameBeforeFamily(string[] taggedWords, int writtenCount) =>
        taggedWords.Length == writtenCount + 1 && !taggedWords[0].StartsWith("ال", StringComparison.Ordinal) && lexicon.FirstNames.Contains(taggedWords[0]);

    private string AsWritten(string canonical, int ns, int ne)
    {
        var written = text.TextOf(ns, ne);
        var words = ArabicKey.Words(canonical);
        var writtenWords = ArabicKey.Words(written);
        var from = 0;
        while (from < words.Length - 1 && (lexicon.IsRoleHead(words[from]) || lexicon.IsOrgHead(words[from])) && !IsGivenNameBeforeFamily(words, writtenWords.Length))
        {
            from++;
        }

        return string.Concat(words[from..]) == string.Concat(writtenWords) || IsFullerForm(words, writtenWords) || IsHyphenatedForm(words[from..], written)
            ? written
            : canonical;
    }

    /// <summary>«غراندي-مارلاسكا»، «جان-نويل» written for a canonical name that splits or stops at the hyphen: the
    /// article's hyphenated spelling is the name.</summary>
    private static bool IsHyphenatedForm(string[] canonical, string written)
    {
        if (canonical.Length == 0 || !written.Contains('-'))
        {
            return false;
        }

        var parts = ArabicKey.Words(written.Replace('-', ' '));
        return parts.Length >= canonical.Length && parts.AsSpan(0, canonical.Length).SequenceEqual(canonical);
    }

    /// <summary>«وزارة الخارجية وشؤون المغتربين الأردنية» written for the canonical «وزارة الخارجية الأردنية»: the same
    /// first and last word with more in between is the fuller form, which the article's own spelling keeps.</summary>
    private static bool IsFullerForm(string[] canonical, string[] written)
    {
        if (canonical.Length < 2 || written.Length <= canonical.Length || canonical[0] != written[0] || canonical[^1] != written[^1])
        {
            return false;
        }

        var w = 0;
        foreach (var word in canonical)
        {
            while (w < written.Length && written[w] != word)
            {
                w++;
            }

            if (w++ >= written.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>«الولايات المتحدة وقوات «قسد»»: two linked entities joined by و speak as one, named «A وB».</summary>
    private Speaker? JointSpeaker(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var raw = text.Body.AsSpan(text[k].Start, text[k].End - text[k].Start);
            if (!text.IsWord(k) || raw.Length < 3 || raw[0] != 'و' || text.IsComma(k - 1))
            {
                continue;
            }

            var first = LinkedEntity(start, k);
            var second = LinkedEntity(k, end, anyOverlap: true);
            if (first is not null && second is not null && first.Id != second.Id)
            {
                return Named(first.Name + " و" + second.Name, null, start, end);
            }
        }

        return null;
    }

    private Speaker Named(string name, string? id, int start, int end) =>
        new(name, id, text.TextOf(start, end)) { MentionStart = text[start].Start, MentionEnd = text[end - 1].End };

    /// <summary>«مصادر دبلوماسية في العاصمة الفرنسية»، «متحدثة باسم المنظمة في كينشاسا»: where a described unnamed source
    /// spoke is no part of its name. The token where that place's preposition stands, or <paramref name="end"/>; a place
    /// right after the bare head (مصرفي في مسقط) or an institution (مصدر طبي في مستشفى …) stays.</summary>
    private int LocativeTailStart(int start, int end)
    {
        for (var p = start + 2; p < end - 1; p++)
        {
            if (!text.IsWord(p) || !lexicon.LocativePrepositions.Contains(text.Key(p)))
            {
                continue;
            }

            var head = QuoteLexicon.WithoutArticle(text.Key(p + 1));
            var place = lexicon.PlaceHeads.Contains(head)
                        || (!lexicon.IsOrgHead(text.Key(p + 1)) && LinkedEntity(p + 1, end) is { Type: EntityType.LOC, Id: not null } loc && Covers(loc, p + 1, end));
            return place ? p : end;
        }

        return end;
    }

    /// <summary>The phrase without a bracketed alias at its end.</summary>
    private string Trimmed(int start, int end)
    {
        var (s, e) = phrases.NamePart(start, end);
        return lexicon.IsRoleHead(text.Key(start)) ? text.TextOf(start, end) : text.TextOf(s, e);
    }

    /// <summary>A document noun with the article standing alone (البيان، التقرير): it refers back to one just named.</summary>
    private bool IsDocumentBackReference(int k) =>
        text.IsWord(k) && QuoteLexicon.WithoutWaw(text.Key(k)).StartsWith("ال", StringComparison.Ordinal) && phrases.IsAdjunctHead(text.Key(k))
        && lexicon.AdjunctHeads.Contains(QuoteLexicon.WithoutArticle(text.Key(k)));

    /// <summary>A dual of a role noun with the article (الوزيران، الرئيسان).</summary>
    private bool DualOfRole(int k)
    {
        var key = QuoteLexicon.WithoutWaw(text.Key(k));
        return key.Length > 5 && key.StartsWith("ال", StringComparison.Ordinal) && key.EndsWith("ان", StringComparison.Ordinal)
               && lexicon.IsRoleHead(key[..^2]);
    }

    /// <summary>The two people the linker found whose latest mentions come last before <paramref name="before"/>,
    /// joined in the order they were first named; null when fewer than two.</summary>
    private string? LastTwoPeople(int before)
    {
        var latest = entities.Where(e => e.Type == EntityType.PERS)
            .Select(e => (Entity: e, Last: e.Mentions.Where(m => m.End <= before).Select(m => m.Start).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Take(2)
            .OrderBy(x => x.Entity.Mentions.Min(m => m.Start))
            .ToList();
        return latest.Count == 2 ? FullestWritten(latest[0].Entity) + " و" + FullestWritten(latest[1].Entity) : null;
    }

    /// <summary>A person's name as the article writes it in full (بدر بن حمد البوسعيدي), else the linker's name.</summary>
    private string FullestWritten(Entity person)
    {
        var best = person.Name;
        var family = person.Name[(person.Name.LastIndexOf(' ') + 1)..];
        foreach (var m in person.Mentions)
        {
            // Only a written form of the name itself (same family name), not a description (الوزير الإيراني).
            if (m.End - m.Start > best.Length && m.End <= text.Body.Length && text.Body.AsSpan(m.Start, m.End - m.Start).EndsWith(family, StringComparison.Ordinal))
            {
                best = text.Body[m.Start..m.End];
            }
        }

        return best;
    }

    private bool OpensWithCue(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && lexicon.Cue(ArabicKey.Of(name.AsSpan(0, space)), out _) is { Kind: CueKind.Verb };
    }

    /// <summary>Whether one mention of the entity spans the whole of tokens [start, end).</summary>
    private bool Covers(Entity entity, int start, int end)
    {
        foreach (var m in entity.Mentions)
        {
            if (m.Start <= text[start].Start && m.End >= text[end - 1].End)
            {
                return true;
            }
        }

        return false;
    }

    private Entity? LinkedEntity(int start, int end, bool anyOverlap = false)
    {
        if (entities.IsEmpty)
        {
            return null;
        }

        var from = text[start].Start;
        var to = text[end - 1].End;
        Entity? best = null;
        var bestOverlap = 0;
        foreach (var entity in entities)
        {
            foreach (var m in entity.Mentions)
            {
                var overlap = Math.Min(to, m.End) - Math.Max(from, m.Start);
                if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && best is not null && Rank(entity.Type) < Rank(best.Type)))
                {
                    best = entity;
                    bestOverlap = overlap;
                }
            }
        }

        // The entity must cover most of the name, not a country inside a role (وزير خارجية بلجيكا).
        return best is not null && (anyOverlap || bestOverlap * 2 >= to - from) ? best : null;
    }

    private static int Rank(EntityType type) => type switch
    {
        EntityType.PERS => 0,
        EntityType.ORG => 1,
        EntityType.LOC => 2,
        _ => 3,
    };

    private int? NameInSentence(Speaker last, int sentence, int cue)
    {
        var lastKey = ArabicKey.Words(last.Name).LastOrDefault();
        for (var k = sentence; k < cue && lastKey is not null; k++)
        {
            if (text.IsWord(k) && text.Key(k) == lastKey)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>People named with a role anywhere in the body: «role ... name» and «name، role».</summary>
    private void FindPeople()
    {
        var nameEnds = new Dictionary<int, KnownPerson>();
        for (var k = 0; k < text.Count; k++)
        {
            if (!text.IsWord(k) || !lexicon.IsRoleHead(text.Key(k)) || text.InsideQuote(text[k].Start)
                || (k > 0 && text.IsWord(k - 1) && lexicon.IsRoleHead(text.Key(k - 1))))
            {
                continue;
            }

            var end = phrases.ParseEnd(k);
            if (end <= k)
            {
                continue;
            }

            if (IsUnnamedSource(k, end))
            {
                // «مصدر دبلوماسي مطلع» then «وأشار المصدر»: an unnamed source is named by its whole phrase, never by a
                // word of it taken for a name, and «المصدر» refers back to it.
                people.Add(new KnownPerson(text[k].Start, phrases.RoleKeys(k, end), text.TextOf(k, LocativeTailStart(k, end)), Keys(k, end), null));
                continue;
            }

            var (ns, ne) = phrases.NamePart(k, end);
            if (ns < ne && ns > k && !IsPossessedNoun(ns, ne))
            {
                var person = new KnownPerson(text[k].Start, phrases.RoleKeys(k, ns), text.TextOf(ns, ne), Keys(ns, ne), LinkedEntity(ns, ne)?.Id);
                people.Add(person);
                nameEnds[ne] = person;
            }
            else if (ns == ne && PersonEndingAt(k, nameEnds) is { } named && !IsAfterNonReportingVerb(named))
            {
                // «ماجد الأنصاري مستشار رئيس الوزراء والمتحدث الرسمي للوزارة»: a role written after the name, with no
                // comma, is that person's too, so a later «المتحدث الرسمي» refers back to them.
                people.Add(named with { Position = text[k].Start, Roles = phrases.RoleKeys(k, end) });
            }
            else if (text.IsComma(end) && NameAfterComma(end + 1) is var after and > 0)
            {
                // «وزير الخارجية الأمريكي، أنتوني بلينكن،»
                people.Add(new KnownPerson(text[k].Start, phrases.RoleKeys(k, end), text.TextOf(end + 1, after), Keys(end + 1, after), LinkedEntity(end + 1, after)?.Id));
            }
            else if (text.IsComma(k - 1))
            {
                var s = k - 1;
                while (s - 1 >= 0 && k - 1 - s < 3 && text.IsWord(s - 1) && !text.ParagraphBreak(s - 1, k)
                       && !lexicon.IsStop(text.Key(s - 1)) && !lexicon.IsRoleHead(text.Key(s - 1)) && !text.Key(s - 1).StartsWith("ال", StringComparison.Ordinal)
                       && lexicon.Cue(text.Key(s - 1), out _) is null)
                {
                    s--;
                }

                if (s < k - 1)
                {
                    people.Add(new KnownPerson(text[s].Start, phrases.RoleKeys(k, end), text.TextOf(s, k - 1), Keys(s, k - 1), LinkedEntity(s, k - 1)?.Id));
                }
            }
        }
    }

    /// <summary>The person whose name ends right before token k: one found after a role (<paramref name="nameEnds"/>,
    /// by the token after the name) or a person the tagger marked; else null.</summary>
    private KnownPerson? PersonEndingAt(int k, Dictionary<int, KnownPerson> nameEnds)
    {
        if (k == 0 || !text.IsWord(k - 1))
        {
            return null;
        }

        if (nameEnds.TryGetValue(k, out var known))
        {
            return known;
        }

        var start = text.NameEndingAt(text[k - 1].End);
        if (start < 0)
        {
            return null;
        }

        var s = text.TokenAt(start);
        return s < k ? new KnownPerson(text[s].Start, [], text.TextOf(s, k), Keys(s, k), LinkedEntity(s, k)?.Id) : null;
    }

    /// <summary>«استقبل الرئيس فلان مستشار الأمن القومي»: after a verb that is no reporting cue (clause-breaks.txt) the
    /// role right after the subject's name is the verb's object, another person, not an apposition to the name.</summary>
    private bool IsAfterNonReportingVerb(KnownPerson person)
    {
        var first = text.TokenAt(person.Position);
        return first > 0 && text.IsWord(first - 1) && lexicon.IsClauseBreak(text.Key(first - 1));
    }

    /// <summary>«مدرب الفريق سعادته بالفوز»: one word with a possessive suffix that the tagger did not mark as a person
    /// is a noun of the sentence (his joy), not the name after a role.</summary>
    private bool IsPossessedNoun(int ns, int ne) =>
        ne - ns == 1 && text.IsWord(ns) && lexicon.HasPossessiveSuffix(text.Key(ns)) && text.AfterLastName(ns, ne) < 0;

    /// <summary>Whether the phrase opens with a head of an unnamed source (مصدر، مسؤولة …) and is not closed by a person
    /// the tagger marked: «مسؤولة السياسة الخارجية في الاتحاد كايا كالاس» is a role before a name.</summary>
    private bool IsUnnamedSource(int start, int end) =>
        text.IsWord(start) && lexicon.AnonymousHeads.Contains(QuoteLexicon.WithoutWaw(text.Key(start))) && !ClosedByName(start, end);

    /// <summary>Whether a head that is also a role (مسؤولة) is closed by a person the tagger marked, right after a word
    /// that is neither a preposition nor a role of its own, with no on-behalf word between: «مصدر مقرب من حفتر»، «مسؤول
    /// في مكتب الرئيس فلان» and «متحدث باسم رئيس الوزراء فلان» stay unnamed sources.</summary>
    private bool ClosedByName(int start, int end)
    {
        if (end - start < 3 || !text.IsWord(end - 1) || !lexicon.IsRoleHead(QuoteLexicon.WithoutWaw(text.Key(start))))
        {
            return false;
        }

        var from = text.NameEndingAt(text[end - 1].End);
        if (from < 0)
        {
            return false;
        }

        var name = text.TokenAt(from);
        return name > start + 1 && name < end && text.IsWord(name - 1) && !lexicon.IsStop(text.Key(name - 1))
               && !lexicon.IsRoleHead(text.Key(name - 1)) && !OnBehalfBetween(start, name);
    }

    /// <summary>«متحدث باسم رئيس الوزراء فلان»: after an on-behalf word the name is the genitive's, not the source's.</summary>
    private bool OnBehalfBetween(int start, int name)
    {
        for (var k = start + 1; k < name; k++)
        {
            if (text.IsWord(k) && lexicon.IsOnBehalf(text.Key(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One to three plain words closed by a comma or the sentence end: the end token, or -1.</summary>
    private int NameAfterComma(int from)
    {
        var k = from;
        while (k < text.Count && k - from < 3 && text.IsWord(k) && !text.Key(k).StartsWith("ال", StringComparison.Ordinal)
               && !lexicon.IsStop(text.Key(k)) && !lexicon.IsRoleHead(text.Key(k)) && lexicon.Cue(text.Key(k), out _) is null
               && !lexicon.Complementizers.Contains(text.Key(k)))
        {
            k++;
        }

        return k > from && (text.IsComma(k) || text.IsSentenceEnd(k)) ? k : -1;
    }

    private string[] Keys(int start, int end)
    {
        var keys = new List<string>();
        for (var k = start; k < end; k++)
        {
            if (text.IsWord(k))
            {
                keys.Add(text.Key(k));
            }
        }

        return [.. keys];
    }

    private static bool EndsWith(string[] full, string[] tail)
    {
        for (var i = 1; i <= tail.Length; i++)
        {
            if (full[^i] != tail[^i])
            {
                return false;
            }
        }

        return true;
    }
}
