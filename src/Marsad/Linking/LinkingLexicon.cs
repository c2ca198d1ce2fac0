using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Linking;

/// <summary>The linker's own word lists from <c>Resources/linking/</c>: nationality adjectives, descriptions, role
/// nouns, generic-group heads and non-entities. Loaded once per <see cref="ResourceFiles"/>; read-only after.</summary>
public sealed class LinkingLexicon
{
    private static readonly ConditionalWeakTable<ResourceFiles, LinkingLexicon> Cache = [];

    private readonly Dictionary<string, Nationality> nationalities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> roleNouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> genericHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> nonEntities = new(StringComparer.Ordinal);
    private readonly HashSet<string> kinWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> arabicGivenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> capitals = new(StringComparer.Ordinal);
    private readonly HashSet<string> locativeWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> ambiguousWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> functionWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> firstNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> familyNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> nameParticles = new(StringComparer.Ordinal);
    private readonly HashSet<string> compoundNameOpeners = new(StringComparer.Ordinal);
    private readonly HashSet<string> innerNameTitles = new(StringComparer.Ordinal);
    private readonly HashSet<string> honorifics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HonorificRank> honorificRanks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[][]> bareTitles = new(StringComparer.Ordinal);
    private readonly HashSet<string> bareTitleOpeners = new(StringComparer.Ordinal);
    private readonly HashSet<string> facilityHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> nameHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> titleHeads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sameTitleHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> bareRoleHeads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> titleStops = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChunkHead> chunkHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> chunkStops = new(StringComparer.Ordinal);
    private readonly HashSet<string> apartHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> kindHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> namePreceders = new(StringComparer.Ordinal);
    private readonly HashSet<string> purposePrepositions = new(StringComparer.Ordinal);
    private readonly HashSet<string> metonymyBlockers = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitalPhraseOpeners = new(StringComparer.Ordinal);
    private readonly HashSet<string> facilityNameHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> facilityAdjectives = new(StringComparer.Ordinal);
    private readonly HashSet<string> provinceHeads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> facilityIdiomWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> titleGenitivesNoBody = new(StringComparer.Ordinal);
    private readonly HashSet<string> chunkAdjectives = new(StringComparer.Ordinal);
    private readonly HashSet<string> titleWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> roleComplementHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> roleComplementFillers = new(StringComparer.Ordinal);
    private readonly HashSet<string> titleBodies = new(StringComparer.Ordinal);
    private readonly HashSet<string> deputyWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> latterPronouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> formerWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> remitWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> descriptiveAliasHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> regionHeads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> townCountries = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitalIds = new(StringComparer.Ordinal);

    // Span look-ups taken once (GetAlternateLookup checks the comparer with an interface cast on every call).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> titleHeadSpans;
    private readonly Dictionary<string, ChunkHead>.AlternateLookup<ReadOnlySpan<char>> chunkHeadSpans;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> genericHeadSpans;
    private readonly Dictionary<string, Nationality>.AlternateLookup<ReadOnlySpan<char>> nationalitySpans;
    private readonly Dictionary<string, HonorificRank>.AlternateLookup<ReadOnlySpan<char>> honorificRankSpans;

    private LinkingLexicon(ResourceFiles files)
    {
        titleHeadSpans = titleHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        chunkHeadSpans = chunkHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        genericHeadSpans = genericHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        nationalitySpans = nationalities.GetAlternateLookup<ReadOnlySpan<char>>();
        honorificRankSpans = honorificRanks.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var row in files.ReadTsv("linking/nationalities.tsv", hasHeader: false).Where(r => !KbParsing.IsHeader(r, "country_code")))
        {
            if (row.Length >= 3)
            {
                var nationality = new Nationality(row[0].Trim(), row[1].Trim());
                foreach (var adjective in KbParsing.List(row[2]))
                {
                    nationalities.TryAdd(LinkKey.Of(adjective), nationality);
                }
            }
        }

        var descriptions = new PhraseIndex<Description>();
        foreach (var row in files.ReadTsv("linking/descriptions.tsv", hasHeader: false).Where(r => !KbParsing.IsHeader(r, "phrase")))
        {
            if (row.Length >= 2)
            {
                var type = row.Length > 2 ? KbParsing.Type(row[2]) ?? EntityType.ORG : EntityType.ORG;
                var fallback = row.Length > 3 ? row[3].Trim().Split('@') : [];
                var heads = KbParsing.List(row[1]).ToList();
                var isAntecedentHead = (string h) => h is not (Description.AnyTownHead or Description.AnyCapitalHead) && h[0] != Description.HolderTitlePrefix;
                descriptions.Add(row[0], new Description(row[0].Trim(), [.. heads.Where(isAntecedentHead).Select(h => LinkKey.Of(h))], type)
                {
                    AnyTown = heads.Contains(Description.AnyTownHead),
                    AnyCapital = heads.Contains(Description.AnyCapitalHead),
                    HolderTitleHeads = [.. heads.Where(h => h[0] == Description.HolderTitlePrefix).Select(h => RoleTitleIndex.Head(LinkKey.Of(h.AsSpan(1))))],
                    DefaultTarget = fallback.Length == 2 ? fallback[0] : null,
                    DefaultContext = fallback.Length == 2 ? fallback[1] : null,
                    Reach = row.Length > 4 && int.TryParse(row[4].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var reach) ? reach : null,
                });
            }
        }

        Descriptions = descriptions.Freeze();
        var nouns = new PhraseIndex<string>();
        foreach (var row in files.ReadTsv("linking/role-nouns.tsv", hasHeader: false).Where(r => !KbParsing.IsHeader(r, "noun")))
        {
            if (row.Length >= 2)
            {
                var head = row[1].Trim() == AnyOfficeHead ? AnyOfficeHead : LinkKey.Of(row[1]);
                nouns.Add(row[0], head);
                roleNouns[LinkKey.Of(row[0])] = head;
            }
        }

        RoleNouns = nouns.Freeze();
        foreach (var line in files.ReadLines("linking/generic-heads.txt"))
        {
            genericHeads.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("linking/arabic-given-names.txt"))
        {
            arabicGivenNames.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("linking/non-entities.txt"))
        {
            nonEntities.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("linking/kin-words.txt"))
        {
            kinWords.Add(LinkKey.Of(line));
        }

        foreach (var row in files.ReadTsv("linking/metonyms.tsv", hasHeader: false).Where(r => !KbParsing.IsHeader(r, "capital_id")))
        {
            if (row.Length >= 2)
            {
                capitals[row[0].Trim()] = row[1].Trim();
            }
        }

        foreach (var line in files.ReadLines("linking/locative-words.txt"))
        {
            locativeWords.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("linking/ambiguous-words.txt"))
        {
            ambiguousWords.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("corpus/stopwords.txt"))
        {
            ambiguousWords.Add(LinkKey.Of(line));
            functionWords.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("gazetteers/person-first-names.txt"))
        {
            firstNames.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("linking/facility-heads.txt"))
        {
            facilityHeads.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("linking/compound-name-openers.txt"))
        {
            compoundNameOpeners.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("linking/name-particles.txt"))
        {
            nameParticles.Add(LinkKey.Of(line));
        }

        foreach (var row in files.ReadTsv("linking/honorific-ranks.tsv", hasHeader: false).Where(r => r.Length >= 3 && !KbParsing.IsHeader(r, "honorific")))
        {
            var rank = new HonorificRank([.. row[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => LinkKey.Words(r))]);
            honorificRanks[LinkKey.Of(row[0])] = rank with { IsPronoun = false };
            if (row[1].Trim() != "-")
            {
                honorificRanks[LinkKey.Of(row[1])] = rank with { IsPronoun = true };
            }
        }

        foreach (var row in files.ReadTsv("linking/bare-titles.tsv", hasHeader: false).Where(r => r.Length >= 2 && !KbParsing.IsHeader(r, "title")))
        {
            var title = LinkKey.Words(row[0]);
            if (title.Length == 2)
            {
                bareTitleOpeners.Add(title[0]);
                bareTitles[string.Join(' ', title)] = [.. row[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(b => LinkKey.Words(b))];
            }
        }

        foreach (var line in files.ReadLines("linking/inner-name-titles.txt"))
        {
            innerNameTitles.Add(LinkKey.Of(line));
        }

        foreach (var line in files.ReadLines("gazetteers/person-family-names.txt"))
        {
            familyNames.Add(LinkKey.Of(line));
        }

        foreach (var row in files.ReadTsv("gazetteers/org-head-words.txt").Where(r => r.Length > 1))
        {
            nameHeads.Add(LinkKey.Of(row[0]));
        }

        // Any one-word title (المشير، الشيخ، الدكتور) is not part of the name it precedes.
        foreach (var row in files.ReadTsv("gazetteers/person-titles.txt").Where(r => r.Length > 1 && !r[0].Contains(' ', StringComparison.Ordinal)))
        {
            titleWords.Add(LinkKey.Of(row[0]));
        }

        foreach (var row in files.ReadTsv("gazetteers/person-titles.txt").Where(r => r.Length > 1 && r[1].Trim() == "honorific" && !r[0].Contains(' ', StringComparison.Ordinal)))
        {
            honorifics.Add(LinkKey.Of(row[0]));
        }

        // Offices, ranks and professions head a role phrase; honorifics (السيد، الشيخ) and religious titles do not.
        foreach (var row in files.ReadTsv("gazetteers/person-titles.txt").Where(r => r.Length > 1 && r[1].Trim() is "office" or "military" or "profession"))
        {
            if (LinkKey.Words(row[0]) is [var head, ..])
            {
                titleHeads.Add(RoleTitleIndex.Head(head));
            }
        }

        foreach (var row in files.ReadTsv("linking/title-heads.tsv", hasHeader: false).Where(r => r.Length > 1 && !KbParsing.IsHeader(r, "word")))
        {
            if (LinkKey.Words(row[0]) is [var head, ..])
            {
                var key = RoleTitleIndex.Head(head);
                titleHeads.Add(key);
                sameTitleHeads[key] = RoleTitleIndex.Head(LinkKey.Of(row[1]));
            }
        }

        foreach (var line in files.ReadLines("linking/bare-role-heads.txt"))
        {
            bareRoleHeads.Add(RoleTitleIndex.Head(LinkKey.Of(line)));
        }

        foreach (var row in files.ReadTsv("linking/title-stops.tsv").Where(r => r.Length > 1))
        {
            if (row[1].Trim() == "not-a-head")
            {
                titleHeads.Remove(RoleTitleIndex.Head(LinkKey.Of(row[0])));
                continue;
            }

            titleStops[LinkKey.Of(row[0])] = row[1].Trim() == "clause";
        }

        foreach (var row in files.ReadTsv("linking/chunk-heads.tsv").Where(r => r.Length > 1))
        {
            var type = KbParsing.Type(row[1]) ?? EntityType.ORG;
            var key = LinkKey.Of(row[0]);
            var kind = row.Length > 2 ? row[2].Trim() : string.Empty;
            chunkHeads[key] = new ChunkHead(type, Definite: false, kind == "national", kind == "apart", OnlyAsWritten: kind == "written");
            chunkHeads["ال" + key] = new ChunkHead(type, Definite: true, kind == "national", kind == "apart", OnlyAsWritten: kind == "written");
        }

        metonymyBlockers.UnionWith(files.ReadLines("linking/metonymy-blockers.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        capitalPhraseOpeners.UnionWith(files.ReadLines("linking/capital-phrase-openers.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        facilityNameHeads.UnionWith(files.ReadLines("linking/facility-name-heads.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        facilityAdjectives.UnionWith(files.ReadLines("linking/facility-adjectives.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        provinceHeads.UnionWith(files.ReadLines("linking/province-heads.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        foreach (var row in files.ReadTsv("linking/facility-idioms.tsv", hasHeader: false).Where(r => r.Length >= 2 && !KbParsing.IsHeader(r, "head")))
        {
            var head = LinkKey.Of(row[0]);
            if (!facilityIdiomWords.TryGetValue(head, out var words))
            {
                facilityIdiomWords[head] = words = new HashSet<string>(StringComparer.Ordinal);
            }

            words.Add(LinkKey.Of(row[1]));
        }
        titleGenitivesNoBody.UnionWith(files.ReadLines("linking/title-genitives-no-body.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        apartHeads.UnionWith(files.ReadLines("linking/apart-heads.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        kindHeads.UnionWith(files.ReadLines("linking/kind-heads.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        namePreceders.UnionWith(files.ReadLines("linking/name-preceders.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        purposePrepositions.UnionWith(files.ReadLines("linking/purpose-prepositions.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        chunkStops.UnionWith(files.ReadLines("linking/chunk-stops.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        chunkAdjectives.UnionWith(files.ReadLines("linking/chunk-adjectives.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        foreach (var row in files.ReadTsv("linking/role-complements.tsv", hasHeader: false).Where(r => r.Length > 1 && !KbParsing.IsHeader(r, "word")))
        {
            switch (row[1].Trim())
            {
                case "head": roleComplementHeads.Add(LinkKey.Of(row[0])); break;
                case "filler": roleComplementFillers.Add(LinkKey.Of(row[0])); break;
                case "body": titleBodies.Add(row[0].Trim()); break;
            }
        }

        deputyWords.UnionWith(files.ReadLines("linking/deputy-words.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        latterPronouns.UnionWith(files.ReadLines("linking/latter-pronouns.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        remitWords.UnionWith(files.ReadLines("linking/remit-words.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        formerWords.UnionWith(files.ReadLines("linking/former-words.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0).SelectMany(k => new[] { k, RoleTitleIndex.Head(k) }));
        descriptiveAliasHeads.UnionWith(files.ReadLines("linking/descriptive-alias-heads.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
        foreach (var (town, country) in Corpus.StoryPlaces.ReadTowns(files))
        {
            townCountries[town] = country;
        }

        capitalIds.UnionWith(files.ReadLines("linking/capitals.txt").Select(l => l.Trim()));
        regionHeads.UnionWith(files.ReadLines("linking/region-heads.txt").Select(l => LinkKey.Of(l)).Where(k => k.Length > 0));
    }

    public static LinkingLexicon Default => For(ResourceFiles.Default);

    internal PhraseIndex<Description> Descriptions { get; }

    /// <summary>Role nouns (الوزير، المتحدثة) to the key of the title word they stand for (وزير، متحدث).</summary>
    internal PhraseIndex<string> RoleNouns { get; }

    /// <summary>The title head of role nouns that name a holder of any office (المسؤول، نظيره): with a nationality
    /// adjective they name the article's one person of that country; alone they name no one.</summary>
    internal const string AnyOfficeHead = "*";

    public static LinkingLexicon For(ResourceFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Cache.GetValue(files, f => new LinkingLexicon(f));
    }

    /// <summary>The country whose government a capital may stand for (loc:washington → loc:usa), or null.</summary>
    public string? CountryOfCapital(string entityId) => capitals.GetValueOrDefault(entityId);

    internal bool IsLocativeWord(string key) => locativeWords.Contains(key);

    /// <summary>Single words the dictionary pass does not take alone (ينبع "springs", صور "pictures").</summary>
    internal bool IsAmbiguousWord(string key) => ambiguousWords.Contains(key);

    /// <summary>Whether a word is a function word (<c>corpus/stopwords.txt</c>: لا، إن، ما ...).</summary>
    internal bool IsFunctionWord(string key) => functionWords.Contains(key);

    /// <summary>Words that begin the name of a place or facility (مطار، مخيم، ميناء).</summary>
    internal bool IsFacilityHead(string key) => facilityHeads.Contains(key);

    /// <summary>Facility heads that make a place of a person's or place's name the tagger read after them (معبر فلان);
    /// <c>linking/facility-name-heads.txt</c>, without heads that are also verbs before a name (سجن).</summary>
    internal bool IsFacilityNameHead(string key) => facilityNameHeads.Contains(key);

    /// <summary>Heads of a province named after its town (ولاية صفاقس); <c>linking/province-heads.txt</c>.</summary>
    internal bool IsProvinceHead(ReadOnlySpan<char> key) => provinceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    /// <summary>Whether a key is a facility head (<see cref="IsFacilityHead(string)"/>), for a key's tail after a proclitic.</summary>
    internal bool IsFacilityHead(ReadOnlySpan<char> key) => facilityHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    /// <summary>Whether <paramref name="word"/> before facility head <paramref name="head"/> makes it an idiom (الكرة في
    /// ملعب واشنطن); <c>linking/facility-idioms.tsv</c>.</summary>
    internal bool IsFacilityIdiomWord(string head, string word) =>
        facilityIdiomWords.TryGetValue(head, out var words)
        && (words.Contains(word) || (word.Length > 3 && word[0] is 'و' or 'ف' && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.AsSpan(1))));

    /// <summary>Adjectives that continue a facility's name after its place (مطار دمشق الدولي);
    /// <c>linking/facility-adjectives.txt</c>.</summary>
    internal bool IsFacilityAdjective(string key) => facilityAdjectives.Contains(key);

    /// <summary>Words after a minister's title that name no ministry (وزير الدولة);
    /// <c>linking/title-genitives-no-body.txt</c>.</summary>
    internal bool IsTitleGenitiveWithoutBody(string key) => titleGenitivesNoBody.Contains(key);

    internal bool IsFirstName(string key) => firstNames.Contains(key);

    /// <summary>The head of a role phrase (وزير، مبعوث، مدرب), without article or feminine ending.</summary>
    /// <summary>Whether a title head may stand alone for its holder (الوزير، المدرب: <c>linking/bare-role-heads.txt</c>).</summary>
    internal bool IsBareRoleHead(string headKey) => bareRoleHeads.Contains(headKey);

    /// <summary>The head a later reference to a title of this head uses (ناخب → مدرب), or the head itself.</summary>
    internal string SameTitleHead(string headKey) => sameTitleHeads.GetValueOrDefault(headKey, headKey);

    internal bool IsTitleHead(ReadOnlySpan<char> headKey) => titleHeadSpans.Contains(headKey);

    /// <summary>The listed title head a span spells, as the list's own string (no copy per word read).</summary>
    internal bool TryGetTitleHead(ReadOnlySpan<char> headKey, [NotNullWhen(true)] out string? head) => titleHeadSpans.TryGetValue(headKey, out head);

    /// <summary>Words that end a title beside a name: complementisers on either side, prepositions only after the
    /// name (<paramref name="afterName"/>).</summary>
    internal bool IsTitleStop(string key, bool afterName) => titleStops.TryGetValue(key, out var clause) && (clause || afterName);

    /// <summary>Words that begin the name of an organisation, a facility or an event (منظمة، جامعة، بطولة).</summary>
    internal bool IsNameHead(string key) => nameHeads.Contains(key);

    /// <summary>A common Arabic given name (محمد، فهد): a name opening with it is matched by spelling only, not by skeleton.</summary>
    internal bool IsArabicGivenName(string key) => arabicGivenNames.Contains(key);

    internal bool IsFamilyName(string key) => familyNames.Contains(key);

    /// <summary>An honorific of address (معالي، جلالة) or its pronoun (سموه، معاليه) and the ranks it is given to
    /// (<c>linking/honorific-ranks.tsv</c>).</summary>
    internal HonorificRank? HonorificRankOf(ReadOnlySpan<char> key) => honorificRankSpans.TryGetValue(key, out var rank) ? rank : null;

    /// <summary>The bodies a two-word bare title (رئيس المجلس) may point back to (<c>linking/bare-titles.tsv</c>);
    /// null when the words are no such title.</summary>
    internal string[][]? BareTitleBodies(string first, string second) =>
        bareTitleOpeners.Contains(first) ? bareTitles.GetValueOrDefault(first + " " + second) : null;

    /// <summary>A one-word honorific (الشيخ، الأمير، الملك): alone it names no one.</summary>
    internal bool IsHonorific(string key) => honorifics.Contains(key);

    /// <summary>بن، بنت، آل: words that chain a lineage inside one person's name (<c>linking/name-particles.txt</c>).</summary>
    internal bool IsNameParticle(string key) => nameParticles.Contains(key);

    /// <summary>الحاج: an honorific that also sits inside a written name, before a first name
    /// (<c>linking/inner-name-titles.txt</c>).</summary>
    internal bool IsInnerNameTitle(string key) => innerNameTitles.Contains(key);

    /// <summary>عبد، أبو: words that make one given name with the word after them (عبد السلام), which alone is then
    /// no surname (<c>linking/compound-name-openers.txt</c>).</summary>
    internal bool IsCompoundNameOpener(string key) => compoundNameOpeners.Contains(key);

    /// <summary>One-word person titles of <c>gazetteers/person-titles.txt</c> (المشير، الشيخ، الدكتور).</summary>
    internal bool IsTitleWord(string key) => titleWords.Contains(key);

    /// <summary>The head word of a name <see cref="NameChunker"/> builds (جهاز، النيابة، منتخب), or null.</summary>
    internal ChunkHead? ChunkHead(ReadOnlySpan<char> key) =>
        chunkHeadSpans.TryGetValue(key, out var head) ? head : null;

    /// <summary>Words that end a chunked name though they look like part of it (الذي، اليوم، المقبل).</summary>
    internal bool IsChunkStop(string key) => chunkStops.Contains(key);

    /// <summary>Words that say what kind of thing a name is without being part of it (صحيفة الغارديان names
    /// الغارديان; <c>linking/apart-heads.txt</c>).</summary>
    internal bool IsApartHead(string key) => apartHeads.Contains(key);

    /// <summary>Words that say what kind of body a name is and stand apart from it where the rest is a KB name of the
    /// same body (شبكة سي إن إن names سي إن إن; <c>linking/kind-heads.txt</c>).</summary>
    internal bool IsKindHead(string key) => kindHeads.Contains(key);

    /// <summary>Whether a word ends the words before a name and is never part of one (المتحدث باسمه | فلان;
    /// <c>linking/name-preceders.txt</c>).</summary>
    internal bool IsNamePreceder(string key) => namePreceders.Contains(key);

    /// <summary>Whether a preposition after a «لـ» complement makes it a verbal noun's purpose (للطعن في) rather than
    /// a field in a body's name (<c>linking/purpose-prepositions.txt</c>).</summary>
    internal bool IsPurposePreposition(string key) => purposePrepositions.Contains(key);

    /// <summary>Words after a capital's name that make it part of a phrase, not an actor (مسقط رأسه;
    /// <c>linking/metonymy-blockers.txt</c>).</summary>
    internal bool IsMetonymyBlocker(string key) => metonymyBlockers.Contains(key);

    /// <summary>Words before a capital's name that make it part of a phrase or another name (القوة القاهرة، ريال مدريد;
    /// <c>linking/capital-phrase-openers.txt</c>).</summary>
    internal bool IsCapitalPhraseOpener(string key) => capitalPhraseOpeners.Contains(key);

    /// <summary>Adjectives other than nisba ones that continue a chunked name (العامة، العليا، المشتركة).</summary>
    internal bool IsChunkAdjective(string key) => chunkAdjectives.Contains(key);

    /// <summary>A word that heads a role phrase whose «ل…» complement is the body the person serves (الأمين العام
    /// للأمم المتحدة; <c>linking/role-complements.tsv</c>, kind head).</summary>
    internal bool IsRoleComplementHead(string key) => roleComplementHeads.Contains(key);

    /// <summary>A word that names back the person last named (<c>linking/latter-pronouns.txt</c>: الأخير).</summary>
    internal bool IsLatterPronoun(string key) => latterPronouns.Contains(key);

    /// <summary>Whether a title word (a key or its head) makes the title a former holder's (<c>linking/former-words.txt</c>:
    /// وزير النقل السابق).</summary>
    internal bool IsFormerWord(string word) => formerWords.Contains(word);

    /// <summary>Whether a former-holder word is instead an office when a remit with بـ follows it (المكلف بالميزانية).</summary>
    internal bool TakesRemit(string word) => remitWords.Contains(word);

    /// <summary>Whether the word just before <paramref name="start"/> makes the title after it a deputy's
    /// (<c>linking/deputy-words.txt</c>: نائب وزير المالية).</summary>
    internal bool FollowsDeputyWord(string body, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && !char.IsWhiteSpace(body[begin - 1]))
        {
            begin--;
        }

        return end > begin && end < start && deputyWords.Contains(LinkKey.Of(body.AsSpan(begin, end - begin)));
    }

    /// <summary>A body (entity id) whose role titles are fixed phrases: named only inside them, it is no entity.</summary>
    internal bool IsTitleBody(string entityId) => titleBodies.Contains(entityId);

    /// <summary>A word that may sit between such a head and its complement (العام، الخاص، باسم; kind filler).</summary>
    internal bool IsRoleComplementFiller(string key) => roleComplementFillers.Contains(key);

    /// <summary>The first word of a descriptive KB alias (العاصمة الفرنسية، القارة الأفريقية) that names the entity only
    /// beside its name (<c>linking/descriptive-alias-heads.txt</c>).</summary>
    internal bool IsDescriptiveAliasHead(string key) => descriptiveAliasHeads.Contains(key);

    /// <summary>Whether a word heads a region's name before the region's bare name (قطاع غزة، إقليم كردستان:
    /// <c>linking/region-heads.txt</c>).</summary>
    internal bool IsRegionHead(string key) => regionHeads.Contains(key);

    /// <summary>Whether a KB id is a city or town (<c>kb/place-countries.tsv</c>).</summary>
    internal bool IsTown(string id) => townCountries.ContainsKey(id);

    /// <summary>The country a city or town lies in (<c>kb/place-countries.tsv</c>), or null.</summary>
    internal string? CountryOfTown(string id) => townCountries.GetValueOrDefault(id);

    /// <summary>Whether a place is a country's capital (<c>linking/capitals.txt</c>).</summary>
    internal bool IsCapital(string id) => capitalIds.Contains(id);

    /// <summary>The country a nationality adjective points at (الأمريكية → US), or null.</summary>
    public Nationality? NationalityOf(string word) => nationalities.GetValueOrDefault(LinkKey.Of(word));

    internal Nationality? NationalityOfKey(string key) => nationalities.GetValueOrDefault(key);

    /// <summary>Whether a key is a generic head alone (مجلس الوزراء، الحكومة): <c>linking/generic-heads.txt</c>.</summary>
    internal bool IsGenericHead(string key) => genericHeads.Contains(key);

    /// <summary>Whether a key is a kin word with a possessive pronoun (أبي، جارتي، ابن عمه): generic, unless it is the
    /// short form of a name the article writes in full.</summary>
    internal bool IsKinWord(string key) => kinWords.Contains(key);

    /// <summary>Whether a phrase is never an entity: a listed non-entity, a bare nationality adjective, or a generic
    /// group (a generic head followed only by nationality adjectives: الحكومة العراقية، قوات الأمن العراقية).</summary>
    public bool IsGeneric(string phrase) => IsGeneric(phrase, knownName: false);

    /// <summary>As <see cref="IsGeneric(string)"/>; a <paramref name="knownName"/> (a KB name) may equal a nationality
    /// adjective (السعودية) and is then not generic.</summary>
    public bool IsGeneric(string phrase, bool knownName)
    {
        var key = LinkKey.Of(phrase);
        if (nonEntities.Contains(key) || kinWords.Contains(key) || (!knownName && nationalities.ContainsKey(key)))
        {
            return true;
        }

        // A generic head of one or two words followed only by nationality adjectives (القوات الأمريكية), read on
        // spans of the key: the linker asks this of every candidate name.
        var wordCount = key.AsSpan().Count(' ') + 1;
        for (var headLength = Math.Min(2, wordCount - 1); headLength >= 1; headLength--)
        {
            var headEnd = key.IndexOf(' ');
            for (var w = 1; w < headLength; w++)
            {
                headEnd = key.IndexOf(' ', headEnd + 1);
            }

            if (genericHeadSpans.Contains(key.AsSpan(0, headEnd)) && AreAllNationalities(key.AsSpan(headEnd + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private bool AreAllNationalities(ReadOnlySpan<char> words)
    {
        foreach (var word in words.Split(' '))
        {
            if (!nationalitySpans.ContainsKey(words[word]))
            {
                return false;
            }
        }

        return true;
    }
}
