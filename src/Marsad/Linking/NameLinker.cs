using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// Links named candidates: a knowledge-base name to its entity (several readings → the one whose type the tagger
/// agrees with or that the article names unambiguously elsewhere); a name the KB does not know to a longer name of
/// the article it ends with (كيري after جون كيري), else to a provisional id from its normalised form.
/// Then finds bare surnames of the article's people that the tagger missed.
/// </summary>
internal sealed class NameLinker(KnowledgeBase kb, LinkingLexicon lexicon)
{
    public void Link(string body, List<MentionCandidate> candidates)
    {
        var named = candidates.Where(c => c.IsNamed).ToList();
        var sure = named.Where(c => c.KbIds.Length == 1).Select(c => c.KbIds[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var c in named.Where(c => !c.KbIds.IsEmpty))
        {
            if (IsSurnameOfAnArticlePerson(body, named, c))
            {
                continue; // left to LinkUnknown, which gives it to the article's person
            }

            if (IsNisbaOfAnArticlePerson(body, named, c))
            {
                c.Type = EntityType.PERS; // «القصير» after «نعيمة القصير»: LinkUnknown gives it to her
                continue;
            }

            c.EntityKey = c.KbIds.Length == 1 ? c.KbIds[0]
                : c.KbIds.FirstOrDefault(sure.Contains)
                  ?? c.KbIds.FirstOrDefault(id => kb.Get(id)?.Type == c.Type && c.Kind == CandidateKind.Tagged)
                  ?? c.KbIds.FirstOrDefault(id => IsCanonicalName(body, c, id))
                  ?? c.KbIds.FirstOrDefault(kb.IsCountry)
                  ?? c.KbIds[0];
            c.Type = kb.Get(c.EntityKey)?.Type ?? c.Type;
        }
    }

    /// <summary>
    /// Whether a KB person's surname (one word or more: العبادي, نصر الله; a KB or tagged candidate) is rather the surname
    /// of a person the article names in full and the KB does not know (أحمد موسى العبادي), while no longer mention of the
    /// KB person is in the article.
    /// </summary>
    private bool IsSurnameOfAnArticlePerson(string body, List<MentionCandidate> named, MentionCandidate c)
    {
        if (c.Kind is not (CandidateKind.Name or CandidateKind.Tagged) || c.KbIds.Any(id => kb.Get(id)?.Type != EntityType.PERS))
        {
            return false;
        }

        // A surname of several words (نصر الله) is one when it ends the KB person's canonical name.
        var key = LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start));
        if (c.FirstToken != c.LastToken && !c.KbIds.All(id => kb.Get(id) is { } e && OtherBearer.IsSurnameOf(e, key)))
        {
            return false;
        }
        var owner = named.FirstOrDefault(o => o != c && o.IsPersonName && o.KbIds.IsEmpty && EndsWithWords(LinkKey.Of(body.AsSpan(o.Start, o.End - o.Start)), key));
        if (owner is null || LinkKey.Words(body.AsSpan(owner.Start, owner.End - owner.Start)) is not [var first, ..] || !lexicon.IsFirstName(first))
        {
            return false; // «ميليشيات الحوثي»: not a person's full name
        }

        // When the KB person is named in full too, the surname is the article's person's only if the article named
        // that person, and not yet the KB one, before it (الممرضة إيما جونسون … وقالت جونسون … بوريس جونسون).
        var kbFull = named.Where(o => o != c && WordCount(body, o) > 1 && o.KbIds.Intersect(c.KbIds).Any()).ToList();
        if (kbFull.Count > 0 && (owner.Start > c.Start || kbFull.Exists(o => o.Start < c.Start)))
        {
            return false;
        }

        // «كرستيانو رونالدو», «جاني إنفانتينو»: another spelling of the KB person's own first name is that person.
        return !c.KbIds.Select(kb.Get).OfType<KbEntity>().SelectMany(e => e.Aliases.Append(e.NameAr))
            .Any(name => LinkKey.Words(name) is [var kbFirst, _, ..] && WithinTwoEdits(kbFirst, first));
    }

    /// <summary>
    /// Whether a one-word KB place or body written with the article (القصير) is rather the family name of a person
    /// the article names in full with a first name and the KB does not know (نعيمة القصير). Countries stay places.
    /// </summary>
    private bool IsNisbaOfAnArticlePerson(string body, List<MentionCandidate> named, MentionCandidate c)
    {
        if (c.Kind != CandidateKind.Name || c.FirstToken != c.LastToken || c.Type is not (EntityType.LOC or EntityType.ORG)
            || c.KbIds.Any(kb.IsCountry))
        {
            return false;
        }

        var key = LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start));
        return key.StartsWith("ال", StringComparison.Ordinal)
            && named.Exists(o => o != c && o.Type == EntityType.PERS && o.KbIds.IsEmpty && o.Kind == CandidateKind.Tagged
                && LinkKey.Of(body.AsSpan(o.Start, o.End - o.Start)) is var full && EndsWithWords(full, key)
                && LinkKey.Words(full) is [var first, _, ..] && lexicon.IsFirstName(first));
    }

    /// <summary>Whether two words differ by at most two insertions, deletions or substitutions.</summary>
    private static bool WithinTwoEdits(string a, string b) => Math.Abs(a.Length - b.Length) <= 2 && EditDistance.Of(a, b) <= 2;

    private bool IsCanonicalName(string body, MentionCandidate c, string id) =>
        kb.Get(id) is { } e && LinkKey.Of(e.NameAr) == LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start));

    /// <summary>Links the candidates the KB did not know, longest names first so that short ones find them.</summary>
    public void LinkUnknown(string body, List<MentionCandidate> candidates)
    {
        var unknown = candidates.Where(c => c.IsNamed && c.EntityKey is null)
            .OrderByDescending(c => WordCount(body, c)).ThenBy(c => c.Start).ToList();
        foreach (var c in unknown)
        {
            var key = c.RestoredName is { } restored ? LinkKey.Of(restored) : LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start));
            if (c.Type is EntityType.PERS or EntityType.MISC or null && FullNameEndingWith(body, candidates, c, key) is { } owner)
            {
                c.EntityKey = owner.EntityKey;
                c.Type = owner.Type;
                continue;
            }

            if (c.Type is EntityType.PERS && key.IndexOf(' ', StringComparison.Ordinal) < 0 && FullNameStartingWith(body, candidates, c, key) is { } named)
            {
                // فادي after فادي سعيد, when one person of the article has that first name; مون after مون جيه-إن, a
                // name whose family name comes first.
                c.EntityKey = named.EntityKey;
                continue;
            }

            if (c.Type is EntityType.ORG && LongerOrganisation(body, candidates, c, key) is { } longer)
            {
                c.EntityKey = longer.EntityKey; // اللجنة العسكرية after اللجنة العسكرية المشتركة
                continue;
            }

            c.EntityKey = ProvisionalId.For(c.Type ?? EntityType.MISC, key);
        }
    }

    /// <summary>The one organisation of the article whose name the shorter name of at least two words begins.</summary>
    private static MentionCandidate? LongerOrganisation(string body, List<MentionCandidate> candidates, MentionCandidate c, string key)
    {
        if (key.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var owners = candidates
            .Where(o => o != c && o.IsNamed && o.Type == EntityType.ORG && o.EntityKey is not null)
            .Where(o => LinkKey.Of(body.AsSpan(o.Start, o.End - o.Start)) is var full && full.Length > key.Length + 1
                && full.StartsWith(key, StringComparison.Ordinal) && full[key.Length] == ' ')
            .GroupBy(o => o.EntityKey, StringComparer.Ordinal)
            .ToList();
        return owners.Count == 1 ? owners[0].First() : null;
    }

    /// <summary>Adds hashtag mentions: an unclaimed hashtag of two words or more (#أنس_جابر) written exactly as one
    /// named entity of the article, which the tagger and the KB did not read.</summary>
    public void AddHashtags(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        if (body.IndexOf('#', StringComparison.Ordinal) < 0)
        {
            return;
        }

        var claimed = new bool[tokens.Length];
        foreach (var c in candidates)
        {
            for (var t = c.FirstToken; t <= c.LastToken && t < tokens.Length; t++)
            {
                claimed[t] = true;
            }
        }

        List<MentionCandidate>? found = null;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (claimed[t] || tokens[t].Start == 0 || body[tokens[t].Start - 1] != '#')
            {
                continue;
            }

            var last = t;
            while (last + 1 < tokens.Length && !claimed[last + 1] && tokens[last + 1].Start == tokens[last].End + 1 && body[tokens[last].End] == '_')
            {
                last++;
            }

            if (last == t)
            {
                continue;
            }

            var key = LinkKey.Of(body.AsSpan(tokens[t].Start, tokens[last].End - tokens[t].Start));
            var owners = candidates.Where(c => c.IsNamed && c.EntityKey is not null && LinkKey.Of(body.AsSpan(c.Start, c.End - c.Start)) == key)
                .Select(c => (c.EntityKey, c.Type)).Distinct().ToList();
            if (owners.Count == 1)
            {
                (found ??= []).Add(new MentionCandidate
                {
                    Start = tokens[t].Start,
                    End = tokens[last].End,
                    FirstToken = t,
                    LastToken = last,
                    Kind = CandidateKind.Tagged,
                    Type = owners[0].Type,
                    EntityKey = owners[0].EntityKey,
                });
            }

            t = last;
        }

        if (found is not null)
        {
            candidates.AddRange(found);
            candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>Adds surname mentions: an unclaimed word equal to the last word of exactly one multi-word person name
    /// of the article (proclitics forgiven).</summary>
    public void AddSurnames(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        ShedWordsBeforeLineage(body, tokens, candidates);
        var surnames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.IsPersonName && c.EntityKey is not null))
        {
            var names = new List<string> { body[c.Start..c.End] };
            if (kb.Get(c.EntityKey!) is { } e)
            {
                names.Add(e.NameAr);
            }

            // «محمد عبد السلام»: the word after عبد or أبو is part of a given name (and often a common word), no surname.
            foreach (var words in names.Select(n => LinkKey.Words(n)).Where(w => w.Length >= 2 && w[^1].Length >= 3 && !lexicon.IsCompoundNameOpener(w[^2])))
            {
                if (!surnames.TryGetValue(words[^1], out var owners))
                {
                    surnames[words[^1]] = owners = new HashSet<string>(StringComparer.Ordinal);
                }

                owners.Add(c.EntityKey!);
            }
        }

        if (surnames.Count == 0)
        {
            return;
        }

        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var claimed = new bool[tokens.Length];
        foreach (var c in candidates)
        {
            for (var t = c.FirstToken; t <= c.LastToken; t++)
            {
                claimed[t] = true;
            }
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            if (claimed[t])
            {
                continue;
            }

            if (SurnameOwner(body, tokens[t], lookup) is { } found)
            {
                // «قال بن الشيخ» after «عز الدين بن الشيخ»: the lineage word before the surname is part of it.
                var withParticle = found.Skip == 0 && t > 0 && !claimed[t - 1] && tokens[t].JoinsPrevious
                    && lexicon.IsNameParticle(tokens[t - 1].Key) && HasNameEndingWith(body, candidates, found.Owner, tokens[t - 1].Key + " " + tokens[t].Key);
                var first = withParticle ? t - 1 : t;
                candidates.Add(new MentionCandidate
                {
                    Start = withParticle ? tokens[first].Start : tokens[t].Start + found.Skip,
                    End = tokens[t].End,
                    FirstToken = first,
                    LastToken = t,
                    Kind = CandidateKind.Surname,
                    Type = EntityType.PERS,
                    EntityKey = found.Owner,
                });
            }
        }

        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>A tagged person's name whose first word is no known given name and whose rest is a lineage the article
    /// gave another person (طالب | بن بريك after سالم بن بريك: the verb "demanded" before the surname) is that person's
    /// «بن …» mention without the word.</summary>
    private void ShedWordsBeforeLineage(string body, ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c is not { Kind: CandidateKind.Tagged, IsPersonName: true, EntityKey: not null } || c.LastToken - c.FirstToken < 2
                || c.LastToken >= tokens.Length || !tokens[c.FirstToken + 1].JoinsPrevious
                || !lexicon.IsNameParticle(tokens[c.FirstToken + 1].Key) || lexicon.IsFirstName(tokens[c.FirstToken].Key))
            {
                continue;
            }

            var lineage = LinkKey.Of(body.AsSpan(tokens[c.FirstToken + 1].Start, c.End - tokens[c.FirstToken + 1].Start));
            if (FullNameEndingWith(body, candidates, c, lineage) is { } owner && owner.EntityKey != c.EntityKey && owner.Start < c.Start)
            {
                c.FirstToken++;
                c.Start = tokens[c.FirstToken].Start;
                c.EntityKey = owner.EntityKey;
                c.Type = EntityType.PERS;
            }
        }
    }

    private static bool HasNameEndingWith(string body, List<MentionCandidate> candidates, string owner, string key) =>
        candidates.Exists(o => o.EntityKey == owner && o.IsPersonName && EndsWithWords(LinkKey.Of(body.AsSpan(o.Start, o.End - o.Start)), key));

    private MentionCandidate? FullNameEndingWith(string body, List<MentionCandidate> candidates, MentionCandidate c, string key)
    {
        var owners = candidates
            .Where(o => o != c && o.IsPersonName && o.EntityKey is not null)
            .Where(o => EndsWithWords(LinkKey.Of(body.AsSpan(o.Start, o.End - o.Start)), key)
                || (kb.Get(o.EntityKey!) is { } e && EndsWithWords(LinkKey.Of(e.NameAr), key)))
            .GroupBy(o => o.EntityKey, StringComparer.Ordinal)
            .ToList();
        if (owners.Count == 1)
        {
            return owners[0].First();
        }

        // Two people of the article share the surname: it is the only one of them named before it, if one is
        // (إيما جونسون … جونسون … بوريس جونسون); with both named before, it stays apart.
        var before = owners.Where(g => g.Any(o => o.Start < c.Start)).ToList();
        return before.Count == 1 ? before[0].First() : null;
    }

    private static MentionCandidate? FullNameStartingWith(string body, List<MentionCandidate> candidates, MentionCandidate c, string key)
    {
        var owners = candidates
            .Where(o => o != c && o.IsPersonName && o.EntityKey is not null)
            .Where(o => LinkKey.Of(body.AsSpan(o.Start, o.End - o.Start)) is var full && full.Length > key.Length + 1
                && full.StartsWith(key, StringComparison.Ordinal) && full[key.Length] == ' ')
            .GroupBy(o => o.EntityKey, StringComparer.Ordinal)
            .ToList();
        return owners.Count == 1 ? owners[0].First() : null;
    }

    private static bool EndsWithWords(string fullKey, string key) =>
        fullKey.Length > key.Length + 1 && fullKey.EndsWith(key, StringComparison.Ordinal) && fullKey[^(key.Length + 1)] == ' ';

    private static int WordCount(string body, MentionCandidate c) => LinkKey.Words(body.AsSpan(c.Start, c.End - c.Start)).Length;

    /// <summary>The one person whose surname the word is, as written or with its proclitics removed, and how many
    /// characters the proclitics take; null when none is one person's.</summary>
    private static (int Skip, string Owner)? SurnameOwner(
        string body, LinkToken token, Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> surnames)
    {
        if (surnames.TryGetValue(token.Key, out var owners) && owners.Count == 1)
        {
            return (0, owners.First());
        }

        Span<ProcliticReading> readings = stackalloc ProcliticReading[Proclitics.MaxReadings];
        var count = Proclitics.Readings(body, token.Start, token.End, readings);
        Span<char> buffer = token.Key.Length < 256 ? stackalloc char[token.Key.Length + 1] : new char[token.Key.Length + 1];
        for (var r = 0; r < count; r++)
        {
            if (surnames.TryGetValue(Proclitics.KeyOf(body, token, readings[r], buffer), out owners) && owners.Count == 1)
            {
                return (readings[r].Skip, owners.First());
            }
        }

        return null;
    }
}
