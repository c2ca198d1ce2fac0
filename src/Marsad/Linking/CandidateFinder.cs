using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Linking;

/// <summary>
/// Finds mention candidates: a dictionary pass over the body (knowledge-base names, office titles, role nouns,
/// descriptions; longest match first, names before titles before descriptions), then the tagger's mentions that
/// the pass did not cover, with proclitics and wrapping marks trimmed and generic groups dropped.
/// </summary>
internal sealed class CandidateFinder(KnowledgeBase kb, LinkingLexicon lexicon, PhraseIndex<RoleTitle> titles)
{
    private readonly ConcurrentDictionary<string, FrozenSet<string>> singleWordNames = new(StringComparer.Ordinal);
    private readonly FirstWordFilter firstWords = new(kb.Names.FirstWords, titles.FirstWords, lexicon.RoleNouns.FirstWords, lexicon.Descriptions.FirstWords);
    private readonly NameChunker chunker = new(kb, lexicon);

    public List<MentionCandidate> Find(string body, ImmutableArray<LinkToken> tokens, ImmutableArray<EntityMention> tagged)
    {
        var owner = new int[tokens.Length];
        Array.Fill(owner, -1);
        var result = new List<MentionCandidate>();
        var nested = new List<MentionCandidate>();
        var taggedTokens = TaggedTokens(tokens, tagged);
        for (var i = 0; i < tokens.Length;)
        {
            var candidate = Dictionary(body, tokens, i);
            if (chunker.At(body, tokens, i, taggedTokens) is { } chunk && chunk.LastToken > (candidate?.LastToken ?? i - 1)
                && !IsFacilityIdiom(tokens, i) && (candidate is not null || Facility(body, tokens, i, tagged, taggedTokens) is null))
            {
                // A name built from its head (جهاز الاستثمار العماني) that is longer than any KB name at the same word.
                chunk = KnownBodyWithNationality(tokens, candidate, chunk) ?? chunk;
                Claim(owner, chunk, result.Count);
                result.Add(chunk);
                nested.AddRange(NamesInside(body, tokens, chunk, taggedTokens));
                i = chunk.LastToken + 1;
                continue;
            }

            if (candidate is null && Facility(body, tokens, i, tagged, taggedTokens) is { } facility)
            {
                // The place inside stays a mention, though the gold lists it only where the article names it elsewhere:
                // the story step reads it (dropping it cost story day 2018-06-28 0.949 → 0.940, session 16).
                Claim(owner, facility, result.Count);
                result.Add(facility);
                nested.AddRange(NamesInside(body, tokens, facility, taggedTokens));
                i = facility.LastToken + 1;
                continue;
            }

            if (candidate is not null && OtherBearer.Before(body, tokens, tagged, taggedTokens, owner, candidate, kb, lexicon) is { } bearer)
            {
                // «إبراهيم | نصر الله»: the given name the tagger read alone and the KB surname are one other person.
                Claim(owner, bearer, result.Count);
                result.Add(bearer);
                i = bearer.LastToken + 1;
                continue;
            }

            if (candidate is not null && (IsSurnameInsideTaggedName(tokens, tagged, taggedTokens, candidate)
                || IsFirstNameOfTaggedName(tokens, tagged, taggedTokens, candidate)
                || IsNisbaAfterTaggedFirstName(tokens, tagged, taggedTokens, candidate) || IsAncestorName(tokens, candidate)
                || IsHyphenTailOfTaggedName(body, tokens, tagged, taggedTokens, candidate)))
            {
                candidate = null;
            }

            if (candidate is { Kind: CandidateKind.Name, Type: EntityType.PERS })
            {
                ExtendOverLineage(tokens, candidate);
            }

            if (candidate is null)
            {
                i++;
                continue;
            }

            Claim(owner, candidate, result.Count);
            result.Add(candidate);
            i = candidate.LastToken + 1;
            if (candidate.Kind is CandidateKind.Title or CandidateKind.RoleNoun)
            {
                nested.AddRange(NamesInside(body, tokens, candidate, taggedTokens));
                if (ChunkAcross(body, tokens, candidate, taggedTokens) is { } organisation)
                {
                    // رئيس المجلس الرئاسي: the title ends inside a name that runs past it.
                    Claim(owner, organisation, result.Count);
                    result.Add(organisation);
                    i = organisation.LastToken + 1;
                    continue;
                }

                if (i < tokens.Length && !TaggerReadsLonger(taggedTokens, i) && Dictionary(body, tokens, i) is null && NameAfterRole(body, tokens, i) is { } person)
                {
                    Claim(owner, person, result.Count);
                    result.Add(person);
                    i = person.LastToken + 1;
                }
            }
        }

        result.AddRange(nested);

        var taggedKeys = tagged.Select(m => LinkKey.Of(m.Text)).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in tagged.OrderBy(m => m.Start))
        {
            if (IsHyphenHeadOfTaggedName(body, tokens, tagged, taggedTokens, mention))
            {
                continue; // «بيير» of «بيير-كريستوف تشاتزيسافاس»: the person's name takes it
            }

            if (Tagged(body, tokens, owner, result, mention, taggedKeys) is { } candidate)
            {
                Claim(owner, candidate, result.Count);
                result.Add(candidate);
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>
    /// Whether a one-word KB person name is the last part of a longer name the tagger found (المهندس أحمد موسى
    /// العبادي): the KB would have matched the whole name if it were its person, so the tagger's name is someone else
    /// who shares the surname, and the word stays in it.
    /// </summary>
    private static bool IsSurnameInsideTaggedName(ImmutableArray<LinkToken> tokens, ImmutableArray<EntityMention> tagged, int[] taggedTokens, MentionCandidate candidate)
    {
        var i = candidate.FirstToken;
        return candidate.Kind == CandidateKind.Name && candidate.Type == EntityType.PERS && candidate.LastToken == i && i > 0
            && tokens[i].JoinsPrevious && taggedTokens[i] != 0 && taggedTokens[i - 1] == taggedTokens[i]
            && tagged[taggedTokens[i] - 1].Type == EntityType.PERS;
    }

    /// <summary>Whether a KB person name is glued by a bare hyphen to the end of a person name the tagger found
    /// (كليمنتاين نكويتا-سلامي): it is the second half of that person's compound surname, not the KB's person.</summary>
    private static bool IsHyphenTailOfTaggedName(string body, ImmutableArray<LinkToken> tokens, ImmutableArray<EntityMention> tagged, int[] taggedTokens, MentionCandidate candidate)
    {
        var i = candidate.FirstToken;
        return candidate is { Kind: CandidateKind.Name, Type: EntityType.PERS } && CompoundName.IsGluedToPrevious(body, tokens, i)
            && taggedTokens[i - 1] != 0 && tagged[taggedTokens[i - 1] - 1].Type == EntityType.PERS;
    }

    /// <summary>Whether a tagger mention other than a person ends in a word glued by a bare hyphen to the start of a
    /// tagged person name (بيير-كريستوف تشاتزيسافاس): the word is the person's compound given name.</summary>
    private static bool IsHyphenHeadOfTaggedName(string body, ImmutableArray<LinkToken> tokens, ImmutableArray<EntityMention> tagged, int[] taggedTokens, EntityMention mention)
    {
        if (mention.Type == EntityType.PERS)
        {
            return false;
        }

        var next = FirstTokenEndingAfter(tokens, mention.End);
        return next < tokens.Length && tokens[next].Start >= mention.End && CompoundName.IsGluedToPrevious(body, tokens, next)
            && tokens[next - 1].End == mention.End && taggedTokens[next] != 0 && tagged[taggedTokens[next] - 1].Type == EntityType.PERS;
    }

    /// <summary>
    /// Whether a KB person's one-word name opens a longer person name the tagger found, and the word after it is no
    /// lineage nor a definite word (راينر | هوفمان): it is someone else's first name, and the tagged name is theirs.
    /// </summary>
    private bool IsFirstNameOfTaggedName(ImmutableArray<LinkToken> tokens, ImmutableArray<EntityMention> tagged, int[] taggedTokens, MentionCandidate candidate)
    {
        var i = candidate.FirstToken;
        return candidate.Kind == CandidateKind.Name && candidate.Type == EntityType.PERS && candidate.LastToken == i && i + 1 < tokens.Length
            && tokens[i + 1].JoinsPrevious && taggedTokens[i] != 0 && taggedTokens[i + 1] == taggedTokens[i]
            && tagged[taggedTokens[i] - 1].Type == EntityType.PERS && (i == 0 || taggedTokens[i - 1] != taggedTokens[i])
            && !lexicon.IsNameParticle(tokens[i + 1].Key) && !tokens[i + 1].Key.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a KB person's name is a father's or family's name inside someone else's (هزاع بن | زايد، آل | ثاني), or
    /// opens with a lineage word after a first name (عبد الله | بن علي): not that person.
    /// </summary>
    private bool IsAncestorName(ImmutableArray<LinkToken> tokens, MentionCandidate candidate)
    {
        var i = candidate.FirstToken;
        if (candidate.Kind != CandidateKind.Name || candidate.Type != EntityType.PERS || i == 0 || !tokens[i].JoinsPrevious)
        {
            return false;
        }

        // The particle must itself follow a first name: «، ابن الملكة إليزابيث» is "the son of", and she is named.
        return (lexicon.IsNameParticle(tokens[i - 1].Key) && i > 1 && tokens[i - 1].JoinsPrevious && lexicon.IsFirstName(tokens[i - 2].Key))
            || (lexicon.IsNameParticle(tokens[i].Key) && lexicon.IsFirstName(tokens[i - 1].Key));
    }

    /// <summary>A KB person's name runs on over the lineage written after it (الملك سلمان | بن عبد العزيز، الشيخ تميم |
    /// بن حمد آل ثاني): a particle and the word after it, as often as they follow.</summary>
    private void ExtendOverLineage(ImmutableArray<LinkToken> tokens, MentionCandidate candidate)
    {
        var t = candidate.LastToken;
        while (t + 2 < tokens.Length && tokens[t + 1].JoinsPrevious && tokens[t + 2].JoinsPrevious && lexicon.IsNameParticle(tokens[t + 1].Key))
        {
            // A two-word first name after the particle (بن عبد العزيز) is taken whole.
            t += t + 3 < tokens.Length && tokens[t + 3].JoinsPrevious && !lexicon.IsFirstName(tokens[t + 2].Key)
                && lexicon.IsFirstName(tokens[t + 2].Key + " " + tokens[t + 3].Key) ? 3 : 2;
        }

        if (t > candidate.LastToken)
        {
            candidate.LastToken = t;
            candidate.End = tokens[t].End;
        }
    }

    /// <summary>
    /// Whether a one-word KB place or body written with the article (القصير، المنصورة) ends a person's name the tagger
    /// read right after a known first name (الدكتورة نعيمة القصير): a family name or nisba that is also a town's name
    /// belongs to the person. Countries stay places.
    /// </summary>
    private bool IsNisbaAfterTaggedFirstName(ImmutableArray<LinkToken> tokens, ImmutableArray<EntityMention> tagged, int[] taggedTokens, MentionCandidate candidate)
    {
        var i = candidate.FirstToken;
        if (candidate.Kind != CandidateKind.Name || candidate.Type is not (EntityType.LOC or EntityType.ORG) || candidate.LastToken != i || i == 0
            || !tokens[i].JoinsPrevious || taggedTokens[i] == 0 || taggedTokens[i - 1] != taggedTokens[i]
            || tagged[taggedTokens[i] - 1].Type != EntityType.PERS || !tokens[i].Key.StartsWith("ال", StringComparison.Ordinal)
            || !lexicon.IsFirstName(tokens[i - 1].Key) || lexicon.IsAmbiguousWord(tokens[i - 1].Key))
        {
            return false;
        }

        return !candidate.KbIds.Any(kb.IsCountry);
    }

    /// <summary>
    /// A KB body followed only by the adjective of its own country (المؤسسة الوطنية للنفط | الليبية): the chunked
    /// name is that body, as the country in the KB's English name says; null when the chunk names something else
    /// (مجلس الأمن الروسي is not the UN Security Council).
    /// </summary>
    private MentionCandidate? KnownBodyWithNationality(ImmutableArray<LinkToken> tokens, MentionCandidate? known, MentionCandidate chunk)
    {
        if (known is not { Kind: CandidateKind.Name, Type: EntityType.ORG } || known.FirstToken != chunk.FirstToken || known.KbIds.Length != 1
            || kb.Get(known.KbIds[0])?.NameEn is not { } englishName)
        {
            return null;
        }

        for (var t = known.LastToken + 1; t <= chunk.LastToken; t++)
        {
            if (lexicon.NationalityOfKey(tokens[t].Key) is not { } nationality
                || !kb.Names.Exact(LinkKey.Of(nationality.CountryNameAr)).Where(kb.IsCountry).Select(kb.Get)
                    .Any(country => country?.NameEn is { Length: > 0 } en && englishName.Contains(en, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
        }

        return new MentionCandidate
        {
            Start = chunk.Start,
            End = chunk.End,
            FirstToken = chunk.FirstToken,
            LastToken = chunk.LastToken,
            Kind = CandidateKind.Name,
            Type = EntityType.ORG,
            KbIds = known.KbIds,
        };
    }

    /// <summary>A chunked name that starts inside a title and runs past its end (رئيس | المجلس الرئاسي), or null.</summary>
    private MentionCandidate? ChunkAcross(string body, ImmutableArray<LinkToken> tokens, MentionCandidate title, int[] taggedTokens)
    {
        for (var t = title.FirstToken + 1; t <= title.LastToken; t++)
        {
            if (chunker.At(body, tokens, t, taggedTokens) is { } chunk)
            {
                return chunk.LastToken > title.LastToken ? chunk : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="written"/> (a key) is the tail of a longer name of <paramref name="entity"/>, is not
    /// its own name, and the body writes none of those longer names.</summary>
    private static bool IsShortFormNotWrittenInFull(string body, KbEntity entity, string written)
    {
        if (LinkKey.Of(entity.NameAr) == written)
        {
            return false;
        }

        var longer = entity.Aliases.Prepend(entity.NameAr).Where(n => LinkKey.Of(n).EndsWith(" " + written, StringComparison.Ordinal)).ToList();
        return longer.Count > 0 && !longer.Exists(n => body.Contains(n, StringComparison.Ordinal));
    }

    /// <summary>Which tagger mention each token lies inside (its index + 1), 0 for none.</summary>
    private static int[] TaggedTokens(ImmutableArray<LinkToken> tokens, ImmutableArray<EntityMention> tagged)
    {
        var inside = new int[tokens.Length];
        for (var k = 0; k < tagged.Length; k++)
        {
            for (var t = FirstTokenEndingAfter(tokens, tagged[k].Start); t < tokens.Length && tokens[t].Start < tagged[k].End; t++)
            {
                inside[t] = k + 1;
            }
        }

        return inside;
    }

    private static void Claim(int[] owner, MentionCandidate candidate, int index)
    {
        for (var t = candidate.FirstToken; t <= candidate.LastToken; t++)
        {
            owner[t] = index;
        }
    }

    private MentionCandidate? Dictionary(string body, ImmutableArray<LinkToken> tokens, int i)
    {
        if (!firstWords.MayStartAt(body, tokens[i]))
        {
            return null;
        }

        var names = kb.Names.MatchAt(body, tokens, i);
        var roles = titles.MatchAt(body, tokens, i);
        var nouns = lexicon.RoleNouns.MatchAt(body, tokens, i);
        var descriptions = lexicon.Descriptions.MatchAt(body, tokens, i);
        var best = Math.Max(Math.Max(Length(names), Length(roles)), Math.Max(Length(nouns), Length(descriptions)));
        if (best == 0)
        {
            return null;
        }

        var ids = names.Select(n => n.Value).Distinct().ToImmutableArray();
        if (Length(names) == 1)
        {
            // One word alone must be written as the KB writes it, hamza included (ترأس is not تراس), and not be a
            // word that is mostly an ordinary word (ينبع).
            var written = StrictKey(body.AsSpan(names[0].Start, names[0].End - names[0].Start));
            Func<string, bool> writtenSo = id => SingleWordNames(id).Contains(written);
            // Most often every id is written so: the array is then kept, not copied.
            ids = lexicon.IsAmbiguousWord(tokens[i].Key) ? [] : ids.All(writtenSo) ? ids : [.. ids.Where(writtenSo)];
        }
        else if (Length(names) > 1 && lexicon.IsFunctionWord(tokens[i].Key))
        {
            // «لا كاميرا» (no camera): the short form of a longer name that opens with a function word is the KB's name
            // only in an article that writes a longer form too (فرانشيسكو لا كاميرا).
            ids = WrittenInFullWhereShort(body, ids, LinkKey.Of(body.AsSpan(names[0].Start, names[0].End - names[0].Start)));
        }

        if (Length(names) > 0 && ids.IsEmpty)
        {
            names = [];
            best = Math.Max(Length(roles), Math.Max(Length(nouns), Length(descriptions)));
            if (best == 0)
            {
                return null;
            }
        }

        if (Length(names) == best)
        {
            var m = names[0];
            if (lexicon.IsGeneric(body[m.Start..m.End], knownName: true))
            {
                return null; // القوات الأميركية: a generic group, even where the KB lists it
            }

            return MentionCandidate.Over(m, CandidateKind.Name, kb.Get(ids[0])!.Type, kbIds: ids, end: WithClosingMark(body, m.Start, m.End));
        }

        MentionCandidate candidate;
        if (Length(roles) == best)
        {
            candidate = MentionCandidate.Over(roles[0], CandidateKind.Title, EntityType.PERS, role: roles[0].Value);
        }
        else if (Length(nouns) == best)
        {
            candidate = MentionCandidate.Over(nouns[0], CandidateKind.RoleNoun, EntityType.PERS, role: new RoleTitle([], nouns[0].Value));
        }
        else
        {
            var m = descriptions[0];
            return MentionCandidate.Over(m, CandidateKind.Description, m.Value.Type, description: m.Value);
        }

        // A nationality adjective after a title or role noun says whose office it is (الوزير الأميركي).
        var next = candidate.LastToken + 1;
        if (next < tokens.Length && tokens[next].JoinsPrevious && lexicon.NationalityOfKey(tokens[next].Key) is { } nationality)
        {
            candidate.Nationality = nationality;
            candidate.LastToken = next;
            candidate.End = tokens[next].End;
        }

        if (candidate.Kind == CandidateKind.RoleNoun && candidate.Role!.HeadKey == LinkingLexicon.AnyOfficeHead && candidate.Nationality is null)
        {
            return null; // «المسؤول» without a nationality names no one
        }

        return candidate;
    }

    /// <summary>Whether a kin word (أبي "my father") is the first word of a person the article names in full (أبي أحمد,
    /// tagged or matched in the KB), and so that person's short form.</summary>
    private bool ShortensAPersonNamedInFull(string body, string key, HashSet<string> taggedKeys, List<MentionCandidate> found)
    {
        if (!lexicon.IsKinWord(key))
        {
            return false;
        }

        var nameStart = key + " ";
        return taggedKeys.Any(k => k.StartsWith(nameStart, StringComparison.Ordinal))
            || found.Exists(c => c.Type == EntityType.PERS && LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start)).StartsWith(nameStart, StringComparison.Ordinal));
    }

    /// <summary>The ids whose short form <paramref name="written"/> the article also writes in full. A method of its own:
    /// a lambda over <paramref name="body"/> in <see cref="Dictionary"/> cost a closure on every call.</summary>
    private ImmutableArray<string> WrittenInFullWhereShort(string body, ImmutableArray<string> ids, string written) =>
        [.. ids.Where(id => kb.Get(id) is { } e && !IsShortFormNotWrittenInFull(body, e, written))];

    /// <summary>The KB names inside a title (الناطق باسم الخارجية الفرنسية، رئيس المفوضية الأوروبية): mentions too.</summary>
    private IEnumerable<MentionCandidate> NamesInside(string body, ImmutableArray<LinkToken> tokens, MentionCandidate title, int[] tagged)
    {
        for (var t = title.FirstToken + 1; t <= title.LastToken; t++)
        {
            var names = kb.Names.MatchAt(body, tokens, t);
            if (names.IsEmpty && chunker.At(body, tokens, t, tagged) is { } chunk && chunk.LastToken <= title.LastToken)
            {
                yield return chunk; // رئيس المجلس الرئاسي: a name the KB does not know, inside the title
                t = chunk.LastToken;
                continue;
            }

            if (names.IsEmpty || names[0].Last > title.LastToken)
            {
                continue;
            }

            // A name of several words inside a title is a mention; a one-word one only when it names a place or body.
            var ids = names.Select(n => n.Value).Distinct().ToImmutableArray();
            if (kb.Get(ids[0]) is not { } entity)
            {
                continue;
            }

            var type = entity.Type;
            var severalWords = names[0].TokenCount > 1;
            if (severalWords || type is EntityType.ORG or EntityType.LOC)
            {
                yield return MentionCandidate.Over(names[0], CandidateKind.Name, type, kbIds: ids);
                if (severalWords)
                {
                    t = names[0].Last;
                }
            }
        }
    }

    /// <summary>A facility named by a head word and a known place (مطار بروكسل), or by a head word and a person's or
    /// place's name the tagger read alone after it (معبر سالم الحمدان), with the adjectives of its name after them
    /// (مطار دمشق الدولي): a place of its own.</summary>
    private MentionCandidate? Facility(string body, ImmutableArray<LinkToken> tokens, int i, ImmutableArray<EntityMention> tagged, int[] taggedTokens)
    {
        if (i + 1 >= tokens.Length || !tokens[i + 1].JoinsPrevious)
        {
            return null;
        }

        // «وميناء الحديدة», «بولاية سنار»: one proclitic before the head stays out of the mention. Every word comes
        // here, so each spelling is looked up once and the idiom check waits for a head.
        var key = tokens[i].Key.AsSpan();
        var skip = 0;
        var province = lexicon.IsProvinceHead(key);
        var head = province || lexicon.IsFacilityHead(key);
        if (!head && key.Length > 3 && ArabicChars.IsProcliticLetter(body[tokens[i].Start]))
        {
            key = key[1..];
            skip = 1;
            province = lexicon.IsProvinceHead(key);
            head = province || lexicon.IsFacilityHead(key);
        }

        if (!head || IsFacilityIdiom(tokens, i))
        {
            return null;
        }

        var place = kb.Names.MatchAt(body, tokens, i + 1);
        int end, last;
        if (province)
        {
            // «ولاية صفاقس»: the province named after its town; before a region's own name (ولاية تكساس) nothing changes.
            if (place.IsEmpty || place[0].Start != tokens[i + 1].Start || !place.Any(p => lexicon.IsTown(p.Value)))
            {
                return null;
            }

            (end, last) = (place[0].End, place[0].Last);
        }
        else if (!place.IsEmpty && place[0].Start == tokens[i + 1].Start && kb.Get(place[0].Value)?.Type == EntityType.LOC)
        {
            (end, last) = (place[0].End, place[0].Last);
        }
        else if (skip == 0 && lexicon.IsFacilityNameHead(tokens[i].Key) && TaggedNameAfterHead(tokens, i, tagged, taggedTokens) is { } named)
        {
            (end, last) = (tokens[named].End, named);
        }
        else
        {
            return null;
        }

        // «مطار دمشق الدولي», «مستشفى الدمازين التعليمي»: the facility's own adjectives belong to its mention, and it
        // is keyed without them, so «مطار دمشق» written later is the same place.
        var (shortEnd, shortLast) = (end, last);
        while (last + 1 < tokens.Length && tokens[last + 1].JoinsPrevious && lexicon.IsFacilityAdjective(tokens[last + 1].Key))
        {
            end = tokens[++last].End;
        }

        return new MentionCandidate
        {
            Start = tokens[i].Start + skip,
            End = end,
            FirstToken = i,
            LastToken = last,
            Kind = CandidateKind.Tagged,
            Type = EntityType.LOC,
            RestoredName = last == shortLast && skip == 0 ? null : body[(tokens[i].Start + skip)..shortEnd],
        };
    }

    /// <summary>Whether a word up to three words before the facility head at <paramref name="i"/> makes it an idiom
    /// (الكرة في ملعب واشنطن، والكرة الآن في ملعب …).</summary>
    private bool IsFacilityIdiom(ImmutableArray<LinkToken> tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (lexicon.IsFacilityIdiomWord(tokens[i].Key, tokens[k].Key))
            {
                return true;
            }

            if (!tokens[k + 1].JoinsPrevious)
            {
                return false; // a sentence or clause mark between them
            }
        }

        return false;
    }

    /// <summary>The last word of a person's or place's tagger mention that begins right after the head word at
    /// <paramref name="i"/> and does not hold the head; null when there is none.</summary>
    private static int? TaggedNameAfterHead(ImmutableArray<LinkToken> tokens, int i, ImmutableArray<EntityMention> tagged, int[] taggedTokens)
    {
        var k = taggedTokens[i + 1];
        if (k == 0 || taggedTokens[i] == k || tagged[k - 1].Type is not (EntityType.PERS or EntityType.LOC)
            || tagged[k - 1].Start > tokens[i + 1].Start + 1)
        {
            return null;
        }

        var last = i + 1;
        while (last + 1 < tokens.Length && taggedTokens[last + 1] == k)
        {
            last++;
        }

        return last;
    }

    /// <summary>A name the tagger missed or cut short right after a title: a known first name and the word after it
    /// (and a third word when it is a known family name) — «الناطقة باسم الوزارة سلمى حداد».</summary>
    private MentionCandidate? NameAfterRole(string body, ImmutableArray<LinkToken> tokens, int i)
    {
        if (!tokens[i].JoinsPrevious || !lexicon.IsFirstName(tokens[i].Key) || lexicon.IsAmbiguousWord(tokens[i].Key)
            || i + 1 >= tokens.Length || !tokens[i + 1].JoinsPrevious || lexicon.IsAmbiguousWord(tokens[i + 1].Key))
        {
            return null;
        }

        var last = CompoundName.Last(body, tokens, null, i + 1);
        if (last + 1 < tokens.Length && tokens[last + 1].JoinsPrevious && lexicon.IsFamilyName(tokens[last + 1].Key))
        {
            last++;
        }

        return new MentionCandidate
        {
            Start = tokens[i].Start,
            End = tokens[last].End,
            FirstToken = i,
            LastToken = last,
            Kind = CandidateKind.Tagged,
            Type = EntityType.PERS,
        };
    }

    /// <summary>Whether a tagger mention runs from token <paramref name="i"/> over at least three words (كيم يو جونغ):
    /// its extent is kept rather than the two words <see cref="NameAfterRole"/> would take.</summary>
    private static bool TaggerReadsLonger(int[] taggedTokens, int i) =>
        taggedTokens[i] != 0 && i + 2 < taggedTokens.Length && taggedTokens[i + 2] == taggedTokens[i];

    /// <summary>The entity's one-word names in <see cref="StrictKey"/> form; computed once per entity, as every
    /// one-word match asks.</summary>
    private FrozenSet<string> SingleWordNames(string id) => singleWordNames.GetOrAdd(id, static (key, kb) =>
    {
        var e = kb.Get(key);
        return e is null ? FrozenSet<string>.Empty : e.Aliases.Append(e.NameAr).Where(n => LinkKey.Words(n).Length == 1).Select(n => StrictKey(n)).ToFrozenSet(StringComparer.Ordinal);
    }, kb);

    /// <summary>A key that keeps hamza forms (folds only diacritics, tatweel, marks, ى/ي and ة/ه).</summary>
    internal static string StrictKey(ReadOnlySpan<char> text)
    {
        var chars = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (LinkKey.Fold(c) != '\0' && !LinkKey.IsSeparator(c))
            {
                chars[length++] = c switch { 'ى' => 'ي', 'ة' => 'ه', _ => c };
            }
        }

        return new string(chars[..length]);
    }

    private MentionCandidate? Tagged(string body, ImmutableArray<LinkToken> tokens, int[] owner, List<MentionCandidate> found, EntityMention mention, HashSet<string> taggedKeys)
    {
        // The tokens of the mention that no dictionary match took; keep the longest joined run of them.
        int bestFirst = -1, bestLast = -1, runFirst = -1;
        for (var t = FirstTokenEndingAfter(tokens, mention.Start); t < tokens.Length && tokens[t].Start < mention.End; t++)
        {
            var inside = tokens[t].Start < mention.End && mention.Start < tokens[t].End && owner[t] < 0;
            if (inside && (runFirst < 0 || !tokens[t].JoinsPrevious || owner[t - 1] >= 0 || !Inside(tokens[t - 1], mention)))
            {
                runFirst = t;
            }

            if (!inside)
            {
                runFirst = -1;
                continue;
            }

            if (bestFirst < 0 || t - runFirst > bestLast - bestFirst)
            {
                (bestFirst, bestLast) = (runFirst, t);
            }
        }

        // «الرابطة ستواصل»: the tagger ran a body's definite name on over the future-tense verb after it.
        while (bestFirst >= 0 && mention.Type != EntityType.PERS && bestLast > 0 && IsFutureVerb(tokens[bestLast].Key)
            && tokens[bestLast].JoinsPrevious && Inside(tokens[bestLast - 1], mention)
            && tokens[bestLast - 1].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            bestLast--;
        }

        if (bestFirst < 0 || bestLast < bestFirst || IsSentenceWordLeftOver(tokens, owner, mention, bestFirst, bestLast))
        {
            return null;
        }

        if (mention.Type == EntityType.PERS)
        {
            bestLast = CompoundName.Last(body, tokens, owner, bestLast); // the tagger stopped at a compound surname's hyphen
            bestFirst = CompoundName.First(body, tokens, owner, bestFirst); // or started after a compound given name's
        }

        while (mention.Type == EntityType.PERS && bestFirst < bestLast
            && (lexicon.IsTitleWord(tokens[bestFirst].Key) || IsPlaceOrBodyWord(body, tokens, bestFirst)))
        {
            bestFirst++; // «المشير خليفة حفتر», «المدير العام لسوناطراك توفيق حكار»: a title or company is not the first name
        }

        if (mention.Type == EntityType.PERS && (bestFirst == bestLast && lexicon.IsHonorific(tokens[bestFirst].Key)
            || RestOfKnownPerson(tokens, owner, found, mention, bestFirst)))
        {
            return null; // «الشيخ» alone is an honorific; what a KB person left of the tagger's name (… دعم) is not another person
        }

        var start = tokens[bestFirst].Start;
        var end = tokens[bestLast].End;
        var rest = body[tokens[bestFirst].End..end];
        var key = LinkKey.Of(body.AsSpan(start, end - start));
        var ids = kb.Names.Exact(key).Distinct().ToImmutableArray();
        string? restoredName = null;
        if (ids.IsEmpty)
        {
            // A name the KB does not know still sheds a proclitic the tagger kept when what is left is known, tagged
            // elsewhere, begins a name (لمنظمة → منظمة) or is the article's assimilation (للأكراد → الأكراد).
            var firstWordIsHead = lexicon.IsNameHead(tokens[bestFirst].Key);
            foreach (var (skip, firstKey, restoresArticle) in Proclitics.Strip(body, start, tokens[bestFirst].End))
            {
                if (bestFirst == bestLast && firstKey.Length < 3)
                {
                    continue; // «(فاو)»: a short name is written whole, its first letter is no proclitic
                }

                var strippedKey = LinkKey.Of(firstKey + rest);
                var known = kb.Names.Exact(strippedKey).Distinct().ToImmutableArray();
                if (!known.IsEmpty || taggedKeys.Contains(strippedKey)
                    || (!firstWordIsHead && (restoresArticle || lexicon.IsNameHead(firstKey)))
                    || ConjoinedFirstName(mention, tokens[bestFirst].Key, firstKey, bestFirst < bestLast))
                {
                    (start, key, ids) = (start + skip, strippedKey, known);
                    restoredName = restoresArticle ? "ا" + body[(start + 1)..end] : null;
                    break;
                }
            }
        }

        if (ids.IsEmpty && mention.Type == EntityType.PERS && IsForeignName(tokens, bestFirst, bestLast) && kb.PersonSpelledLike(key) is { } spelledLike)
        {
            ids = [spelledLike]; // a foreign name the KB spells otherwise (مولود جاووش أوغلو)
        }

        // A head word alone (منظمة، جامعة after لـ/بـ) is the start of a name the tagger cut short, not a name.
        // A word of two letters the KB does not know is a piece of something longer (سي of «سي.إن.بي.سي»), and a mention
        // without letters (2018) is a number the tagger took.
        if (key.Length < 2 || (ids.IsEmpty && bestFirst == bestLast && key.Length <= 2) || !HasLetter(key)
            || (lexicon.IsGeneric(body[start..end], knownName: !ids.IsEmpty) && !ShortensAPersonNamedInFull(body, key, taggedKeys, found))
            || (ids.IsEmpty && bestFirst == bestLast && lexicon.IsNameHead(key)))
        {
            return null;
        }

        return new MentionCandidate
        {
            Start = start,
            End = WithClosingMark(body, start, end),
            FirstToken = bestFirst,
            LastToken = bestLast,
            Kind = CandidateKind.Tagged,
            KbIds = ids,
            Type = mention.Type,
            RestoredName = restoredName,
        };
    }

    /// <summary>«وسليم الحداد»: the tagger kept the conjunction on a person's first name; what is left is a known first
    /// name and the word as written is none (وليد, وائل stay whole).</summary>
    private bool ConjoinedFirstName(EntityMention mention, string writtenKey, string strippedKey, bool severalWords) =>
        mention.Type == EntityType.PERS && severalWords && strippedKey.Length >= 3
        && lexicon.IsFirstName(strippedKey) && !lexicon.IsFirstName(writtenKey) && !lexicon.IsFamilyName(writtenKey);

    /// <summary>«تنظيم الدولة قائلا»: the one word of a body's or place's tagger mention a KB name did not take, right
    /// after it, is an adverb (قائلا، مضيفا) or a future verb, a piece of the sentence the tagger ran on into.</summary>
    private static bool IsSentenceWordLeftOver(ImmutableArray<LinkToken> tokens, int[] owner, EntityMention mention, int first, int last)
    {
        if (first != last || mention.Type == EntityType.PERS || first == 0 || owner[first - 1] < 0
            || !tokens[first].JoinsPrevious || !Inside(tokens[first - 1], mention))
        {
            return false;
        }

        var key = tokens[first].Key;
        return IsFutureVerb(key) || (key.Length >= 4 && key[^1] == 'ا' && !key.StartsWith("ال", StringComparison.Ordinal));
    }

    /// <summary>سيواصل، ستبقى، سنعمل: the future prefix س on an imperfect verb, a word of five to seven letters.</summary>
    private static bool IsFutureVerb(string key) =>
        key.Length is >= 5 and <= 7 && key[0] == 'س' && key[1] is 'ي' or 'ت' or 'ن' && key.IndexOf(' ', StringComparison.Ordinal) < 0;

    private static bool HasLetter(string key)
    {
        foreach (var c in key)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a person's name reads as foreign, whose Arabic spellings vary (no common Arabic given name first,
    /// no lineage word such as بن): only such names are matched to the KB by skeleton.</summary>
    private bool IsForeignName(ImmutableArray<LinkToken> tokens, int first, int last)
    {
        if (lexicon.IsArabicGivenName(tokens[first].Key))
        {
            return false;
        }

        for (var t = first; t <= last; t++)
        {
            if (lexicon.IsNameParticle(tokens[t].Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the tagger's person mention begins inside a KB person's name that took its first tokens, so that
    /// the run left from <paramref name="first"/> is that name's tail. A one-word KB name (شارون) followed by a word
    /// that is no lineage (شارون دوبنز) is rather someone else's first name: that tail stays a name.</summary>
    private bool RestOfKnownPerson(ImmutableArray<LinkToken> tokens, int[] owner, List<MentionCandidate> found, EntityMention mention, int first) =>
        first > 0 && tokens[first].JoinsPrevious && owner[first - 1] >= 0 && owner[first - 1] < found.Count && Inside(tokens[first - 1], mention)
        && found[owner[first - 1]] is { Kind: CandidateKind.Name, Type: EntityType.PERS } known
        && (known.LastToken > known.FirstToken || lexicon.IsNameParticle(tokens[first].Key));

    /// <summary>Whether token <paramref name="t"/> alone (proclitics forgiven) is the KB name of a place or body.</summary>
    private bool IsPlaceOrBodyWord(string body, ImmutableArray<LinkToken> tokens, int t)
    {
        var names = kb.Names.MatchAt(body, tokens, t);
        return !names.IsEmpty && names[0].Last == t && !lexicon.IsAmbiguousWord(tokens[t].Key) && !lexicon.IsFirstName(tokens[t].Key)
            && kb.Get(names[0].Value)?.Type is EntityType.ORG or EntityType.LOC;
    }

    private static int FirstTokenEndingAfter(ImmutableArray<LinkToken> tokens, int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= position)
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

    private static bool Inside(LinkToken token, EntityMention mention) => token.Start < mention.End && mention.Start < token.End;

    private static int Length<T>(ImmutableArray<PhraseMatch<T>> matches) => matches.IsEmpty ? 0 : matches[0].TokenCount;

    /// <summary>A name that opens a quote mark or bracket inside itself keeps the closing one (تنظيم "الدولة").</summary>
    internal static int WithClosingMark(string body, int start, int end)
    {
        var open = 0;
        for (var k = start; k < end; k++)
        {
            if (body[k] is '"' && open > 0)
            {
                open--;
            }
            else if (body[k] is '(' or '«' or '"' or '“')
            {
                open++;
            }
            else if (body[k] is ')' or '»' or '”')
            {
                open = Math.Max(0, open - 1);
            }
        }

        return open > 0 && end < body.Length && body[end] is ')' or '»' or '"' or '”' ? end + 1 : end;
    }
}
