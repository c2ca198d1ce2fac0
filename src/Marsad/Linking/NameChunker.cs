using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// Builds the names of organisations and facilities the tagger leaves out from their structure: a head word
/// (<c>linking/chunk-heads.tsv</c>: جهاز، نيابة، منتخب، استاد) and what follows it in the same phrase —
/// <list type="bullet">
/// <item>after an indefinite head, one definite genitive (جهاز الاستثمار), a coordinated one (مجلس الأمن والدفاع),
/// or a name the KB or the tagger knows (بورصة مسقط، منتخب البحرين);</item>
/// <item>a quoted name (تكتل "لبنان القوي");</item>
/// <item>then agreeing adjectives: nisba adjectives (العماني، الاجتماعية) and those of <c>chunk-adjectives.txt</c>
/// (العامة، المشتركة), with one «لل…» complement after a nisba adjective (المرصد الوطني للأمراض).</item>
/// </list>
/// A definite head (النيابة، المجلس) takes adjectives only: a definite noun after it is a verb's object or subject
/// (قرر المجلس الانسحاب). It stops at punctuation, at the words of <c>chunk-stops.txt</c> (الذي، اليوم، المقبل) and
/// at anything else. Allocation-free until a name is found.
/// </summary>
internal sealed class NameChunker(KnowledgeBase kb, LinkingLexicon lexicon)
{
    private const int MaxTokens = 7;

    /// <summary>The name that starts at token <paramref name="i"/>, or null. <paramref name="tagged"/> says which
    /// tokens lie inside a tagger mention.</summary>
    public MentionCandidate? At(string body, ImmutableArray<LinkToken> tokens, int i, ReadOnlySpan<int> tagged)
    {
        if (Head(body, tokens[i]) is not { } head)
        {
            return null;
        }

        var last = i;
        var afterNisba = false;
        var afterAdjective = false; // an adjective of the head's own (not a nationality) may take one «لـ» complement
        var complementTaken = false;
        var genitives = 0;
        var nationalities = 0;
        var nameFirst = i;
        for (var j = i + 1; j < tokens.Length && j - i < MaxTokens && tokens[j].JoinsPrevious; j++)
        {
            var key = tokens[j].Key;
            var firstAfterHead = j == i + 1;
            if (complementTaken && last == j - 1 && IsCoordinatedDefinitePair(tokens, j))
            {
                last = ++j; // المرصد الوطني للأمراض | الجديدة والمستجدة: two coordinated qualities of the field,
                // even where the first alone would describe (الجديدة)
                continue;
            }

            if (lexicon.IsChunkStop(key) || lexicon.IsTitleWord(key))
            {
                break; // اليوم، الذي؛ رئاسة | الشيخ
            }

            if (OpensQuote(body, tokens[j - 1].End, tokens[j].Start))
            {
                // A quoted name right after an indefinite head is the whole name (تكتل "لبنان القوي"); quoted words
                // after «المنظمة» are what it said.
                if (!head.Definite && firstAfterHead && QuotedEnd(body, tokens, j) is { } quoted)
                {
                    last = quoted;
                    nameFirst = head.Apart ? j : i;
                }

                break;
            }

            if (lexicon.NationalityOfKey(key) is not null && nationalities++ > 0)
            {
                break; // المنتخب البحريني | الأرجنتيني بيتزي: a second nationality describes the next person
            }

            if (complementTaken && last == j - 1 && key.Length > 4 && key[0] == 'و' && IsAdjective(tokens[j - 1].Key) && IsAdjective(key[1..]))
            {
                last = j; // الصندوق العربي للإنماء الاقتصادي | والاجتماعي: a coordinated adjective of the field
                continue;
            }

            if (IsAdjective(key) && (firstAfterHead || last == j - 1))
            {
                last = j;
                afterAdjective = !complementTaken && lexicon.NationalityOfKey(key) is null && (head.Definite || !firstAfterHead);
                // رئاسة الجمهورية | للمصادقة: a genitive shaped like a nisba takes no complement; an adjective does.
                afterNisba = IsNisba(key) && (head.Definite || !firstAfterHead);
                genitives += !head.Definite && firstAfterHead ? 1 : 0; // مجلس الشورى: a genitive that looks like a nisba
                continue;
            }

            if (!head.Definite && firstAfterHead && IsDefinite(key))
            {
                last = j;
                genitives++;
                continue;
            }

            if (!head.Definite && firstAfterHead && KnownNameEnd(body, tokens, j, tagged) is { } nameLast)
            {
                // جامعة ستانفورد | الأمريكية: what follows a proper name describes it; a «لل…» field of the body
                // still belongs to its name (وكالة تونس | للأنباء).
                last = nameLast;
                nameFirst = head.Apart ? j : i;
                if (nameFirst == i && last + 1 < tokens.Length && tokens[last + 1].JoinsPrevious && IsLamArticleNoun(tokens[last + 1].Key)
                    && !lexicon.IsChunkStop(tokens[last + 1].Key))
                {
                    last++;
                }

                break;
            }

            if (!head.Definite && genitives == 1 && last == j - 1 && j == i + 2 && key.StartsWith("وال", StringComparison.Ordinal) && key.Length >= 5
                && !AfterTitle(tokens, i))
            {
                last = j; // مجلس الأمن والدفاع، دائرة الاقتصاد والسياحة
                continue;
            }

            if (afterNisba && last == j - 1 && key.StartsWith("لل", StringComparison.Ordinal) && key.Length >= 5)
            {
                last = j; // المرصد الوطني للأمراض
                afterNisba = afterAdjective = false;
                complementTaken = true;
                continue;
            }

            if (afterAdjective && last == j - 1 && !NamesKnownBody(body, tokens, i, head, last)
                && IndefiniteComplementEnd(body, tokens, j) is { } complementLast)
            {
                last = complementLast; // الهيئة الوطنية لإدارة الكوارث، المجلس الأعلى للقضاء
                afterNisba = afterAdjective = false;
                complementTaken = true;
                continue;
            }

            if (afterNisba && last == j - 1 && PlaceAfterBa(body, tokens, j))
            {
                last = j; // المحكمة الابتدائية بقابس: the town a local body sits in ends its name
                break;
            }

            break;
        }

        if (last == i || (tagged[i] != 0 && last + 1 < tokens.Length && tagged[last + 1] == tagged[i]))
        {
            return null; // nothing after the head, or the tagger read a longer name (لمنظمة الساحل للتنمية)
        }

        if (AfterTitle(tokens, i) && last + 1 < tokens.Length && tokens[last + 1].JoinsPrevious && tokens[last + 1].Key.StartsWith('و'))
        {
            return null; // رئيس لجنة المال | والموازنة: after a title, where the name ends is unsure
        }

        if (head.Definite && !head.National && OnlyNationalities(tokens, i + 1, last))
        {
            return null; // الشركة الصينية: a description
        }

        var start = nameFirst == i ? tokens[i].Start + head.Skip : tokens[nameFirst].Start;
        var end = CandidateFinder.WithClosingMark(body, start, tokens[last].End);
        if (lexicon.IsGeneric(body[start..end]))
        {
            return null; // القوات الأمريكية
        }

        return new MentionCandidate
        {
            Start = start,
            End = end,
            FirstToken = nameFirst,
            LastToken = last,
            Kind = CandidateKind.Tagged,
            Type = head.Type,
            RestoredName = nameFirst == i ? CountryForm(body, tokens, i, last, head) : null,

            // «منظمة يونيسف الأممية»: the name apart from its head is the KB's when the KB knows it as a thing of the
            // head's type (شركة ترامب is no person, نادي موناكو no place).
            KbIds = nameFirst == i ? [] : KbIdsOfType(body.AsSpan(start, end - start), head.Type),
        };
    }

    /// <summary>The KB's ids of a name that are things of <paramref name="type"/>. A method of its own: a lambda over the
    /// head in <see cref="At"/> cost a closure on every call.</summary>
    private ImmutableArray<string> KbIdsOfType(ReadOnlySpan<char> name, EntityType type) =>
        [.. kb.Names.Exact(LinkKey.Of(name)).Distinct().Where(id => kb.Get(id)?.Type == type)];

    /// <summary>Whether the head follows a title word (رئيس دائرة …): there «و» more often joins the next
    /// speaker than a second genitive, so the name takes no coordination.</summary>
    private bool AfterTitle(ImmutableArray<LinkToken> tokens, int i) =>
        i > 0 && tokens[i].JoinsPrevious && lexicon.IsTitleHead(RoleTitleIndex.Head(tokens[i - 1].Key.AsSpan()));

    /// <summary>The head word of token <paramref name="token"/>, read as written or without its proclitics.</summary>
    private ChunkHead? Head(string body, LinkToken token)
    {
        if (lexicon.ChunkHead(token.Key) is { } head)
        {
            return head;
        }

        // «للجنة» is mostly ل + اللجنة (definite), not ل + لجنة: such words are left to the tagger.
        if (token.End - token.Start < 4 || !Marsad.Text.ArabicChars.IsProcliticLetter(body[token.Start])
            || (body[token.Start] == 'ل' && body[token.Start + 1] == 'ل'))
        {
            return null;
        }

        Span<ProcliticReading> readings = stackalloc ProcliticReading[Proclitics.MaxReadings];
        var count = Proclitics.Readings(body, token.Start, token.End, readings);
        Span<char> buffer = stackalloc char[token.Key.Length + 1];
        for (var r = 0; r < count; r++)
        {
            if (!readings[r].RestoresArticle && lexicon.ChunkHead(Proclitics.KeyOf(body, token, readings[r], buffer)) is { OnlyAsWritten: false } stripped)
            {
                return stripped with { Skip = readings[r].Skip };
            }
        }

        return null;
    }

    /// <summary>«منتخب البحرين» for «المنتخب البحريني»: a head with one nationality adjective is read as the head
    /// with the country, so both spellings of the article link to one entity; null for other names.</summary>
    private string? CountryForm(string body, ImmutableArray<LinkToken> tokens, int first, int last, ChunkHead head)
    {
        if (last != first + 1 || lexicon.NationalityOfKey(tokens[last].Key) is not { } nationality)
        {
            return null;
        }

        var headKey = LinkKey.Of(body.AsSpan(tokens[first].Start + head.Skip, tokens[first].End - tokens[first].Start - head.Skip));
        var indefinite = head.Definite && headKey.StartsWith("ال", StringComparison.Ordinal) ? headKey[2..] : headKey;
        return indefinite + " " + nationality.CountryNameAr;
    }

    /// <summary>Whether token <paramref name="j"/> is «بـ» glued to a one-word KB place that is not a country
    /// (بقابس، بصفاقس).</summary>
    private bool PlaceAfterBa(string body, ImmutableArray<LinkToken> tokens, int j)
    {
        if (body[tokens[j].Start] != 'ب' || tokens[j].End - tokens[j].Start < 4)
        {
            return false;
        }

        var names = kb.Names.MatchAt(body, tokens, j);
        return !names.IsEmpty && names[0].Start == tokens[j].Start + 1 && names[0].Last == j
            && kb.Get(names[0].Value) is { Type: EntityType.LOC } place && !kb.IsCountry(place.Id);
    }

    /// <summary>Whether a person's first name (one word, or the first of a two-word one: خير الدين) starts at token
    /// <paramref name="k"/>.</summary>
    private bool FirstNameAt(ImmutableArray<LinkToken> tokens, int k) =>
        lexicon.IsFirstName(tokens[k].Key)
        || (k + 1 < tokens.Length && tokens[k + 1].JoinsPrevious && lexicon.IsFirstName(tokens[k].Key + " " + tokens[k + 1].Key));

    /// <summary>The last token of a KB name or a tagger mention that starts at token <paramref name="j"/>.</summary>
    private int? KnownNameEnd(string body, ImmutableArray<LinkToken> tokens, int j, ReadOnlySpan<int> tagged)
    {
        if (tagged[j] != 0)
        {
            // One tagger mention, up to a coordinated word (منتخب ويلز | وريال مدريد); after a title, up to a person's
            // first name the tagger ran on into (رئيس جمعية ستوب بولوشن | خير الدين: the title's holder follows the
            // body). A name that itself opens with a first name (مؤسسة محمد بن راشد) keeps its later names.
            var end = j;
            var namedForPerson = FirstNameAt(tokens, j) || !AfterTitle(tokens, j - 1);
            while (end + 1 < tokens.Length && tagged[end + 1] == tagged[j] && tokens[end + 1].JoinsPrevious
                && !lexicon.IsChunkStop(tokens[end + 1].Key) && !tokens[end + 1].Key.StartsWith('و')
                && (namedForPerson || !FirstNameAt(tokens, end + 1)))
            {
                end++;
            }

            return end;
        }

        if (lexicon.IsAmbiguousWord(tokens[j].Key))
        {
            return null;
        }

        var names = kb.Names.MatchAt(body, tokens, j);
        return names.IsEmpty || names[0].Start != tokens[j].Start || kb.Get(names[0].Value)?.Type is not (EntityType.LOC or EntityType.ORG)
            ? null
            : names[0].Last;
    }

    /// <summary>The last token of a quoted name that opens before token <paramref name="j"/> and closes within four
    /// words.</summary>
    private static int? QuotedEnd(string body, ImmutableArray<LinkToken> tokens, int j)
    {
        for (var k = j; k < tokens.Length && k < j + 4; k++)
        {
            if (k > j && !tokens[k].JoinsPrevious)
            {
                return null;
            }

            if (tokens[k].End < body.Length && body[tokens[k].End] is '"' or '»' or '”')
            {
                return k;
            }
        }

        return null;
    }

    private static bool OpensQuote(string body, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (body[k] is '"' or '«' or '“')
            {
                return true;
            }
        }

        return false;
    }

    private bool OnlyNationalities(ImmutableArray<LinkToken> tokens, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (lexicon.NationalityOfKey(tokens[k].Key) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last token of a «لـ» complement that starts at token <paramref name="j"/>: a «لل…» noun (للقضاء)
    /// or «لـ» on an indefinite noun with its definite genitive (لإدارة الكوارث); null otherwise. «لي…» is a verb
    /// (ليناقش الموازنة), not a field of the body.</summary>
    private int? IndefiniteComplementEnd(string body, ImmutableArray<LinkToken> tokens, int j)
    {
        var key = tokens[j].Key;
        if (lexicon.IsChunkStop(key) || StartsKnownName(body, tokens, j))
        {
            return null; // المجلس الرئاسي | لحكومة الوفاق: another body's name, not a field
        }

        int? end = IsLamArticleNoun(key) ? j
            : key.Length >= 4 && key[0] == 'ل' && key[1] is not ('ي' or 'ل') && j + 1 < tokens.Length && tokens[j + 1].JoinsPrevious
              && IsDefinite(tokens[j + 1].Key) && !lexicon.IsChunkStop(tokens[j + 1].Key) && lexicon.NationalityOfKey(tokens[j + 1].Key) is null
                ? j + 1
                : null;

        // «المحكمة العليا للطعن في القرار»: a verbal noun that takes its object through a preposition is a purpose.
        return end is { } last && last + 1 < tokens.Length && tokens[last + 1].JoinsPrevious && lexicon.IsPurposePreposition(tokens[last + 1].Key)
            ? null
            : end;
    }

    /// <summary>Whether a KB name of two words or more starts in token <paramref name="j"/>, behind its proclitic.</summary>
    private bool StartsKnownName(string body, ImmutableArray<LinkToken> tokens, int j) =>
        kb.Names.MatchAt(body, tokens, j) is { IsEmpty: false } names && names[0].Last > j;

    /// <summary>Whether the words from the head to <paramref name="last"/> are a KB name as they stand (منظمة الصحة
    /// العالمية): what follows is a branch or a purpose of that body (لشرق المتوسط), not more of its name.</summary>
    private bool NamesKnownBody(string body, ImmutableArray<LinkToken> tokens, int i, ChunkHead head, int last)
    {
        var start = tokens[i].Start + head.Skip;
        return kb.Names.Exact(LinkKey.Of(body.AsSpan(start, tokens[last].End - start))).Any();
    }

    private static bool IsLamArticleNoun(string key) => key.Length >= 5 && key.StartsWith("لل", StringComparison.Ordinal);

    private static bool IsDefinite(string key) => key.Length >= 4 && key.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>A definite word ending in ي/ية (الوطني، الفنية); nouns of that shape (القضية) are in the stops.</summary>
    private static bool IsNisba(string key) => IsDefinite(key) && key.Length >= 5 && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal));

    private bool IsAdjective(string key) => IsNisba(key) || lexicon.IsChunkAdjective(key);

    /// <summary>Whether token <paramref name="j"/> and the next are two definite words joined by «و» that agree in
    /// gender (الجديدة والمستجدة، الصغيرة والمتوسطة): a pair that qualifies the complement before it, so the first may
    /// be a word that alone only describes (الجديدة); the second must not be a stop. One definite word alone after
    /// the complement is as often the verb's object.</summary>
    private bool IsCoordinatedDefinitePair(ImmutableArray<LinkToken> tokens, int j)
    {
        if (j + 1 >= tokens.Length || !tokens[j + 1].JoinsPrevious)
        {
            return false;
        }

        var first = tokens[j].Key;
        var second = tokens[j + 1].Key;
        return IsDefinite(first) && second.Length > 4 && second[0] == 'و' && IsDefinite(second[1..])
            && first.EndsWith('ه') == second.EndsWith('ه') && !lexicon.IsChunkStop(second[1..]) && !lexicon.IsTitleWord(first);
    }
}
