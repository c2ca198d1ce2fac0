using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>
/// The knowledge base: entities with their aliases, offices with their titles, and who held each office when.
/// Loaded once from <c>kb/entities.tsv</c>, <c>kb/offices.tsv</c>, <c>kb/office_holders.tsv</c> and the files of
/// the same names under <c>linking/</c> (rows that extend the KB; an id seen again adds aliases). Immutable and
/// thread-safe once built.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly ConditionalWeakTable<ResourceFiles, KnowledgeBase> Cache = [];

    // Enumerated (Entities, Offices): kept as they were, so every index built from them keeps its order.
    private readonly ImmutableDictionary<string, KbEntity> entities;
    private readonly ImmutableDictionary<string, Office> offices;

    // Looked up for nearly every word the linker reads: frozen copies answer several times faster than the
    // immutable dictionaries' trees.
    private readonly FrozenDictionary<string, KbEntity> entityById;
    private readonly FrozenDictionary<string, Office> officeById;
    private readonly FrozenDictionary<string, ImmutableArray<OfficeTerm>> termsByOffice;
    private readonly FrozenDictionary<string, ImmutableArray<OfficeTerm>> termsByEntity;
    private readonly FrozenSet<string> countries;
    private readonly Dictionary<string, List<(string Id, string Key)>> personsBySkeleton = new(StringComparer.Ordinal);

    internal KnowledgeBase(
        IEnumerable<KbEntity> entities,
        IEnumerable<Office> offices,
        IEnumerable<OfficeTerm> terms,
        ImmutableArray<string> warnings,
        IReadOnlySet<string>? honorifics = null)
    {
        this.entities = entities.ToImmutableDictionary(e => e.Id, StringComparer.Ordinal);
        this.offices = offices.ToImmutableDictionary(o => o.Id, StringComparer.Ordinal);
        entityById = this.entities.ToFrozenDictionary(StringComparer.Ordinal);
        officeById = this.offices.ToFrozenDictionary(StringComparer.Ordinal);
        var termList = terms.ToList();
        termsByOffice = termList.GroupBy(t => t.OfficeId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        termsByEntity = termList.GroupBy(t => t.EntityId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        Warnings = warnings;
        countries = this.offices.Values.Select(o => o.Country).ToFrozenSet(StringComparer.Ordinal);

        var names = new PhraseIndex<string>();
        foreach (var e in this.entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var name in e.Aliases.Prepend(e.NameAr).Append(e.NameEn ?? string.Empty).Select(n => WithoutHonorific(n, honorifics)).Distinct())
            {
                names.Add(name, e.Id);
                if (e.Type == EntityType.PERS && NameSkeleton.Of(LinkKey.Of(name)) is { } skeleton)
                {
                    AddSkeleton(skeleton, e.Id, LinkKey.Of(name));
                }
            }
        }

        Names = names.Freeze();
        var titles = new PhraseIndex<string>();
        foreach (var o in this.offices.Values.OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            foreach (var title in o.Titles)
            {
                titles.Add(title, o.Id);
            }
        }

        Titles = titles.Freeze();
    }

    /// <summary>The knowledge base of the shipped files plus the MARSAD_KNOWLEDGE folder.</summary>
    public static KnowledgeBase Default => For(ResourceFiles.Default);

    /// <summary>Rows that could not be read (file and reason); they are skipped, the rest loads.</summary>
    public ImmutableArray<string> Warnings { get; }

    public int EntityCount => entities.Count;

    public IEnumerable<KbEntity> Entities => entities.Values;

    public IEnumerable<Office> Offices => offices.Values;

    /// <summary>Every name and alias, by normalised key, to entity ids.</summary>
    /// <summary>A name without a leading honorific (الشيخ محمد بن راشد آل مكتوم → محمد بن راشد آل مكتوم), so that the
    /// mention is the name as the tagger and readers take it; kept whole where one word would remain (الملك سلمان).</summary>
    private static string WithoutHonorific(string name, IReadOnlySet<string>? honorifics)
    {
        var words = LinkKey.Words(name);
        return honorifics is not null && words.Length >= 3 && honorifics.Contains(words[0]) ? string.Join(' ', words[1..]) : name;
    }

    internal PhraseIndex<string> Names { get; }

    /// <summary>Every office title, by normalised key, to office ids.</summary>
    internal PhraseIndex<string> Titles { get; }

    /// <summary>The knowledge base of these files, loaded once per <see cref="ResourceFiles"/> instance.</summary>
    public static KnowledgeBase For(ResourceFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Cache.GetValue(files, KnowledgeBaseLoader.Load);
    }

    /// <summary>Whether an entity is the country of some office (a state rather than a city of the same name).</summary>
    public bool IsCountry(string id) => countries.Contains(id);

    private void AddSkeleton(string skeleton, string id, string key)
    {
        if (!personsBySkeleton.TryGetValue(skeleton, out var names))
        {
            personsBySkeleton[skeleton] = names = [];
        }

        names.Add((id, key));
    }

    /// <summary>The one KB person whose name of two words or more has the same <see cref="NameSkeleton"/> as the key
    /// (جاووش أوغلو for جاويش أوغلو) and a close spelling (<see cref="NameSkeleton.CloseSpelling"/>), or null when none
    /// or several do.</summary>
    internal string? PersonSpelledLike(string key)
    {
        if (NameSkeleton.Of(key) is not { } skeleton || !personsBySkeleton.TryGetValue(skeleton, out var names))
        {
            return null;
        }

        var ids = names.Where(n => NameSkeleton.CloseSpelling(key, n.Key)).Select(n => n.Id).Distinct().Take(2).ToList();
        return ids.Count == 1 ? ids[0] : null;
    }

    public KbEntity? Get(string id) => entityById.GetValueOrDefault(id);

    public Office? GetOffice(string id) => officeById.GetValueOrDefault(id);

    /// <summary>The entities a name or alias may stand for (spelling, hashtag and proclitics forgiven:
    /// «أمريكا»، «#تيريزا_ماي»، «لبريطانيا»).</summary>
    public ImmutableArray<KbEntity> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = LinkKey.Of(name);
        var ids = Names.Exact(key).ToList();
        if (ids.Count == 0)
        {
            var trimmed = name.Trim().TrimStart('#');
            var firstEnd = 0;
            while (firstEnd < trimmed.Length && !char.IsWhiteSpace(trimmed[firstEnd]) && trimmed[firstEnd] != '_')
            {
                firstEnd++;
            }

            foreach (var (skip, firstKey, _) in Proclitics.Strip(trimmed, 0, firstEnd))
            {
                ids = Names.Exact(LinkKey.Of(firstKey + trimmed[firstEnd..])).ToList();
                if (ids.Count > 0)
                {
                    break;
                }
            }
        }

        return [.. ids.Distinct().Select(id => entityById[id])];
    }

    /// <summary>The offices and terms an entity held (its roles, with their date ranges).</summary>
    public ImmutableArray<OfficeTerm> RolesOf(string entityId) => termsByEntity.GetValueOrDefault(entityId, []);

    /// <summary>The entity with its aliases and its roles (office and date range), or null for an unknown id.</summary>
    public EntityProfile? Describe(string id)
    {
        if (Get(id) is not { } entity)
        {
            return null;
        }

        var roles = RolesOf(id)
            .Where(t => officeById.ContainsKey(t.OfficeId))
            .OrderBy(t => t.From ?? DateOnly.MinValue)
            .Select(t => new EntityRole(officeById[t.OfficeId], t.From, t.To));
        return new EntityProfile(entity, [.. roles]);
    }

    /// <summary>Who held the office on the date.</summary>
    public ImmutableArray<KbEntity> HoldersOf(string officeId, DateOnly date) =>
        [.. termsByOffice.GetValueOrDefault(officeId, [])
            .Where(t => t.Covers(date))
            .Select(t => Get(t.EntityId))
            .OfType<KbEntity>()
            .DistinctBy(e => e.Id)];

    /// <summary>The offices a title names exactly (وزير الخارجية الأمريكي → us-secretary-of-state).</summary>
    public ImmutableArray<Office> OfficesTitled(string phrase) =>
        [.. Titles.Exact(LinkKey.Of(phrase)).Distinct().Select(id => officeById[id])];

    /// <summary>
    /// Reads a role phrase at a date: the office it names and who held it then. Without a date, or when the phrase
    /// names no single office, or nobody (or several people) held it that day, <see cref="RoleResolution.Holder"/>
    /// is null — never a guess. Null when the phrase names no office at all.
    /// </summary>
    public RoleResolution? ResolveRole(string phrase, DateOnly? date)
    {
        var candidates = OfficesTitled(phrase);
        if (candidates.IsEmpty)
        {
            return null;
        }

        if (candidates.Length > 1 || date is not { } day)
        {
            return new RoleResolution(candidates[0], null);
        }

        var holders = HoldersOf(candidates[0].Id, day);
        return new RoleResolution(candidates[0], holders.Length == 1 ? holders[0] : null);
    }
}
