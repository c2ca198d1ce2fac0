using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Knowledge;

namespace Marsad.Quotes;

/// <summary>
/// The word lists of the quotation stage, loaded once from <c>Resources/quotes/</c> (and the user's knowledge
/// folder): cues, complementizers, clause ends and breaks, speaker-phrase stops, role heads, nationality adjectives.
/// Every lookup goes through <see cref="ArabicKey"/>.
/// </summary>
internal sealed class QuoteLexicon
{
    private readonly FrozenDictionary<string, CueEntry> cues;
    private readonly FrozenSet<string> sourceFirstWords;
    private readonly FrozenSet<string> oneWordSources;
    private readonly FrozenSet<string> gluedWawForms;

    // Span look-ups taken once: GetAlternateLookup checks the comparer with an interface cast on every call, and the
    // speaker phrase asks these for every word.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> sourceFirstWordSpans;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> clauseBreakSpans;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> subjectStopSpans;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> roleHeadSpans;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> orgHeadSpans;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> adjunctHeadSpans;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stanceNounSpans;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> anonymousHeadSpans;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> yaLookalikeSpans;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> demonymSpans;

    private QuoteLexicon(ResourceFiles files)
    {
        var cueMap = new Dictionary<string, CueEntry>(StringComparer.Ordinal);
        var sources = new List<ImmutableArray<string>>();
        var wawForms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in files.ReadTsv("quotes/cues.tsv"))
        {
            if (row.Length < 3)
            {
                throw new InvalidDataException($"quotes/cues.tsv: row '{string.Join('\t', row)}' has fewer than 3 columns (lemma, forms, kind)");
            }

            var kind = row[2].Trim() switch
            {
                "verb" => CueKind.Verb,
                "participle" => CueKind.Participle,
                "noun" => CueKind.Noun,
                "source" => CueKind.Source,
                var other => throw new InvalidDataException($"quotes/cues.tsv: unknown kind '{other}' for '{row[0]}' (verb|participle|noun|source)"),
            };
            var content = Column(row, 3).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            var frame = Column(row, 4).Trim();
            var nounAfter = FlagArgument(content, "np-after") ?? string.Empty;
            var namedEvent = FlagArgument(content, "np-named-event");
            var governedPrep = frame.StartsWith("prep:", StringComparison.Ordinal);
            var governed = governedPrep && frame.Length == 6 ? frame[5] : '\0';
            var frameWords = frame.Length == 0 || frame == "object" || governedPrep
                ? []
                : frame.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(f => ArabicKey.Words(f).ToImmutableArray()).ToImmutableArray();
            var entry = new CueEntry(row[0].Trim(), kind, content.Contains("comp"), content.Contains("quote"), content.Contains("np") || content.Contains("np-own") || content.Contains("np-stance") || content.Contains("np-subject") || nounAfter.Length > 0, frame == "object", frameWords, governed)
            {
                OwnNounPhraseOnly = content.Contains("np-own"),
                StanceNounPhraseOnly = content.Contains("np-stance"),
                GovernedPreposition = governedPrep && frame.Length > 6 ? ArabicKey.Of(frame.Substring(5)) : string.Empty,
                NeedsOwnSubject = content.Contains("np-subject"),
                NounPhrasePreposition = nounAfter,
                NamedSpeakerEvent = namedEvent is not null,
                NamedSpeakerEventPreposition = namedEvent ?? string.Empty,
            };
            foreach (var form in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (kind == CueKind.Source)
                {
                    sources.Add([.. ArabicKey.Words(form)]);
                }
                else
                {
                    var key = ArabicKey.Of(form);
                    cueMap[key] = entry;
                    if (key.Length > 3 && key[0] == 'و' && ArabicKey.Of(row[0].Trim())[0] != 'و')
                    {
                        // «وبين» is listed with its و (بين alone is the preposition); the cue is written without it.
                        wawForms.Add(key);
                    }
                }
            }
        }

        cues = cueMap.ToFrozenDictionary(StringComparer.Ordinal);
        gluedWawForms = wawForms.ToFrozenSet(StringComparer.Ordinal);
        SourcePhrases = [.. sources.OrderByDescending(s => s.Length)];
        Complementizers = Keys(files.ReadTsv("quotes/complementizers.tsv").Select(r => r[0]));
        SourceEnds = Phrases(files, "quotes/source-ends.txt");
        sourceFirstWords = SourcePhrases.Concat(SourceEnds).Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
        oneWordSources = SourcePhrases.Where(p => p.Length == 1).Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
        ClauseBreaks = Keys(files.ReadLines("quotes/clause-breaks.txt"));
        ClauseEndPhrases = Phrases(files, "quotes/clause-end-phrases.txt");
        Connectors = Keys(files.ReadLines("quotes/connectors.txt"));
        VerbParticles = Keys(files.ReadLines("quotes/verb-particles.txt"));
        SubjectStops = Keys(files.ReadLines("quotes/subject-stops.txt"));
        Adverbs = Keys(files.ReadLines("quotes/adverbs.txt"));
        PreSubjectSkips = Keys(files.ReadLines("quotes/pre-subject-skips.txt"));
        RolePrepositions = Keys(files.ReadLines("quotes/role-prepositions.txt"));
        RepresentationPrepositions = Keys(files.ReadLines("quotes/representation-prepositions.txt"));
        AdjunctHeads = Keys(files.ReadLines("quotes/adjunct-heads.txt").Select(w => WithoutArticle(ArabicKey.Of(w))));
        SubjectOpeners = Keys(files.ReadLines("quotes/subject-openers.txt"));
        AuxiliaryVerbs = Keys(files.ReadLines("quotes/auxiliary-verbs.txt"));
        CommaParticiples = Keys(files.ReadLines("quotes/comma-participles.txt"));
        OrgHeads = Keys(files.ReadTsv("gazetteers/org-head-words.txt").Where(r => r.Length > 1 && r[1].Trim() == "ORG")
            .Select(r => WithoutArticle(ArabicKey.Of(r[0].Trim()))));
        RelativePronouns = Keys(files.ReadLines("quotes/relative-pronouns.txt"));
        ProcliticLookalikes = Keys(files.ReadLines("quotes/proclitic-lookalikes.txt"));
        // Role heads: our own list plus the one-word person titles of the shared gazetteer (الدكتور، السيد، العقيد ...).
        RoleHeads = Keys(files.ReadLines("quotes/role-heads.txt")
            .Concat(files.ReadTsv("gazetteers/person-titles.txt").Select(r => r[0].Trim()).Where(t => t.Length > 0 && !t.Contains(' ')))
            .Select(w => WithoutArticle(ArabicKey.Of(w))));
        NameQuoteHeads = Keys(files.ReadLines("quotes/name-quote-heads.txt"));
        NameParticles = Keys(files.ReadLines("quotes/name-particles.txt"));
        CompoundNameTails = Keys(files.ReadLines("quotes/compound-name-tails.txt"));
        FirstNames = Keys(files.ReadLines("gazetteers/person-first-names.txt").Where(l => !l.Contains(' ')));
        // The linker's nationality adjectives (third column, '|'-separated): «المدرب الأرجنتيني» describes a person.
        var nationalities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in files.ReadTsv("linking/nationalities.tsv").Where(r => r.Length > 2))
        {
            foreach (var adjective in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                nationalities.TryAdd(ArabicKey.Of(adjective), row[0].Trim());
            }
        }

        NationalityAdjectives = nationalities.ToFrozenDictionary(StringComparer.Ordinal);
        OnBehalfWords = Keys(files.ReadLines("quotes/on-behalf-words.txt"));
        OpenerPrepositions = Keys(files.ReadLines("quotes/opener-prepositions.txt"));
        SideWords = Keys(files.ReadLines("quotes/side-words.txt"));
        SentenceAdverbs = Keys(files.ReadLines("quotes/sentence-adverbs.txt"));
        DocumentHeads = Keys(files.ReadLines("quotes/document-heads.txt"));
        AppearingNouns = Keys(files.ReadLines("quotes/appearing-nouns.txt"));
        IssuingVerbs = Keys(files.ReadLines("quotes/issuing-verbs.txt"));
        DocumentPronounFrames = Keys(files.ReadLines("quotes/document-pronoun-frames.txt"));
        NamingParticiples = Keys(files.ReadLines("quotes/naming-participles.txt"));
        ContentHeads = Keys(files.ReadLines("quotes/content-heads.txt"));
        ContrastPhrases = Phrases(files, "quotes/contrast-words.txt");
        ContrastConnectors = Phrases(files, "quotes/contrast-connectors.txt");
        TimeAdjuncts = Keys(files.ReadLines("quotes/time-adjuncts.txt"));
        var eventNouns = files.ReadLines("quotes/event-nouns.txt").Select(w => w.Trim()).ToList();
        EventNouns = Keys(eventNouns.Select(w => ArabicKey.Of(w.TrimEnd('+'))));
        DefiniteEventNouns = Keys(eventNouns.Where(w => w.EndsWith('+')).Select(w => ArabicKey.Of(w.TrimEnd('+'))));
        MonthWords = Keys(files.ReadTsv("facts/months.tsv").Select(r => ArabicKey.Words(r[0]).FirstOrDefault() ?? string.Empty).Where(w => w.Length > 0));
        NegationParticles = Keys(files.ReadLines("quotes/negation-particles.txt"));
        OrgAdjectives = Keys(files.ReadLines("quotes/org-adjectives.txt"));
        AnonymousHeads = Keys(files.ReadLines("quotes/anonymous-heads.txt"));
        NounPhraseOpeners = Keys(files.ReadLines("quotes/noun-phrase-openers.txt"));
        AnonymousClauseOpeners = Keys(files.ReadLines("quotes/anonymous-clause-openers.txt"));
        AnonymousPrepositions = Keys(files.ReadLines("quotes/anonymous-prepositions.txt"));
        LocativePrepositions = Keys(files.ReadLines("quotes/locative-prepositions.txt"));
        PlaceHeads = Keys(files.ReadLines("quotes/place-heads.txt"));
        MeetingDocumentAdjectives = Keys(files.ReadLines("quotes/meeting-document-adjectives.txt"));
        StanceNouns = Keys(files.ReadLines("quotes/stance-nouns.txt").Select(w => WithoutArticle(ArabicKey.Of(w.Trim()))));
        IssuerPhrases = [.. files.ReadLines("quotes/issuer-phrases.txt").Select(l => ArabicKey.Words(l).ToImmutableArray()).Where(w => w.Length > 1)];
        YaLookalikePrepositions = Keys(files.ReadLines("quotes/ya-lookalike-prepositions.txt"));
        ResumptivePronouns = Keys(files.ReadLines("quotes/resumptive-pronouns.txt"));
        SourceRelatives = Keys(files.ReadLines("quotes/source-relatives.txt"));
        LamObjectSources = Keys(files.ReadLines("quotes/lam-object-sources.txt"));
        // Longest first: «بيانهما» loses هما, not ه.
        PossessiveSuffixes = [.. files.ReadLines("quotes/possessive-suffixes.txt").Select(l => ArabicKey.Of(l.Trim())).Where(l => l.Length > 0)
            .Distinct().OrderByDescending(l => l.Length)];
        var contentPrepositions = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var row in files.ReadTsv("quotes/content-prepositions.tsv"))
        {
            var mode = Column(row, 1).Trim();
            if (mode is not ("drop" or "keep"))
            {
                throw new InvalidDataException($"quotes/content-prepositions.tsv: row '{string.Join('\t', row)}' needs drop or keep in its second column");
            }

            contentPrepositions[ArabicKey.Of(row[0].Trim())] = mode == "drop";
        }

        ContentPrepositions = contentPrepositions.ToFrozenDictionary(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in files.ReadTsv("quotes/demonyms.tsv"))
        {
            if (row.Length < 2)
            {
                throw new InvalidDataException($"quotes/demonyms.tsv: row '{string.Join('\t', row)}' needs forms and country");
            }

            foreach (var form in row[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                demonyms[ArabicKey.Of(form)] = row[1].Trim();
            }
        }

        Demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        sourceFirstWordSpans = sourceFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        clauseBreakSpans = ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>();
        subjectStopSpans = SubjectStops.GetAlternateLookup<ReadOnlySpan<char>>();
        roleHeadSpans = RoleHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        orgHeadSpans = OrgHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        adjunctHeadSpans = AdjunctHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        stanceNounSpans = StanceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        anonymousHeadSpans = AnonymousHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        yaLookalikeSpans = YaLookalikePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        demonymSpans = Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ImmutableArray<ImmutableArray<string>> SourcePhrases { get; }

    public FrozenSet<string> Complementizers { get; }

    public ImmutableArray<ImmutableArray<string>> SourceEnds { get; }

    public FrozenSet<string> ClauseBreaks { get; }

    /// <summary>Adjunct openers after a comma that close an indirect clause (، في ختام …، بعد أن …).</summary>
    public ImmutableArray<ImmutableArray<string>> ClauseEndPhrases { get; }

    public FrozenSet<string> Connectors { get; }

    /// <summary>Particles right before a reporting verb (قد، لقد).</summary>
    public FrozenSet<string> VerbParticles { get; }

    public FrozenSet<string> SubjectStops { get; }

    /// <summary>Stops that are adverbs or times, not prepositions (أمس، كذلك): the word after them is no prepositional object.</summary>
    public FrozenSet<string> Adverbs { get; }

    public FrozenSet<string> PreSubjectSkips { get; }

    public FrozenSet<string> RoleHeads { get; }

    /// <summary>Prepositions that may continue a role phrase: «رئيس لجنة ... في البرلمان»، «مندوب العراق لدى الأمم المتحدة».</summary>
    public FrozenSet<string> RolePrepositions { get; }

    /// <summary>Prepositions after a role that name the body its holder represents (ممثل عن المؤتمر الوطني): never an
    /// occasion.</summary>
    public FrozenSet<string> RepresentationPrepositions { get; }

    /// <summary>Nouns after a preposition that name an occasion or medium, not where a speaker belongs (في المؤتمر، في بيان).</summary>
    public FrozenSet<string> AdjunctHeads { get; }

    /// <summary>Head words of organisations from the shared gazetteer (وزارة، هيئة، منظمة), without the article: a
    /// place after them stays in the speaker («وزارة الصحة في غزة»).</summary>
    public FrozenSet<string> OrgHeads { get; }

    /// <summary>Relative pronouns: a cue right after one has the noun before it as subject.</summary>
    public FrozenSet<string> RelativePronouns { get; }

    /// <summary>Words whose first letter ب/ل is not a preposition (بريطانيا، بلاده، لبنان).</summary>
    public FrozenSet<string> ProcliticLookalikes { get; }

    /// <summary>Words before a fronted subject that are not part of it (أما، وكان).</summary>
    public FrozenSet<string> SubjectOpeners { get; }

    /// <summary>كان and its forms: the sentence's subject follows them (وكانت الوكالة قد رفعت ...).</summary>
    public FrozenSet<string> AuxiliaryVerbs { get; }

    /// <summary>Participle cues that are also adjectives (محملة، متهما): cues only right after a comma.</summary>
    public FrozenSet<string> CommaParticiples { get; }

    public FrozenSet<string> NameQuoteHeads { get; }

    public FrozenSet<string> NameParticles { get; }

    /// <summary>Second parts of compound given names in ال (نور الدين، فتح الله): still the given name after a plain word.</summary>
    public FrozenSet<string> CompoundNameTails { get; }

    /// <summary>Given names from the shared gazetteer: «رجب طيب أردوغان» keeps its three words.</summary>
    public FrozenSet<string> FirstNames { get; }

    /// <summary>Nationality adjectives of every form (الأرجنتيني، إيطالية …) → country code, from linking/nationalities.tsv.</summary>
    public FrozenDictionary<string, string> NationalityAdjectives { get; }

    public FrozenDictionary<string, string> Demonyms { get; }

    /// <summary>Words tying a spokesperson's role to the body it speaks for (باسم): what follows is no name.</summary>
    public FrozenSet<string> OnBehalfWords { get; }

    /// <summary>«صادر عن»: after a document noun, the issuer that follows belongs to the source phrase.</summary>
    public ImmutableArray<ImmutableArray<string>> IssuerPhrases { get; }

    /// <summary>Keys of prepositions written with a final ى (على، إلى) that names with a final ي (علي، والي) share.</summary>
    public FrozenSet<string> YaLookalikePrepositions { get; }

    /// <summary>Pronouns pointing back to «ما» after a source verb (حسب ما أفادت به).</summary>
    public FrozenSet<string> ResumptivePronouns { get; }

    /// <summary>Words between a source head and its verb (ما in حسب ما أفادت).</summary>
    public FrozenSet<string> SourceRelatives { get; }

    /// <summary>Stems of source heads whose source follows a glued ل (وفقا لأرقام الجمارك).</summary>
    public FrozenSet<string> LamObjectSources { get; }

    /// <summary>Possessive suffixes of nouns, longest first (بيانها، كلمته).</summary>
    public ImmutableArray<string> PossessiveSuffixes { get; }

    /// <summary>Prepositions that open a noun-phrase cue's content; true when the content starts after the
    /// preposition (على ضرورة → ضرورة), false when it keeps it (إلى تشكيل).</summary>
    public FrozenDictionary<string, bool> ContentPrepositions { get; }

    public bool IsOnBehalf(string key) => OnBehalfWords.Contains(key);

    /// <summary>Whether the word ends with a possessive suffix after a stem of at least three letters (كلمته، موافقتها).</summary>
    public bool HasPossessiveSuffix(string key)
    {
        foreach (var suffix in PossessiveSuffixes)
        {
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«أعلنته»، «ذكرتها»: a reporting verb carrying an object pronoun (the relative ما's resumptive).</summary>
    public bool IsVerbCueWithObject(string key)
    {
        foreach (var suffix in PossessiveSuffixes)
        {
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal)
                && Cue(key[..^suffix.Length], out _) is { Kind: CueKind.Verb })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«المتحدث باسمه», «الناطقة باسمها»: an on-behalf word whose genitive is an attached pronoun; the role is
    /// complete and a name may follow.</summary>
    public bool IsOnBehalfOfPronoun(string key)
    {
        foreach (var word in OnBehalfWords)
        {
            if (IsPossessiveOf(key, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prepositions opening a sentence-initial discourse adverbial (من جهة أخرى، وفي حادث منفصل).</summary>
    public FrozenSet<string> OpenerPrepositions { get; }

    /// <summary>جهته، جانبها …: after an opener preposition they close the adverbial without a comma (من جهته رحب …).</summary>
    public FrozenSet<string> SideWords { get; }

    /// <summary>بدوره، بدورها …: one-word adverbials opening a sentence before its verb (بدوره، أيد النائب …).</summary>
    public FrozenSet<string> SentenceAdverbs { get; }

    /// <summary>بيان، تقرير، معطيات …: documents whose issuer, after an issuing verb, is the speaker.</summary>
    public FrozenSet<string> DocumentHeads { get; }

    /// <summary>خبر، نبأ، اسم …: after «ورد» what appeared, so «ورد» is not «و + رد» (replied).</summary>
    public FrozenSet<string> AppearingNouns { get; }

    /// <summary>أصدرته، نشرتها، قدمتها …: verbs tying a document to its issuer.</summary>
    public FrozenSet<string> IssuingVerbs { get; }

    /// <summary>فيه، فيها: after «جاء» the pronoun stands for a document just named (نشرت النقابة بيانا جاء فيه …).</summary>
    public FrozenSet<string> DocumentPronounFrames { get; }

    /// <summary>المعروف، المسمى …: open an apposition giving the subject's other name (، المعروف بـ"…"،).</summary>
    public FrozenSet<string> NamingParticiples { get; }

    /// <summary>أهمية، ضرورة …: nouns that open a noun-phrase content after an occasion adjunct.</summary>
    public FrozenSet<string> ContentHeads { get; }

    /// <summary>في حين، فيما …: after a comma and before a reporting verb they open a report of its own.</summary>
    public ImmutableArray<ImmutableArray<string>> ContrastPhrases { get; }

    /// <summary>لكن، إلا أن، غير أن …: after a comma, with a short subject and a reporting verb after them, a report of
    /// its own.</summary>
    public ImmutableArray<ImmutableArray<string>> ContrastConnectors { get; }

    /// <summary>Words opening a time adverbial between commas after the speaker (اليوم الخميس، مساء السبت).</summary>
    public FrozenSet<string> TimeAdjuncts { get; }

    /// <summary>Nouns that open an announced event after «أعلن» beside the derived verbal nouns (فتح، حالة، حزمة …).</summary>
    public FrozenSet<string> EventNouns { get; }

    /// <summary>The event nouns that may carry the article and still open the event (القبض، الإفراج).</summary>
    public FrozenSet<string> DefiniteEventNouns { get; }

    /// <summary>The first word of each month name of facts/months.tsv (تشرين، كانون): a date, never an announced event.</summary>
    public FrozenSet<string> MonthWords { get; }

    /// <summary>Particles that deny the verb after them (لم، لن، ولم): a denied «أعلن» reports no announced event.</summary>
    public FrozenSet<string> NegationParticles { get; }

    /// <summary>العام، الأعلى، العليا …: adjectives that are part of an organisation's name right after its head
    /// («الاتحاد العام للشغل»، «المجلس الأعلى للقضاء»), never a verb's object.</summary>
    public FrozenSet<string> OrgAdjectives { get; }

    /// <summary>Indefinite heads of an unnamed source (مصدر، مصادر، شهود): the speaker is the phrase as written.</summary>
    public FrozenSet<string> AnonymousHeads { get; }

    /// <summary>ما: a relative that opens a noun-phrase content right after a participle cue (نافيا ما تردد …), though
    /// it stops a speaker phrase.</summary>
    public FrozenSet<string> NounPhraseOpeners { get; }

    /// <summary>لم، طلب، رفض …: the unnamed source's own relative clause («مصدر طلب عدم ذكر اسمه») starts here.</summary>
    public FrozenSet<string> AnonymousClauseOpeners { get; }

    /// <summary>في، من، لدى: a place or group after an unnamed source stays in it (سكان من قرية ...).</summary>
    public FrozenSet<string> AnonymousPrepositions { get; }

    /// <summary>في: the preposition of where a described unnamed source is (مصادر دبلوماسية في العاصمة الفرنسية).</summary>
    public FrozenSet<string> LocativePrepositions { get; }

    /// <summary>العاصمة، مدينة …: nouns that name a place, not an institution a source belongs to.</summary>
    public FrozenSet<string> PlaceHeads { get; }

    /// <summary>الختامي، الختامية: a document a meeting issued as a whole (البيان الختامي), not one earlier speaker's.</summary>
    public FrozenSet<string> MeetingDocumentAdjectives { get; }

    /// <summary>Nouns stating a position (رفض، دعم): the object of جدد that reports one.</summary>
    public FrozenSet<string> StanceNouns { get; }

    /// <summary>A stance noun bare, with the article or with a possessive (الرفض، رفضه، دعمها).</summary>
    public bool IsStanceNoun(string key)
    {
        if (HasBare(stanceNounSpans, key) || StanceNouns.Contains(key))
        {
            return true;
        }

        foreach (var stance in StanceNouns)
        {
            if (IsPossessiveOf(key, stance))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a key is the noun <paramref name="stem"/> with a possessive suffix; before the suffix ة is
    /// written ت (ثقته), ء may be ئ (استيائه) and ى is ا (رضاه).</summary>
    public bool IsPossessiveOf(string key, ReadOnlySpan<char> stem)
    {
        foreach (var suffix in PossessiveSuffixes)
        {
            if (stem.Length == 0 || key.Length != stem.Length + suffix.Length || !key.AsSpan(stem.Length).SequenceEqual(suffix))
            {
                continue;
            }

            var head = key.AsSpan(0, stem.Length);
            if (head.SequenceEqual(stem)
                || (head[..^1].SequenceEqual(stem[..^1]) && (stem[^1], head[^1]) is ('ه', 'ت') or ('ء', 'ئ') or ('ي', 'ا')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A content preposition the content starts after (على).</summary>
    public bool IsDroppedContentPreposition(string key) => ContentPrepositions.TryGetValue(key, out var drop) && drop;

    /// <summary>The length in tokens of an issuer phrase (صادر عن) at token k, or 0.</summary>
    public int IssuerPhraseAt(QuoteText text, int k) => text.PhraseAt(k, IssuerPhrases);

    public static QuoteLexicon Load(ResourceFiles files) => new(files ?? throw new ArgumentNullException(nameof(files)));

    /// <summary>The cue a word is, with a leading conjunction و/ف allowed; <paramref name="prefixLength"/> is the
    /// number of characters of that conjunction (0 or 1) so the cue can be written without it.</summary>
    public CueEntry? Cue(string key, out int prefixLength)
    {
        prefixLength = 0;
        if (cues.TryGetValue(key, out var entry))
        {
            return entry;
        }

        if (key.Length > 2 && key[0] is 'و' or 'ف' && cues.TryGetValue(key[1..], out entry))
        {
            prefixLength = 1;
            return entry;
        }

        return null;
    }

    /// <summary>«ورد الوزير بأن …»: a listed form that is also و/ف + another cue («ورد» of «ورد في البيان» and «و + رد»);
    /// the cue after the conjunction, or null.</summary>
    public CueEntry? CueAfterConjunction(string key) =>
        key.Length > 2 && key[0] is 'و' or 'ف' && cues.ContainsKey(key) && cues.TryGetValue(key[1..], out var entry) ? entry : null;

    /// <summary>Whether a cue form is listed with its conjunction (وبين: بين alone is the preposition): the cue is
    /// written without it, though the form is matched whole.</summary>
    public bool IsListedWithWaw(string key) => gluedWawForms.Contains(key);

    /// <summary>Whether <paramref name="set"/> holds the key, without the article when it has one; no allocation
    /// (the hot path of speaker phrases asks this for every word).</summary>
    public static bool HasBare(FrozenSet<string> set, string key) =>
        HasBare(set.GetAlternateLookup<ReadOnlySpan<char>>(), key);

    /// <summary><see cref="HasBare(FrozenSet{string}, string)"/> through a look-up taken once.</summary>
    public static bool HasBare(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, string key) => set.Contains(BareSpan(key));

    /// <summary>Whether a span (a key with a suffix cut off) is an unnamed source's head; no allocation.</summary>
    public bool IsAnonymousHead(ReadOnlySpan<char> key) => anonymousHeadSpans.Contains(key);

    /// <summary>The key without a leading و and the article ال, as a span of the key.</summary>
    public static ReadOnlySpan<char> BareSpan(string key)
    {
        var k = key.AsSpan();
        if (k.Length > 2 && k[0] == 'و')
        {
            k = k[1..];
        }

        return k.Length > 3 && k[0] == 'ا' && k[1] == 'ل' ? k[2..] : key.AsSpan();
    }

    /// <summary>A key without a leading و (for stop lists: "وفي", "واليوم").</summary>
    public static string WithoutWaw(string key) => key.Length > 2 && key[0] == 'و' ? key[1..] : key;

    private static ReadOnlySpan<char> WithoutWawSpan(string key) => key.Length > 2 && key[0] == 'و' ? key.AsSpan(1) : key.AsSpan();

    /// <summary>A key without the article ال (and a و before it).</summary>
    public static string WithoutArticle(string key)
    {
        var k = WithoutWaw(key);
        return k.Length > 3 && k.StartsWith("ال", StringComparison.Ordinal) ? k[2..] : key;
    }

    /// <summary>An occasion noun of adjunct-heads.txt carrying a possessive suffix (كلمته، مداخلته: the ة of the stem is
    /// written ت before the suffix); no allocation, for the speaker phrase's loop over words.</summary>
    public bool IsPossessedAdjunct(string key)
    {
        var heads = adjunctHeadSpans;
        Span<char> buffer = stackalloc char[32];
        foreach (var suffix in PossessiveSuffixes)
        {
            if (key.Length <= suffix.Length + 2 || !key.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = key.AsSpan(0, key.Length - suffix.Length);
            if (heads.Contains(stem))
            {
                return true;
            }

            if (stem[^1] == 'ت' && stem.Length <= 32)
            {
                var marbuta = buffer[..stem.Length];
                stem.CopyTo(marbuta);
                marbuta[^1] = 'ه';
                if (heads.Contains(marbuta))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public bool IsRoleHead(string key) => HasBare(roleHeadSpans, key) || RoleHeads.Contains(key);

    public bool IsOrgHead(string key) => HasBare(orgHeadSpans, key);

    /// <summary>A content flag of cues.tsv, written alone or with a word after a colon (<c>np-named-event:عن</c>): null
    /// when the row lacks it, else the word's lookup key (empty when none).</summary>
    private static string? FlagArgument(HashSet<string> content, string flag) =>
        content.FirstOrDefault(c => c.StartsWith(flag, StringComparison.Ordinal) && (c.Length == flag.Length || c[flag.Length] == ':')) is { } found
            ? found.Length > flag.Length + 1 ? ArabicKey.Of(found.Substring(flag.Length + 1)) : string.Empty
            : null;

    /// <summary>Whether the key is a source phrase of one word (حسبما، وفقما), as the word before a cue.</summary>
    public bool IsOneWordSource(string key) => oneWordSources.Contains(key);

    /// <summary>Whether a source phrase (بحسب، وفق قوله …) may start at a word with this key, with or without و.</summary>
    public bool MayStartSource(string key) =>
        sourceFirstWords.Contains(key) || (key.Length > 2 && key[0] == 'و' && sourceFirstWordSpans.Contains(key.AsSpan(1)));

    /// <summary>A non-reporting verb that ends a reported clause, with or without و; no allocation.</summary>
    public bool IsClauseBreak(string key) =>
        ClauseBreaks.Contains(key) || (key.Length > 2 && key[0] == 'و' && clauseBreakSpans.Contains(key.AsSpan(1)));

    public bool IsDemonym(string key) =>
        demonymSpans.ContainsKey(BareSpan(key)) || Demonyms.ContainsKey(key);

    public bool IsStop(string key) =>
        SubjectStops.Contains(key) || (key.Length > 2 && key[0] == 'و' && subjectStopSpans.Contains(key.AsSpan(1)));

    /// <summary>Whether token k ends a speaker phrase. The key merges ى and ي, so the name «علي» and the role «والي»
    /// would read as على and وإلى: a word written with a final ي is not one of those prepositions.</summary>
    public bool IsStopAt(QuoteText text, int k)
    {
        var key = text.Key(k);
        // «ولي العهد»: a role whose key reads as و + a stop (لي) is not one.
        if (!IsStop(key) || (!SubjectStops.Contains(key) && RoleHeads.Contains(key)))
        {
            return false;
        }

        return !(yaLookalikeSpans.Contains(WithoutWawSpan(key)) && text.Body[text[k].End - 1] == 'ي');
    }

    private static string Column(string[] row, int i) => i < row.Length ? row[i] : string.Empty;

    /// <summary>The phrases of a list file, one a line, as word keys (empty lines left out).</summary>
    private static ImmutableArray<ImmutableArray<string>> Phrases(ResourceFiles files, string path) =>
        [.. files.ReadLines(path).Select(l => ArabicKey.Words(l).ToImmutableArray()).Where(w => w.Length > 0)];

    private static FrozenSet<string> Keys(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => ArabicKey.Of(l)).ToFrozenSet(StringComparer.Ordinal);
}
