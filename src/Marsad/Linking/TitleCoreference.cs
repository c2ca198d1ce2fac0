using System.Collections.Immutable;

namespace Marsad.Linking;

/// <summary>
/// Links a role phrase to the person the article gave that role: a title set beside a name (وزير المالية فلان، فلان
/// وزير المالية، المبعوث الأممي الخاص إلى اليمن فلان) teaches the article who holds it, and a later phrase made of the
/// same head and words of that title (وزير المالية، المبعوث الأممي، المدرب الأرجنتيني) names that person — the
/// nearest one before it when several titles fit. Covers the roles the knowledge base has no office for; a phrase another
/// stage linked stays theirs.
/// </summary>
internal sealed class TitleCoreference(LinkingLexicon lexicon)
{
    /// <summary>How many words a title beside a name may have.</summary>
    private const int MaxTitleWords = 9;

    /// <summary>How far after a role the article may first name its holder (characters): a paragraph or two.</summary>
    private const int MaxHolderReach = 1_000;

    private readonly record struct LearnedTitle(int Position, string EntityKey, string Head, bool Feminine, string[] Words, bool BeforeName, int TokenCount, bool TeachesBareHead, bool Former)
    {
        public bool Has(ReadOnlySpan<char> word)
        {
            foreach (var held in Words)
            {
                if (word.SequenceEqual(held))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public void Link(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        if (!candidates.Exists(c => c.IsPersonName && c.EntityKey is not null))
        {
            return; // nobody to learn a title from
        }

        var owner = new int[tokens.Length];
        Array.Fill(owner, -1);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { IsNamed: false, EntityKey: null })
            {
                continue; // a role the other stages could not link is free to be read here
            }

            for (var t = candidates[i].FirstToken; t <= candidates[i].LastToken && t < tokens.Length; t++)
            {
                owner[t] = i;
            }
        }

        var inTitle = new bool[tokens.Length];
        var learned = Learn(body, tokens, candidates, owner, inTitle);
        var added = new List<MentionCandidate>();
        LearnRolesNamedLater(body, tokens, candidates, owner, inTitle, learned, added);
        if (learned.Count == 0)
        {
            return;
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            if (owner[t] >= 0 || inTitle[t] || HeadOf(body, tokens[t]) is not { } head)
            {
                continue;
            }

            var (found, last) = Resolve(body, tokens, candidates, owner, inTitle, learned, t, head);
            if (found is null)
            {
                continue;
            }

            added.Add(MentionCandidate.PersonReference(tokens, t, last, found, tokens[t].Start + head.Skip));
            t = last;
        }

        if (added.Count > 0)
        {
            candidates.AddRange(added);
            candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>The titles written right before a person's name (no punctuation but an optional comma between; from
    /// the earliest head within reach, so that نائب رئيس … is one title) or right after it (nothing or a comma between, up to a preposition), with the words each
    /// holds; <paramref name="inTitle"/> marks their tokens.</summary>
    private List<LearnedTitle> Learn(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, int[] owner, bool[] inTitle)
    {
        var learned = new List<LearnedTitle>();
        foreach (var person in candidates.Where(c => c.IsPersonName && c.EntityKey is not null))
        {
            var first = person.FirstToken;
            var headAt = -1;
            for (var t = first - 1; t >= 0 && first - t <= MaxTitleWords
                && (tokens[t + 1].JoinsPrevious || (t + 1 == first && IsComma(body, tokens[t].End, tokens[first].Start))); t--)
            {
                if ((owner[t] >= 0 && candidates[owner[t]].IsPersonName) || lexicon.IsTitleStop(tokens[t].Key, afterName: false))
                {
                    break;
                }

                if (HeadOf(body, tokens[t]) is not null)
                {
                    headAt = t; // the earliest head: المبعوث in «المبعوث الخاص للأمين العام …»، نائب in «نائب رئيس …»
                }
            }

            if (headAt >= 0)
            {
                Add(learned, inTitle, body, tokens, headAt, first - 1, person.EntityKey!, beforeName: true);
            }

            var next = person.LastToken + 1;
            if (next < tokens.Length && (tokens[next].JoinsPrevious || IsComma(body, tokens[next - 1].End, tokens[next].Start))
                && (owner[next] < 0 || !candidates[owner[next]].IsNamed)
                && HeadOf(body, tokens[next]) is not null)
            {
                var end = TitleEnd(tokens, candidates, owner, next);
                Add(learned, inTitle, body, tokens, next, end, person.EntityKey!, beforeName: false,
                    setOff: IsComma(body, tokens[next - 1].End, tokens[next].Start) && end + 1 < tokens.Length && IsComma(body, tokens[end].End, tokens[end + 1].Start));

                // A second title joined by و (مستشار رئيس الوزراء والمتحدث الرسمي للوزارة) is the person's too.
                var second = end + 1;
                if (second < tokens.Length && tokens[second].JoinsPrevious && tokens[second].Key[0] == 'و' && owner[second] < 0
                    && HeadOf(body, tokens[second]) is { Skip: > 0 })
                {
                    Add(learned, inTitle, body, tokens, second, TitleEnd(tokens, candidates, owner, second), person.EntityKey!, beforeName: false);
                }
            }
        }

        return learned;
    }

    /// <summary>The last token of a title starting at <paramref name="head"/>: it runs on through a construct (رئيس لجنة
    /// الفتوى) and its adjectives, and ends after a definite word followed by an indefinite one (اللاعب | بشكل نهائي).</summary>
    private int TitleEnd(ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, int[] owner, int head)
    {
        var end = head;
        while (end + 1 < tokens.Length && end + 1 - head < MaxTitleWords && tokens[end + 1].JoinsPrevious
            && (owner[end + 1] < 0 || !candidates[owner[end + 1]].IsPersonName) && !lexicon.IsTitleStop(tokens[end + 1].Key, afterName: true)
            && !(IsDefinite(tokens[end].Key) && !IsDefinite(tokens[end + 1].Key) && !IsCoordinatedComplement(tokens[end + 1])))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A role written before the article says who holds it («قال وزير المالية إن …»): news names the office first and
    /// the holder a sentence or two later. The role is the person given a title of the same head further on (الوزير
    /// فلان), else the next person the article introduces, when that person comes with no title of their own, is named
    /// there for the first time and no other role stands between. Learned like a title beside the name, so the head
    /// alone (الوزير) after it names that person too.
    /// </summary>
    private void LearnRolesNamedLater(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, int[] owner, bool[] inTitle,
        List<LearnedTitle> learned, List<MentionCandidate> added)
    {
        var titledBeside = learned.Count;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (owner[t] >= 0 || inTitle[t] || HeadOf(body, tokens[t]) is not { Skip: 0 } head)
            {
                continue;
            }

            if (t > 0 && tokens[t].JoinsPrevious && IsDefinite(tokens[t - 1].Key))
            {
                continue; // an adjective of the noun before it (القيادات الدبلوماسية), no role
            }

            var end = TitleEnd(tokens, candidates, owner, t);
            if (end == t || !(IsDefinite(tokens[end].Key) || IsCoordinatedComplement(tokens[end])) || FitsEarlierTitle(learned, tokens[t].Start, lexicon.SameTitleHead(head.Key), IsFeminine(body, tokens[t])))
            {
                continue; // the head alone or an indefinite phrase names nobody yet; an earlier title is Resolve's to read
            }

            var holder = HolderNamedLater(body, tokens, candidates, owner, inTitle, learned, titledBeside, t, end, head.Key);
            if (holder is null)
            {
                continue;
            }

            Add(learned, inTitle, body, tokens, t, end, holder, beforeName: true);
            added.Add(MentionCandidate.PersonReference(tokens, t, end, holder));
            t = end;
        }
    }

    /// <summary>A definite word joined by و that is no second title (وزير المياه والري، not … والمتحدث الرسمي).</summary>
    private bool IsCoordinatedComplement(LinkToken token) =>
        token.Key.Length > 4 && token.Key[0] == 'و' && IsDefinite(token.Key.AsSpan(1)) && !lexicon.IsTitleHead(RoleTitleIndex.Head(token.Key.AsSpan(1)));

    private bool FitsEarlierTitle(List<LearnedTitle> learned, int position, string headKey, bool feminine) =>
        learned.Exists(l => l.Position < position && l.Head == headKey && l.Feminine == feminine);

    /// <summary>Who holds a role written at tokens <paramref name="t"/>..<paramref name="end"/> before anyone was
    /// given it: see <see cref="LearnRolesNamedLater"/>.</summary>
    private string? HolderNamedLater(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, int[] owner, bool[] inTitle,
        List<LearnedTitle> learned, int titledBeside, int t, int end, string headKey)
    {
        var sameHead = lexicon.SameTitleHead(headKey);
        var feminine = IsFeminine(body, tokens[t]);
        string? later = null;
        for (var i = 0; i < titledBeside; i++)
        {
            var title = learned[i];
            if (title.Position > tokens[end].End && title.BeforeName && title.Head == sameHead && title.Feminine == feminine
                && !title.Former && NamesTheSameOffice(title, tokens, t, end))
            {
                if (later is not null && !string.Equals(later, title.EntityKey, StringComparison.Ordinal))
                {
                    return null; // two people hold titles of that head: the role is neither's for sure
                }

                later = title.EntityKey;
            }
        }

        if (later is not null)
        {
            return later;
        }

        MentionCandidate? next = null;
        foreach (var c in candidates)
        {
            if (c.Start > tokens[end].End && c.IsPersonName && c.EntityKey is not null && (next is null || c.Start < next.Start))
            {
                next = c;
            }
        }

        if (next is null || next.Start - tokens[end].End > MaxHolderReach
            || candidates.Exists(c => c.Start < next.Start && c.IsPersonName && string.Equals(c.EntityKey, next.EntityKey, StringComparison.Ordinal))
            || learned.Exists(l => string.Equals(l.EntityKey, next.EntityKey, StringComparison.Ordinal)))
        {
            return null; // nobody new, a person named before, or one the article gives a title of their own
        }

        for (var k = end + 1; k < next.FirstToken; k++)
        {
            if (owner[k] < 0 && !inTitle[k] && HeadOf(body, tokens[k]) is { } other && lexicon.SameTitleHead(other.Key) != sameHead)
            {
                return null; // another role between: which of the two the name holds is not written
            }
        }

        return next.EntityKey;
    }

    /// <summary>Whether a later title of the same head can be the office of the role at tokens <paramref name="t"/>..
    /// <paramref name="end"/>: the head alone («الوزير فلان») or a title holding the word after the role's head, which
    /// names the office («وزير المالية» → «وزير المالية السعودي فلان»; what follows it may be a nationality spelt another
    /// way); «مسؤولة التجارة» is not «مسؤولة السياسة الخارجية».</summary>
    private static bool NamesTheSameOffice(LearnedTitle title, ImmutableArray<LinkToken> tokens, int t, int end)
    {
        if (title.TokenCount == 1)
        {
            return true;
        }

        return end == t || title.Has(RoleTitleIndex.Head(tokens[t + 1].Key.AsSpan()));
    }

    /// <summary>Whether the title word at <paramref name="t"/> makes it a former holder's (السابق، المكلف alone); «المكلف
    /// بالميزانية» with a remit is a current office.</summary>
    private bool IsFormerWordAt(ImmutableArray<LinkToken> tokens, int t, int to) =>
        lexicon.IsFormerWord(RoleTitleIndex.Head(tokens[t].Key))
        && !(lexicon.TakesRemit(tokens[t].Key) && t < to && tokens[t + 1].Key.Length > 2 && tokens[t + 1].Key[0] == 'ب');

    /// <summary>Learns the title at tokens <paramref name="from"/>..<paramref name="to"/> for the person; one after the
    /// name set off by commas on both sides («فلان، المدير الفني للنادي، …») is an apposition, so it teaches the bare
    /// head as a title before the name does.</summary>
    private void Add(List<LearnedTitle> learned, bool[] inTitle, string body, ImmutableArray<LinkToken> tokens, int from, int to, string entityKey, bool beforeName, bool setOff = false)
    {
        var words = new List<string>(2 * (to - from + 1));
        var former = false;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[Proclitics.MaxReadings];
        for (var t = from; t <= to; t++)
        {
            words.Add(RoleTitleIndex.Head(tokens[t].Key));
            former |= IsFormerWordAt(tokens, t, to);
            var count = Proclitics.Readings(body, tokens[t].Start, tokens[t].End, readings);
            var buffer = new char[tokens[t].Key.Length + 1];
            for (var r = 0; r < count; r++)
            {
                words.Add(RoleTitleIndex.Head(new string(Proclitics.KeyOf(body, tokens[t], readings[r], buffer))));
            }

            inTitle[t] = true;
        }

        // The last head of a chain (نائب رئيس → رئيس) is what a later phrase starts with only when it stands alone.
        var head = HeadOf(body, tokens[from])!.Value.Key;
        words.Add(lexicon.SameTitleHead(head));
        learned.Add(new LearnedTitle(tokens[from].Start, entityKey, lexicon.SameTitleHead(head), IsFeminine(body, tokens[from]), [.. words.Distinct(StringComparer.Ordinal)], beforeName, to - from + 1, beforeName || setOff, former));
    }

    /// <summary>The person a role phrase starting at token <paramref name="t"/> names, and the phrase's last token:
    /// the head and at least one more word, all in one learned title of an earlier position; the tightest title
    /// wins, then the nearest. None when the phrase runs on into a nationality or a name (a new role, not a reference).</summary>
    private (string? Entity, int Last) Resolve(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates, int[] owner, bool[] inTitle, List<LearnedTitle> learned, int t, (string Key, int Skip) head)
    {
        var feminine = IsFeminine(body, tokens[t]);
        var headKey = lexicon.SameTitleHead(head.Key);

        // The learned titles that still fit, as indices narrowed in place word by word (no list per candidate).
        Span<int> fitting = learned.Count <= 64 ? stackalloc int[learned.Count] : new int[learned.Count];
        var count = 0;
        for (var i = 0; i < learned.Count; i++)
        {
            if (learned[i].Head == headKey && learned[i].Feminine == feminine && learned[i].Position < tokens[t].Start)
            {
                fitting[count++] = i;
            }
        }

        if (count == 0)
        {
            return (null, t);
        }

        var last = t;
        while (last + 1 < tokens.Length && (owner[last + 1] < 0 || IsOneWordBody(candidates, owner, last + 1)) && !inTitle[last + 1] && tokens[last + 1].JoinsPrevious)
        {
            var key = tokens[last + 1].Key;
            if (lexicon.IsTitleStop(key, afterName: true))
            {
                break; // a reference ends before a preposition (المبعوث الأممي | إلى أن)
            }

            var word = RoleTitleIndex.Head(key.AsSpan());
            var nationality = lexicon.NationalityOfKey(key);
            var still = 0;
            for (var i = 0; i < count; i++)
            {
                var title = learned[fitting[i]];
                if (title.Has(word) || (nationality is not null && Names(title, nationality)))
                {
                    fitting[still++] = fitting[i]; // nothing is written while none fits, so a break keeps the last set
                }
            }

            if (still == 0)
            {
                break;
            }

            count = still;
            last++;
        }

        fitting = fitting[..count];

        // A reference is definite (الوزير العماني، وزير المالية), not a predicate (هو لاعب كرة قدم), and ends where the
        // phrase ends: a nationality, a name or a further genitive (المدير العام | للشؤون القانونية) makes another role.
        var definite = false;
        for (var k = t; k <= last && !definite; k++)
        {
            var from = k == t ? head.Skip : 0;
            definite = IsDefinite(tokens[k].Key.AsSpan(Math.Min(from, tokens[k].Key.Length)));
        }

        // A clause word after the phrase (المدرب | الذي قاد) ends it; it is no further genitive.
        var following = last + 1 < tokens.Length && tokens[last + 1].JoinsPrevious && !lexicon.IsTitleStop(tokens[last + 1].Key, afterName: false) ? last + 1 : -1;
        if (!definite
            || (following >= 0 && (owner[following] >= 0 || lexicon.NationalityOfKey(tokens[following].Key) is not null
                || IsDefinite(tokens[following].Key))))
        {
            return (null, t);
        }

        // The head alone (الوزير، المدرب) names the one person the article gave a title of that head, never one of two.
        // A first name after it makes it a title beside a new person (الدكتورة | ماجدة). Only titles written before a
        // name, or set off by commas after it, teach it: one read after a name without them may be the start of the
        // next clause.
        if (last == t && (head.Skip > 0 || !lexicon.IsBareRoleHead(headKey) || (following >= 0 && lexicon.IsFirstName(tokens[following].Key))
            || !AllTeachingOnePerson(learned, fitting)))
        {
            return (null, t);
        }

        // The tightest title, then the nearest (the first listed of equals).
        var best = learned[fitting[0]];
        foreach (var i in fitting[1..])
        {
            var title = learned[i];
            if (title.Words.Length < best.Words.Length || (title.Words.Length == best.Words.Length && title.Position > best.Position))
            {
                best = title;
            }
        }

        return (best.EntityKey, last);
    }

    /// <summary>Whether a named body or place of one word stands at token <paramref name="t"/>: it may be a word of the
    /// title (مدرب الأهلي after «المدير الفني للأهلي»).</summary>
    private static bool IsOneWordBody(List<MentionCandidate> candidates, int[] owner, int t) =>
        candidates[owner[t]] is { IsNamed: true, IsPersonName: false } body && body.FirstToken == t && body.LastToken == t;

    /// <summary>Whether the titles all teach the bare head (written before a name, or set off after it), and are all of
    /// one person.</summary>
    private static bool AllTeachingOnePerson(List<LearnedTitle> learned, ReadOnlySpan<int> fitting)
    {
        var person = learned[fitting[0]].EntityKey;
        foreach (var i in fitting)
        {
            if (!learned[i].TeachesBareHead || !string.Equals(learned[i].EntityKey, person, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The title head a word is (المبعوث → مبعوث), read also without one proclitic (لوزير → وزير).</summary>
    private (string Key, int Skip)? HeadOf(string body, LinkToken token)
    {
        // A final ه written as such is a possessive, not a folded ة (فريقه "his team" is not the rank فريق).
        if (body[token.End - 1] == 'ه')
        {
            return null;
        }

        if (lexicon.TryGetTitleHead(RoleTitleIndex.Head(token.Key), out var listed))
        {
            return (listed, 0);
        }

        Span<ProcliticReading> readings = stackalloc ProcliticReading[Proclitics.MaxReadings];
        var count = Proclitics.Readings(body, token.Start, token.End, readings);
        Span<char> buffer = token.Key.Length < 256 ? stackalloc char[token.Key.Length + 1] : new char[token.Key.Length + 1];
        for (var r = 0; r < count; r++)
        {
            if (readings[r].RestoresArticle)
            {
                continue;
            }

            if (lexicon.TryGetTitleHead(RoleTitleIndex.Head(Proclitics.KeyOf(body, token, readings[r], buffer)), out listed))
            {
                return (listed, readings[r].Skip);
            }
        }

        return null;
    }

    /// <summary>Whether a title names the country of a nationality adjective (المبعوث الأممي ← مبعوث … للأمم المتحدة).</summary>
    private static bool Names(LearnedTitle title, Nationality nationality) =>
        LinkKey.Words(nationality.CountryNameAr).All(w => title.Has(RoleTitleIndex.Head(w)));

    /// <summary>A word with the article (at least two letters after it: إلى folds to الي but is no such word).</summary>
    internal static bool IsDefinite(ReadOnlySpan<char> key) =>
        key.Length >= 4 && (key.StartsWith("ال", StringComparison.Ordinal) || key.StartsWith("لل", StringComparison.Ordinal));

    /// <summary>Whether a role word is feminine (الممثلة، الوزيرة): a reference agrees with its title in gender.</summary>
    private static bool IsFeminine(string body, LinkToken token) => body[token.End - 1] == 'ة';

    private static bool IsComma(string body, int from, int to) => body.AsSpan(from, to - from).Trim() is "،" or ",";
}
