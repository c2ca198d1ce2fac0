using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// Links titles and role nouns to people. A role next to a name (وزير الخارجية الأمريكي جون كيري، أنتوني بلينكن،
/// وزير الخارجية الأمريكي) is a mention of that person and teaches the article who holds it. A role standing alone
/// links to the nearest person of the article known to hold it (by the text or by the KB), else — only when the
/// article has a date — to the one KB holder of the office on that date; otherwise it stays unlinked.
/// </summary>
internal sealed class RoleLinker(KnowledgeBase kb, LinkingLexicon lexicon)
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', '؟', '\n', ':', '؛', ';'];

    // The offices whose titles start with a head word (وزير → every minister), built once: a role noun asks for
    // them for every person it is compared with.
    private readonly FrozenDictionary<string, ImmutableArray<Office>> officesByHead = kb.Offices
        .SelectMany(o => o.Titles.Select(t => (Head: FirstWord(t), Office: o)))
        .GroupBy(x => x.Head, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Office).DistinctBy(o => o.Id).ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>Links the article's titles and role nouns; with <paramref name="homeCountry"/> (the country of the
    /// dateline, <see cref="HomeCountry"/>), a bare national title (رئيس الوزراء، وزير الخارجية) with no holder in the
    /// text names that country's holder on the date.</summary>
    public void Link(string body, List<MentionCandidate> candidates, DateOnly? date, string? homeCountry = null)
    {
        var learned = new Dictionary<string, List<MentionCandidate>>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Kind is not (CandidateKind.Title or CandidateKind.RoleNoun) || c.Role is null)
            {
                continue;
            }

            var offices = OfficesOf(c);
            var person = Adjacent(body, candidates, i);
            if (person is not null && !person.IsPersonName)
            {
                Retype(body, candidates, person); // a name right after a title is a person, whatever the tagger said
            }

            if (person is not null)
            {
                c.EntityKey = person.EntityKey;
                Learn(learned, person.EntityKey!, c);
                continue;
            }

            if (c.Kind == CandidateKind.RoleNoun && c.Role.HeadKey == LinkingLexicon.AnyOfficeHead)
            {
                // «المسؤول الإيطالي», «نظيره السعودي»: the one person named before whose office is of that country.
                c.EntityKey = c.Nationality is { } nationality ? OnlyCompatriotBefore(candidates, i, nationality, date) : null;
                continue;
            }

            if (c.Kind == CandidateKind.Title && RunsOnCoordinated(body, c))
            {
                continue; // «وزير النفط والغاز»: a longer title the KB does not know, of no office of it
            }

            if (lexicon.FollowsDeputyWord(body, c.Start))
            {
                continue; // «نائب وزير المالية»: not the minister of the article or of the KB
            }

            person = Nearest(body, candidates, i, c, offices, learned, date);
            if (person is not null)
            {
                c.EntityKey = person.EntityKey;
                continue;
            }

            if (date is { } day && !offices.IsEmpty && (!c.Role.IsGeneric || c.Nationality is not null))
            {
                var holders = offices.SelectMany(o => kb.HoldersOf(o.Id, day)).DistinctBy(e => e.Id).ToList();
                if (holders.Count == 1)
                {
                    c.EntityKey = holders[0].Id;
                }
            }
            else if (date is { } today && homeCountry is not null && c.Kind == CandidateKind.Title && c.Role.IsGeneric && c.Nationality is null
                && !IsFollowedByFormerWord(body, c))
            {
                // «عمّان - … وقال رئيس الوزراء»: a page datelined in a country names its own office bare.
                var holders = offices.Where(o => string.Equals(o.Country.Trim(), homeCountry, StringComparison.OrdinalIgnoreCase))
                    .SelectMany(o => kb.HoldersOf(o.Id, today)).DistinctBy(e => e.Id).ToList();
                if (holders.Count == 1)
                {
                    c.EntityKey = holders[0].Id;
                }
            }
        }
    }

    /// <summary>The one person the article names before candidate <paramref name="i"/> whose nationality is known to be
    /// <paramref name="nationality"/>: through a title or role of that country written for them, or a KB office of
    /// that country they hold on the date; null when none or several.</summary>
    private string? OnlyCompatriotBefore(List<MentionCandidate> candidates, int i, Nationality nationality, DateOnly? date)
    {
        string? found = null;
        for (var j = 0; j < i; j++)
        {
            var p = candidates[j];
            if (p.EntityKey is not { } key || key == found || p.Type != EntityType.PERS)
            {
                continue;
            }

            var compatriot = p.Kind is CandidateKind.Title or CandidateKind.RoleNoun && p.Role is not null && p.Role.HeadKey != LinkingLexicon.AnyOfficeHead
                ? p.Nationality == nationality || (!p.Role.IsGeneric && OfficesOf(p) is { IsEmpty: false } offices && offices.All(o => CountryMatches(o, nationality)))
                : p.IsPersonName && kb.RolesOf(key).Any(t => (date is null || t.Covers(date.Value)) && kb.GetOffice(t.OfficeId) is { } o && CountryMatches(o, nationality));
            if (!compatriot)
            {
                continue;
            }

            if (found is not null)
            {
                return null; // two compatriots: «المسؤول الإيطالي» is not guessed
            }

            found = key;
        }

        return found;
    }

    /// <summary>The offices a role may name: the title's offices, narrowed to the nationality's country; for a role
    /// noun with a nationality, every office of that country whose title starts with the noun's head.</summary>
    private ImmutableArray<Office> OfficesOf(MentionCandidate c)
    {
        var offices = c.Role!.Offices;
        if (c.Kind == CandidateKind.RoleNoun && c.Nationality is not null)
        {
            offices = officesByHead.GetValueOrDefault(c.Role.HeadKey, []);
        }

        return c.Nationality is { } nationality ? [.. offices.Where(o => CountryMatches(o, nationality))] : offices;
    }

    private bool CountryMatches(Office office, Nationality nationality)
    {
        var country = office.Country.Trim();
        if (country.Equals(nationality.CountryCode, StringComparison.OrdinalIgnoreCase)
            || LinkKey.Of(country) == LinkKey.Of(nationality.CountryNameAr))
        {
            return true;
        }

        return kb.Lookup(nationality.CountryNameAr).Any(e => e.Id.Equals(country, StringComparison.OrdinalIgnoreCase))
            || (kb.Get(country) is { } entity && LinkKey.Of(entity.NameAr) == LinkKey.Of(nationality.CountryNameAr))
            || lexicon.NationalityOf(country) == nationality;
    }

    /// <summary>A person named right after the role (or after «باسم ...» for a role noun), or right before it with
    /// only a comma or an opening bracket between (أسامة بن لادن (زعيم تنظيم القاعدة)).</summary>
    private static MentionCandidate? Adjacent(string body, List<MentionCandidate> candidates, int i)
    {
        var c = candidates[i];
        for (var j = i + 1; j < candidates.Count && candidates[j].FirstToken - c.LastToken <= 6; j++)
        {
            var n = candidates[j];
            if (n.Start < c.End)
            {
                continue; // a name inside the title (المتحدث باسم البنتاغون)
            }

            var gap = body.AsSpan(c.End, Math.Max(0, n.Start - c.End)).Trim();
            if (gap.IndexOfAny(SentenceEnds) >= 0)
            {
                break;
            }

            if (n.EntityKey is not null && (n.IsPersonName || (c.Kind == CandidateKind.Title && IsUnknownTagged(n))))
            {
                var joined = gap.Length == 0 || gap is "،" or ",";
                var onBehalf = c.Kind == CandidateKind.RoleNoun && gap.StartsWith("باسم") && gap.IndexOfAny('،', ',') < 0;
                return joined || onBehalf ? n : null;
            }

            if (c.Kind != CandidateKind.RoleNoun)
            {
                break;
            }
        }

        if (i > 0 && candidates[i - 1] is { IsPersonName: true, EntityKey: not null } p)
        {
            var gap = body.AsSpan(p.End, Math.Max(0, c.Start - p.End)).Trim();
            if (gap is "،" or "," or "(")
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The nearest person before the role (then after it) who holds it: taught by the article, or a KB term
    /// of one of its offices (at the date, when there is one).</summary>
    private MentionCandidate? Nearest(
        string body, List<MentionCandidate> candidates, int i, MentionCandidate role, ImmutableArray<Office> offices,
        Dictionary<string, List<MentionCandidate>> learned, DateOnly? date)
    {
        bool Holds(MentionCandidate p) =>
            p.IsPersonName && p.EntityKey is not null
            && (learned.GetValueOrDefault(p.EntityKey)?.Any(r => SameRole(body, r, role)) == true
                || kb.RolesOf(p.EntityKey).Any(t => offices.Any(o => o.Id == t.OfficeId) && (date is null || t.Covers(date.Value))));

        for (var j = i - 1; j >= 0; j--)
        {
            if (Holds(candidates[j]))
            {
                return candidates[j];
            }
        }

        for (var j = i + 1; j < candidates.Count; j++)
        {
            if (Holds(candidates[j]))
            {
                return candidates[j];
            }
        }

        return null;
    }

    /// <summary>Whether a role seen next to a name is the role now read: a shared office, or the same head word with
    /// a matching (or unstated) nationality.</summary>
    private bool SameRole(string body, MentionCandidate known, MentionCandidate role)
    {
        var knownOffices = OfficesOf(known);
        var roleOffices = OfficesOf(role);
        if (knownOffices.Any(k => roleOffices.Any(r => r.Id == k.Id)))
        {
            return true;
        }

        if (known.Role!.HeadKey != role.Role!.HeadKey
            || (known.Kind == CandidateKind.RoleNoun && knownOffices.IsEmpty && role.Kind == CandidateKind.Title && !IsDefinite(body, role)))
        {
            // «الرئيس فلان» teaches nothing of «رئيس الوزراء» or «رئيس الأركان»: a head in construct names another post.
            return false;
        }

        if (role.Nationality is null)
        {
            return role.Kind == CandidateKind.RoleNoun || roleOffices.IsEmpty || knownOffices.IsEmpty;
        }

        return known.Nationality == role.Nationality || knownOffices.Any(o => CountryMatches(o, role.Nationality));
    }

    /// <summary>Whether the phrase opens with the article (الرئيس المصري), not with a head in construct (رئيس الوزراء).</summary>
    private static bool IsDefinite(string body, MentionCandidate phrase)
    {
        var text = body.AsSpan(phrase.Start, phrase.End - phrase.Start);
        if (text.Length > 2 && text[0] is 'و' or 'ف')
        {
            text = text[1..]; // والرئيس
        }

        return text.StartsWith("ال", StringComparison.Ordinal) || text.StartsWith("لل", StringComparison.Ordinal)
            || (text.Length > 3 && text[0] is 'ب' or 'ك' && text[1..].StartsWith("ال", StringComparison.Ordinal));
    }

    /// <summary>The country of the article's dateline: the country a dateline town lies in (a dateline names a town
    /// first: «عمّان» is Amman, not Oman), or the country it names; null when unknown or when it reads several ways.</summary>
    public string? HomeCountry(string? dateline)
    {
        if (string.IsNullOrWhiteSpace(dateline))
        {
            return null;
        }

        var places = kb.Lookup(dateline).Where(e => e.Type == EntityType.LOC).ToList();
        var towns = places.Select(e => lexicon.CountryOfTown(e.Id)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (towns.Count > 0)
        {
            return towns.Count == 1 ? towns[0] : null;
        }

        var countries = places.Where(e => kb.Offices.Any(o => string.Equals(o.Country.Trim(), e.Id, StringComparison.OrdinalIgnoreCase))).ToList();
        return countries.Count == 1 ? countries[0].Id : null;
    }

    /// <summary>«رئيس الوزراء السابق»: a former holder, not the one in office on the date.</summary>
    private bool IsFollowedByFormerWord(string body, MentionCandidate title)
    {
        var rest = body.AsSpan(title.End).TrimStart(' ');
        var end = rest.IndexOfAny(' ', '،', '.');
        var word = (end < 0 ? rest : rest[..end]).ToString();
        return word.Length > 0 && lexicon.IsFormerWord(LinkKey.Of(word));
    }

    /// <summary>Whether the title is followed, after spaces only, by a coordinated definite noun (والغاز، والصناعة):
    /// the written title is longer than the one matched, and names another office.</summary>
    private static bool RunsOnCoordinated(string body, MentionCandidate title)
    {
        var next = title.End;
        while (next < body.Length && body[next] == ' ')
        {
            next++;
        }

        return next > title.End && body.AsSpan(next).StartsWith("وال", StringComparison.Ordinal);
    }

    private static bool IsUnknownTagged(MentionCandidate n) =>
        n.Kind == CandidateKind.Tagged && n.KbIds.IsEmpty && n.EntityKey is { } key && ProvisionalId.IsProvisional(key);

    private static void Retype(string body, List<MentionCandidate> candidates, MentionCandidate person)
    {
        var oldKey = person.EntityKey;
        var newKey = ProvisionalId.For(EntityType.PERS, body[person.Start..person.End]);
        foreach (var other in candidates.Where(o => o.EntityKey == oldKey))
        {
            other.EntityKey = newKey;
            other.Type = EntityType.PERS;
        }
    }

    private static void Learn(Dictionary<string, List<MentionCandidate>> learned, string entity, MentionCandidate role)
    {
        if (!learned.TryGetValue(entity, out var list))
        {
            learned[entity] = list = [];
        }

        list.Add(role);
    }

    private static string FirstWord(string title)
    {
        var words = LinkKey.Words(title);
        return words.Length > 0 ? RoleTitleIndex.Head(words[0]) : string.Empty;
    }
}
