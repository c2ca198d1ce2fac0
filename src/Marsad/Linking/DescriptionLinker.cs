using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Marsad.Linking;

/// <summary>Links definite descriptions (التنظيم، الجماعة، التحالف، المطار) to the one entity of the article whose name
/// or a mention of it starts with one of the description's heads; with none or several such entities the description
/// stays unlinked (two armed groups: «التنظيم» is not guessed). A credit in parentheses («(بترا)») is a source line,
/// not discourse, and is no antecedent. A name written after a head that stands apart from it (منظمة "بتسيلم") counts
/// as starting with that head.</summary>
internal sealed class DescriptionLinker(KnowledgeBase kb, LinkingLexicon lexicon)
{
    private readonly ConcurrentDictionary<string, FrozenSet<string>> kbFirstWords = new(StringComparer.Ordinal);

    public void Link(string body, System.Collections.Immutable.ImmutableArray<LinkToken> tokens, List<MentionCandidate> candidates)
    {
        if (!candidates.Exists(c => c.Kind == CandidateKind.Description))
        {
            return; // most articles: nothing to resolve, so no antecedent table
        }

        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var named = candidates.Where(c => c.IsNamed && c.EntityKey is not null && !IsParenthesisedCredit(body, c)).ToList();
        foreach (var c in named)
        {
            if (!names.TryGetValue(c.EntityKey!, out var firstWords))
            {
                // Every name the KB knows counts: «المملكة» reads الأردن through «المملكة الأردنية الهاشمية».
                names[c.EntityKey!] = firstWords = new HashSet<string>(KbFirstWords(c.EntityKey!), StringComparer.Ordinal);
            }

            firstWords.Add(FirstWord(body[c.Start..c.End]));
            if (ApartHeadBefore(body, c.Start) is { } head)
            {
                firstWords.Add(head);
            }
        }

        var anchors = named.Select(n => (Key: n.EntityKey!, n.End)).ToList();
        AddHoldersOfBodies(candidates, anchors);
        foreach (var c in candidates.Where(c => c.Kind == CandidateKind.Description && c.Description is not null).OrderBy(c => c.Start))
        {
            if ((c.Description!.AnyTown || c.Description.AnyCapital) && IsFollowedByNameOrAdjective(tokens, named, c))
            {
                continue; // «العاصمة طرابلس», «العاصمة البحرينية»: the place is named or qualified right there
            }

            var antecedents = names
                .Where(n => c.Description!.HeadKeys.Any(n.Value.Contains) || (c.Description.AnyTown && lexicon.IsTown(n.Key))
                            || (c.Description.AnyCapital && lexicon.IsCapital(n.Key)))
                .Select(n => n.Key)
                .ToList();
            if (c.Description!.Reach is { } reach)
            {
                // A description already resolved carries the chain on: «السلطنة» far from «سلطنة عمان» but just
                // after an earlier «السلطنة» of it.
                antecedents.RemoveAll(key => !anchors.Exists(n => n.Key == key && n.End <= c.Start && c.Start - n.End <= reach));
            }

            if (antecedents.Count == 0 && c.Description!.Type == Model.EntityType.LOC && CountryOfAdjectives(tokens, c) is { } country)
            {
                antecedents.Add(country); // «وزير النفط العماني … إن السلطنة»: the country named only by its adjective
            }

            if (antecedents.Count == 0 && c.Description!.DefaultTarget is { } target && kb.Get(target) is not null
                && c.Description.DefaultContext is { } context && names.ContainsKey(context))
            {
                antecedents.Add(target);
            }

            if (antecedents.Count == 0 && !c.Description!.HolderTitleHeads.IsEmpty && BodyOfTitleBefore(body, tokens, named, c) is { } holderBody)
            {
                antecedents.Add(holderBody.Key); // «وزير المياه والري … مقر الوزارة»: the minister's ministry
                c.ImpliedName = holderBody.ImpliedName;
            }

            if (antecedents.Count > 1 && c.Description!.Type == Model.EntityType.LOC && Salient(named, antecedents) is { } salient)
            {
                antecedents = [salient]; // «المملكة» in a Bahraini page that names Jordan once
            }

            if (antecedents.Count > 1 && antecedents.FindAll(key => anchors.Exists(n => n.Key == key && n.End <= c.Start)) is { Count: > 0 } namedBefore)
            {
                antecedents = namedBefore; // a description points back: a body the article names only later is none
            }

            if (antecedents.Count > 1 && Nearest(anchors, antecedents, c.Start) is { } nearest)
            {
                antecedents = [nearest]; // «… ممثلة منظمة الصحة العالمية إن المنظمة»: the one just named
            }

            if (antecedents.Count == 1)
            {
                anchors.Add((antecedents[0], c.End));
                c.EntityKey = antecedents[0];
                c.Type = kb.Get(antecedents[0])?.Type ?? c.Type;
            }
        }
    }

    /// <summary>The body of the nearest holder's title before the description (وزير المياه والري → وزارة المياه والري),
    /// within <see cref="HolderTitleReach"/>: the longest «head + the title's next words» (up to four) that the article
    /// names (before or after) or the KB knows; where neither does, the body the title's definite genitive makes
    /// (وزيرة البيئة → وزارة البيئة, with its name implied). Null when there is none, or when the title follows a deputy
    /// word (نائب وزير).</summary>
    private (string Key, string? ImpliedName)? BodyOfTitleBefore(string body, System.Collections.Immutable.ImmutableArray<LinkToken> tokens, List<MentionCandidate> named, MentionCandidate c)
    {
        var from = c.Start - Math.Max(c.Description!.Reach ?? NearReach, HolderTitleReach);
        var head = c.Description.HeadKeys.FirstOrDefault();
        for (var t = c.FirstToken - 1; head is not null && t >= 0 && tokens[t].Start >= from; t--)
        {
            if (!c.Description.HolderTitleHeads.Contains(RoleTitleIndex.Head(tokens[t].Key)))
            {
                continue;
            }

            if (lexicon.FollowsDeputyWord(body, tokens[t].Start))
            {
                return null;
            }

            string? found = null;
            var name = head;
            for (var w = t + 1; w < tokens.Length && w <= t + 4 && w < c.FirstToken && tokens[w].JoinsPrevious; w++)
            {
                name += " " + tokens[w].Key;
                found = named.Find(n => LinkKey.Of(body.AsSpan(n.Start, n.End - n.Start)) == name)?.EntityKey
                    ?? kb.Names.Exact(name).FirstOrDefault() ?? found;
            }

            return found is not null ? (found, null) : ImpliedBody(body, tokens, t, c);
        }

        return null;
    }

    /// <summary>The body a holder's title at token <paramref name="title"/> makes of the description's head and the
    /// title's definite genitive with the definite nouns coordinated to it (وزير المياه والري → وزارة المياه والري),
    /// nationality adjectives left out; null when no definite genitive follows the title. A definite title takes no
    /// genitive (الوزير الجديد، الوزير الأول: adjectives), and some genitives name no ministry (وزير الدولة).</summary>
    private (string Key, string? ImpliedName)? ImpliedBody(string body, System.Collections.Immutable.ImmutableArray<LinkToken> tokens, int title, MentionCandidate c)
    {
        const string Article = "ال";
        var first = title + 1;
        if (first >= c.FirstToken || tokens[title].Key.StartsWith(Article, StringComparison.Ordinal) || !tokens[first].JoinsPrevious
            || !IsDefiniteNoun(tokens[first].Key) || lexicon.IsTitleGenitiveWithoutBody(tokens[first].Key))
        {
            return null;
        }

        var last = first;
        while (last + 1 < c.FirstToken && tokens[last + 1].JoinsPrevious && tokens[last + 1].Key.StartsWith("و" + Article, StringComparison.Ordinal)
               && IsDefiniteNoun(tokens[last + 1].Key[1..]))
        {
            last++;
        }

        var phrase = c.Description!.Phrase;
        var name = (phrase.StartsWith(Article, StringComparison.Ordinal) ? phrase[Article.Length..] : phrase) + " " + body[tokens[first].Start..tokens[last].End];
        return (ProvisionalId.For(c.Description.Type, name), name);

        bool IsDefiniteNoun(string key) => key.StartsWith(Article, StringComparison.Ordinal) && key.Length > Article.Length + 1 && lexicon.NationalityOfKey(key) is null;
    }

    /// <summary>Whether a name starts right after the description or a nationality adjective follows it.</summary>
    private bool IsFollowedByNameOrAdjective(System.Collections.Immutable.ImmutableArray<LinkToken> tokens, List<MentionCandidate> named, MentionCandidate c)
    {
        var next = c.LastToken + 1;
        return next < tokens.Length && tokens[next].JoinsPrevious
            && (lexicon.NationalityOfKey(tokens[next].Key) is not null || named.Exists(n => n.FirstToken == next));
    }

    /// <summary>The one country whose nationality adjectives the article writes before a place description (within
    /// its reach, if it has one) and whose KB names start with the description's head (العماني ← السلطنة، السعودي ←
    /// المملكة); null when none or several countries fit.</summary>
    private string? CountryOfAdjectives(System.Collections.Immutable.ImmutableArray<LinkToken> tokens, MentionCandidate c)
    {
        string? found = null;
        var from = c.Description!.Reach is { } reach ? c.Start - reach : 0;
        foreach (var token in tokens)
        {
            if (token.Start >= c.Start)
            {
                break;
            }

            if (token.Start < from || lexicon.NationalityOfKey(token.Key) is not { } nationality)
            {
                continue;
            }

            foreach (var id in kb.Names.Exact(LinkKey.Of(nationality.CountryNameAr)))
            {
                if (id == found || kb.Get(id)?.Type != Model.EntityType.LOC || !c.Description.HeadKeys.Any(KbFirstWords(id).Contains))
                {
                    continue;
                }

                if (found is not null)
                {
                    return null; // two kingdoms' adjectives: «المملكة» is not guessed
                }

                found = id;
            }
        }

        return found;
    }

    /// <summary>The antecedent named last before the description, when that is within the same stretch of text
    /// (<see cref="NearReach"/> characters) and every other one was last named at least three times as far back;
    /// otherwise null.</summary>
    private static string? Nearest(List<(string Key, int End)> anchors, List<string> antecedents, int at)
    {
        var distances = antecedents
            .Select(a => (Key: a, Distance: anchors.Where(n => n.Key == a && n.End <= at).Select(n => at - n.End).DefaultIfEmpty(int.MaxValue).Min()))
            .OrderBy(x => x.Distance)
            .ToList();
        return distances[0].Distance <= NearReach && (distances[1].Distance == int.MaxValue || distances[1].Distance >= 3 * distances[0].Distance + 1)
            ? distances[0].Key
            : null;
    }

    private const int NearReach = 200;

    /// <summary>Adds, at every mention of a person the article titles as the holder of an international body's office
    /// (المدير العام لمنظمة الصحة العالمية), an anchor of that body: «وأضاف تيدروس أن المنظمة» is his organisation even
    /// where another organisation was named in between. A title whose offices belong to several bodies adds none.</summary>
    private void AddHoldersOfBodies(List<MentionCandidate> candidates, List<(string Key, int End)> anchors)
    {
        Dictionary<string, string>? bodyOfHolder = null;
        foreach (var title in candidates)
        {
            if (title.Kind == CandidateKind.Title && title.EntityKey is { } holder && title.Role is { Offices: [var office, ..] } role
                && role.Offices.All(o => o.Country == office.Country) && kb.Get(office.Country)?.Type == Model.EntityType.ORG)
            {
                (bodyOfHolder ??= new(StringComparer.Ordinal)).TryAdd(holder, office.Country);
            }
        }

        if (bodyOfHolder is null)
        {
            return;
        }

        foreach (var c in candidates)
        {
            if (c.EntityKey is { } key && bodyOfHolder.TryGetValue(key, out var organisation))
            {
                anchors.Add((organisation, c.End));
            }
        }
    }

    /// <summary>How far back a holder's title names the body of a description with no antecedent (the one minister of
    /// a report, named in its first paragraph, and «الوزارة» in its last).</summary>
    private const int HolderTitleReach = 1500;

    /// <summary>The antecedent the article names at least twice as often as any other, or null.</summary>
    private static string? Salient(List<MentionCandidate> named, List<string> antecedents)
    {
        var counts = antecedents.Select(a => (Key: a, Count: named.Count(n => n.EntityKey == a))).OrderByDescending(x => x.Count).ToList();
        return counts[0].Count >= 2 * counts[1].Count && counts[0].Count >= 2 ? counts[0].Key : null;
    }

    /// <summary>The first words of every KB name of an entity; the KB is immutable, so computed once per entity.</summary>
    private FrozenSet<string> KbFirstWords(string id) => kbFirstWords.GetOrAdd(id, static (key, kb) =>
        kb.Get(key) is { } e ? e.Aliases.Prepend(e.NameAr).Select(FirstWord).ToFrozenSet(StringComparer.Ordinal) : FrozenSet<string>.Empty, kb);

    private static bool IsParenthesisedCredit(string body, MentionCandidate c) =>
        c.Start > 0 && c.End < body.Length && body[c.Start - 1] == '(' && body[c.End] == ')' && c.Type == Model.EntityType.ORG;

    /// <summary>The key of the word right before a mention (past spaces and quote marks) when it is a head that stands
    /// apart from the name after it (منظمة "بتسيلم"); otherwise null.</summary>
    private string? ApartHeadBefore(string body, int start)
    {
        var end = start;
        while (end > 0 && (char.IsWhiteSpace(body[end - 1]) || LinkKey.IsMark(body[end - 1])))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(body[begin - 1]))
        {
            begin--;
        }

        if (begin == end || end == start)
        {
            return null;
        }

        var key = LinkKey.Of(body.AsSpan(begin, end - begin));
        return lexicon.ChunkHead(key) is { Apart: true } ? key : null;
    }

    private static string FirstWord(string name)
    {
        var words = LinkKey.Words(name);
        return words.Length > 0 ? words[0] : string.Empty;
    }
}
