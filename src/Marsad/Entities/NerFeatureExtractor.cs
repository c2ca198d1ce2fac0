using System.Numerics;

namespace Marsad.Entities;

/// <summary>
/// Turns a sentence in a <see cref="NerWorkspace"/> into hashed feature indices per token: word and stem forms in a
/// ±2 window, affixes, character shape, proclitics, distributional clusters and corpus frequency of the word and its
/// neighbours (<see cref="WordLexicon"/>), and gazetteer/cue flags of the word and its neighbours (<see cref="NerGazetteer"/>).
/// </summary>
public sealed class NerFeatureExtractor
{
    private static readonly ulong Boundary = FeatureHash.Chars("<s>");

    /// <summary>Identifies this extractor's entries in a workspace's <see cref="TokenCache"/> (0 is no extractor).</summary>
    private static int lastId;

    // Slots of a token's lexical row (see TokenCache): first the features it gives its neighbours, then its own.
    private const int AsPrevWord = 0;       // template 4: W(i-1)
    private const int AsNextWord = 1;       // 5: W(i+1)
    private const int AsPrev2Word = 2;      // 6: W(i-2)
    private const int AsNext2Word = 3;      // 7: W(i+2)
    private const int AsPrevStem = 4;       // 8: S(i-1)
    private const int AsNextStem = 5;       // 9: S(i+1)
    private const int AsPrevCluster = 6;    // 44 + level
    private const int AsNextCluster = 9;    // 48 + level
    private const int AsPrevEnds = 12;      // 90: first and last two letters of W(i-1)
    private const int AsNextEnds = 13;      // 91: the same of W(i+1)
    private const int AsPrevSemantic = 14;  // 104 + level: embedding clusters (256, 1024) of W(i-1)
    private const int AsNextSemantic = 16;  // 106 + level: the same of W(i+1)
    private const int AsPrevLike = 18;      // 109: name likeness of W(i-1)
    private const int AsNextLike = 19;      // 110: the same of W(i+1)
    private const int OwnWord = 20;         // 2, then 3 (stem), then the affixes

    /// <summary>Embedding-cluster levels a neighbour contributes (of <see cref="WordLexicon.SemanticLevelSizes"/>: 256 and 1024).</summary>
    private const int NeighbourSemanticFrom = 1;
    private const int NeighbourSemanticLevels = 2;

    /// <summary>Word-only features of a token's own after the cluster block: its embedding clusters and name likeness.</summary>
    private const int OwnSemanticCount = WordLexicon.SemanticLevels + 1;

    /// <summary>Cue windows (templates 65–69) and their longest reach: each distance's feature index is a constant.</summary>
    private static readonly int[] CueTemplates = [65, 66, 67, 68, 69];
    private static readonly int[] CueReach = [4, 3, 3, 3, 2];

    /// <summary>Templates whose gazetteer/document bits fire one feature each.</summary>
    private static readonly int[] FlagTemplates = [60, 61, 62, 63, 64, 73];

    private readonly WordLexicon lexicon;
    private readonly NerGazetteer gazetteer;
    private readonly int mask;
    private readonly int id = Interlocked.Increment(ref lastId);
    private readonly bool hasSemantic;
    private readonly bool hasProfile;

    // Feature indices that take few values, computed once (the same indices the templates would hash to).
    private readonly int biasIndex;
    private readonly int[] positionIndex = new int[3];
    private readonly int[] cueIndex;
    private readonly int[] docCountIndex = new int[5];
    private readonly int[] flagIndex;
    private readonly int[] boundaryRow = new int[OwnWord];

    public NerFeatureExtractor(WordLexicon lexicon, NerGazetteer gazetteer, int hashBits)
    {
        this.lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        this.gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        if (hashBits is < 10 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(hashBits), "hash bits must be between 10 and 26");
        }

        mask = (1 << hashBits) - 1;
        hasSemantic = lexicon.SemanticPaths is not null || lexicon.Likeness is not null;
        hasProfile = lexicon.Profile is not null;
        biasIndex = Index(FeatureHash.Feature(1, 0));
        for (var p = 0; p < positionIndex.Length; p++)
        {
            positionIndex[p] = Index(FeatureHash.Feature(34, (ulong)p));
        }

        cueIndex = new int[CueTemplates.Length * 5];
        for (var t = 0; t < CueTemplates.Length; t++)
        {
            for (var d = 0; d <= CueReach[t]; d++)
            {
                cueIndex[(t * 5) + d] = Index(FeatureHash.Feature(CueTemplates[t], (ulong)d));
            }
        }

        for (var c = 0; c < docCountIndex.Length; c++)
        {
            docCountIndex[c] = Index(FeatureHash.Feature(72, (ulong)c));
        }

        flagIndex = new int[FlagTemplates.Length * 32];
        for (var t = 0; t < FlagTemplates.Length; t++)
        {
            for (var b = 0; b < 32; b++)
            {
                flagIndex[(t * 32) + b] = Index(FeatureHash.Feature(FlagTemplates[t], (ulong)b));
            }
        }

        boundaryRow[AsPrevWord] = Index(FeatureHash.Feature(4, Boundary));
        boundaryRow[AsNextWord] = Index(FeatureHash.Feature(5, Boundary));
        boundaryRow[AsPrev2Word] = Index(FeatureHash.Feature(6, Boundary));
        boundaryRow[AsNext2Word] = Index(FeatureHash.Feature(7, Boundary));
        boundaryRow[AsPrevStem] = Index(FeatureHash.Feature(8, Boundary));
        boundaryRow[AsNextStem] = Index(FeatureHash.Feature(9, Boundary));
        for (var level = 0; level < WordLexicon.Levels; level++)
        {
            boundaryRow[AsPrevCluster + level] = Index(FeatureHash.Feature(44 + level, 0xFFFE));
            boundaryRow[AsNextCluster + level] = Index(FeatureHash.Feature(48 + level, 0xFFFE));
        }

        boundaryRow[AsPrevEnds] = Index(FeatureHash.Feature(90, Boundary));
        boundaryRow[AsNextEnds] = Index(FeatureHash.Feature(91, Boundary));
        for (var level = 0; level < NeighbourSemanticLevels; level++)
        {
            boundaryRow[AsPrevSemantic + level] = Index(FeatureHash.Feature(104 + level, 0xFFFE));
            boundaryRow[AsNextSemantic + level] = Index(FeatureHash.Feature(106 + level, 0xFFFE));
        }

        boundaryRow[AsPrevLike] = Index(FeatureHash.Feature(109, 0xFFFE));
        boundaryRow[AsNextLike] = Index(FeatureHash.Feature(110, 0xFFFE));
    }

    public WordLexicon Lexicon => lexicon;

    public NerGazetteer Gazetteer => gazetteer;

    /// <summary>Adds the sentence in <paramref name="ws"/> to the document evidence being collected.</summary>
    public void CollectEvidence(NerWorkspace ws)
    {
        ArgumentNullException.ThrowIfNull(ws);
        Prepare(ws);
        ws.Evidence.Collect(ws);
    }

    public void Extract(NerWorkspace ws)
    {
        ArgumentNullException.ThrowIfNull(ws);
        Prepare(ws);
        if (!ws.InDocument)
        {
            // A sentence on its own is its own document.
            ws.Evidence.Clear();
            ws.Evidence.Collect(ws);
        }

        for (var i = 0; i < ws.Length; i++)
        {
            ExtractAt(ws, i);
        }
    }

    /// <summary>Fills each token's lexicon entries, clusters, word-only features and gazetteer flags, from the token
    /// cache where this extractor has seen the word before.</summary>
    private void Prepare(NerWorkspace ws)
    {
        var n = ws.Length;
        const int stride = TokenCache.LexicalStride;
        for (var i = 0; i < n; i++)
        {
            ref var facts = ref ws.Reclaim(i);
            var row = ws.Cache.LexicalRow(ws.Slot[i]);
            if (facts.Owner != id)
            {
                Learn(ws, i, ref facts, row);
            }

            ws.Entry[i] = facts.Entry;
            ws.StemEntry[i] = facts.StemEntry;
            var best = facts.Entry >= 0 ? facts.Entry : facts.StemEntry;
            for (var level = 0; level < WordLexicon.Levels; level++)
            {
                ws.Clusters[(i * WordLexicon.Levels) + level] = lexicon.Cluster(best, level);
            }

            ws.GazWord[i] = facts.Gazetteer;
            ws.LexicalCount[i] = facts.LexicalCount;
            ws.AffixCount[i] = facts.AffixCount;
            row[..facts.LexicalCount].CopyTo(ws.Lexical.AsSpan(i * stride, stride));
        }

        gazetteer.Annotate(ws.GazKey.AsSpan(0, n), ws.GazWord.AsSpan(0, n), ws.Flags.AsSpan(0, n));
    }

    /// <summary>Computes what depends on token <paramref name="i"/>'s text alone into its cache slot.</summary>
    private void Learn(NerWorkspace ws, int i, ref TokenFacts facts, Span<int> row)
    {
        var norm = ws.Norm(i);
        var stem = norm[facts.Proclitic..];
        var entry = lexicon.IndexOf(norm, facts.FormHash);
        var stemEntry = facts.Proclitic > 0 ? lexicon.IndexOf(stem, facts.StemHash) : entry;
        var best = entry >= 0 ? entry : stemEntry;
        ulong C(int level) => (ulong)(uint)lexicon.Cluster(best, level);

        row[AsPrevWord] = Index(FeatureHash.Feature(4, facts.NormHash));
        row[AsNextWord] = Index(FeatureHash.Feature(5, facts.NormHash));
        row[AsPrev2Word] = Index(FeatureHash.Feature(6, facts.NormHash));
        row[AsNext2Word] = Index(FeatureHash.Feature(7, facts.NormHash));
        row[AsPrevStem] = Index(FeatureHash.Feature(8, facts.StemHash));
        row[AsNextStem] = Index(FeatureHash.Feature(9, facts.StemHash));
        for (var level = 0; level < WordLexicon.Levels; level++)
        {
            row[AsPrevCluster + level] = Index(FeatureHash.Feature(44 + level, C(level)));
            row[AsNextCluster + level] = Index(FeatureHash.Feature(48 + level, C(level)));
        }

        // A neighbour's first and last two letters: the agreement of an adjective after a name (الفرنسي after a club,
        // الفرنسية after a city) and the article of the word before carry over to unseen words.
        var ends = FeatureHash.Append(FeatureHash.Chars(norm[..Math.Min(2, norm.Length)]), FeatureHash.Chars(norm[^Math.Min(2, norm.Length)..]));
        row[AsPrevEnds] = Index(FeatureHash.Feature(90, ends));
        row[AsNextEnds] = Index(FeatureHash.Feature(91, ends));

        // Skip-gram embedding clusters and name likeness (gazetteer expansion through the embedding neighbours).
        ulong E(int level) => (ulong)(uint)lexicon.Semantic(best, level);
        var like = (ulong)lexicon.Like(best);
        for (var level = 0; level < NeighbourSemanticLevels; level++)
        {
            row[AsPrevSemantic + level] = Index(FeatureHash.Feature(104 + level, E(NeighbourSemanticFrom + level)));
            row[AsNextSemantic + level] = Index(FeatureHash.Feature(106 + level, E(NeighbourSemanticFrom + level)));
        }

        row[AsPrevLike] = Index(FeatureHash.Feature(109, like));
        row[AsNextLike] = Index(FeatureHash.Feature(110, like));

        var k = OwnWord;
        row[k++] = Index(FeatureHash.Feature(2, facts.NormHash));
        row[k++] = Index(FeatureHash.Feature(3, facts.StemHash));
        for (var a = 1; a <= 3; a++)
        {
            if (norm.Length > a)
            {
                row[k++] = Index(FeatureHash.Feature(13 + a, FeatureHash.Chars(norm[..a])));
                row[k++] = Index(FeatureHash.Feature(17 + a, FeatureHash.Chars(norm[^a..])));
            }

            if (stem.Length > a + 1)
            {
                row[k++] = Index(FeatureHash.Feature(21 + a, FeatureHash.Chars(stem[..a])));
                row[k++] = Index(FeatureHash.Feature(25 + a, FeatureHash.Chars(stem[^a..])));
            }
        }

        facts.AffixCount = k - OwnWord - 2;
        row[k++] = Index(FeatureHash.Feature(30, facts.ShapeHash));
        row[k++] = Index(FeatureHash.Feature(32, (ulong)Math.Min(norm.Length, 12)));
        row[k++] = Index(FeatureHash.Feature(33, FeatureHash.Chars(norm[..facts.Proclitic])));

        // Distributional evidence from the unlabelled corpus.
        var count = best >= 0 ? lexicon.Counts[best] : 0;
        row[k++] = Index(FeatureHash.Feature(35, (ulong)(count == 0 ? 0 : 1 + BitOperations.Log2((uint)count))));
        for (var level = 0; level < WordLexicon.Levels; level++)
        {
            row[k++] = Index(FeatureHash.Feature(40 + level, C(level)));
        }

        row[k++] = Index(FeatureHash.Feature(52, stemEntry >= 0 ? (ulong)(uint)lexicon.Cluster(stemEntry, 2) : 0xFFFD));

        // Whether the corpus knows the word, with its shape.
        row[k++] = Index(FeatureHash.Feature(56, best < 0 ? 1UL : 0UL, facts.ShapeHash));
        for (var level = 0; level < WordLexicon.SemanticLevels; level++)
        {
            row[k++] = Index(FeatureHash.Feature(100 + level, E(level)));
        }

        row[k++] = Index(FeatureHash.Feature(108, like));
        if (stem.Length > 5)
        {
            row[k++] = Index(FeatureHash.Feature(70, FeatureHash.Chars(stem[..4])));
            row[k++] = Index(FeatureHash.Feature(71, FeatureHash.Chars(stem[^4..])));
        }

        // Corpus profile: how a context-only tagger labelled the word's occurrences in the unlabelled corpus, whole and
        // by entity type (only when the lexicon has one: a lexicon without it keeps the earlier models' features).
        if (hasProfile)
        {
            var profile = lexicon.ProfileOf(best);
            row[k++] = Index(FeatureHash.Feature(111, (ulong)profile));
            for (var type = 0; type < CorpusProfile.Types; type++)
            {
                row[k++] = Index(FeatureHash.Feature(112, (ulong)type, (ulong)CorpusProfile.Bucket(profile, type)));
            }
        }

        facts.LexicalCount = k;
        facts.Entry = entry;
        facts.StemEntry = stemEntry;
        facts.Gazetteer = gazetteer.Describe(facts.GazKey);
        facts.Owner = id;
    }

    private void ExtractAt(NerWorkspace ws, int i)
    {
        const int stride = TokenCache.LexicalStride;
        const int levels = WordLexicon.Levels;
        var f = ws.Features.AsSpan(i * NerWorkspace.Stride, NerWorkspace.BaseStride);
        var n = ws.Length;
        var own = ws.Lexical.AsSpan(i * stride, ws.LexicalCount[i]);
        var prev = i > 0 ? ws.Lexical.AsSpan((i - 1) * stride, OwnWord) : boundaryRow;
        var next = i + 1 < n ? ws.Lexical.AsSpan((i + 1) * stride, OwnWord) : boundaryRow;
        var prev2 = i > 1 ? ws.Lexical.AsSpan((i - 2) * stride, OwnWord) : boundaryRow;
        var next2 = i + 2 < n ? ws.Lexical.AsSpan((i + 2) * stride, OwnWord) : boundaryRow;

        ulong W(int j) => j < 0 || j >= n ? Boundary : ws.NormHash[j];
        ulong S(int j) => j < 0 || j >= n ? Boundary : ws.StemHash[j];
        ulong C(int j, int level) => j < 0 || j >= n ? 0xFFFE : (ulong)(uint)ws.Clusters[(j * levels) + level];
        ulong G(int j) => j < 0 || j >= n ? 0 : (ulong)ws.Flags[j];

        var k = 0;
        f[k++] = biasIndex;
        f[k++] = own[OwnWord];
        f[k++] = own[OwnWord + 1];
        f[k++] = prev[AsPrevWord];
        f[k++] = next[AsNextWord];
        f[k++] = prev2[AsPrev2Word];
        f[k++] = next2[AsNext2Word];
        f[k++] = prev[AsPrevStem];
        f[k++] = next[AsNextStem];
        f[k++] = Index(FeatureHash.Feature(10, W(i - 1), W(i)));
        f[k++] = Index(FeatureHash.Feature(11, W(i), W(i + 1)));
        f[k++] = Index(FeatureHash.Feature(12, S(i - 1), S(i)));

        var affixes = ws.AffixCount[i];
        var tail = OwnWord + 2 + affixes;
        own.Slice(OwnWord + 2, affixes).CopyTo(f[k..]);
        k += affixes;

        f[k++] = own[tail];
        f[k++] = Index(FeatureHash.Feature(31, i > 0 ? ws.ShapeHash[i - 1] : Boundary, ws.ShapeHash[i], i + 1 < n ? ws.ShapeHash[i + 1] : Boundary));
        f[k++] = own[tail + 1];
        f[k++] = own[tail + 2];
        f[k++] = positionIndex[Math.Min(i, 2)];
        f[k++] = own[tail + 3];
        for (var level = 0; level < levels; level++)
        {
            f[k++] = own[tail + 4 + level];
            f[k++] = prev[AsPrevCluster + level];
            f[k++] = next[AsNextCluster + level];
        }

        f[k++] = own[tail + 4 + levels];
        f[k++] = Index(FeatureHash.Feature(53, C(i - 1, 1), C(i, 1)));
        f[k++] = Index(FeatureHash.Feature(54, C(i, 1), C(i + 1, 1)));
        f[k++] = Index(FeatureHash.Feature(55, W(i - 1), C(i, 2)));
        f[k++] = own[tail + 5 + levels];

        // Cue windows: how far back the nearest title/introducer is, and how far ahead a verb of saying.
        f[k++] = cueIndex[(0 * 5) + Nearest(ws, i, -1, 4, GazetteerFlags.TitleEnd | GazetteerFlags.CuePerson)];
        f[k++] = cueIndex[(1 * 5) + Nearest(ws, i, +1, 3, GazetteerFlags.CueSay)];
        f[k++] = cueIndex[(2 * 5) + Nearest(ws, i, -1, 3, GazetteerFlags.CuePlace)];
        f[k++] = cueIndex[(3 * 5) + Nearest(ws, i, -1, 3, GazetteerFlags.CueOrg | GazetteerFlags.OrgHeadWord)];
        f[k++] = cueIndex[(4 * 5) + Nearest(ws, i, -1, 2, GazetteerFlags.CueSay)];

        // Stem prefix/suffix of four letters, when the stem is long enough to have them.
        var semantic = tail + 6 + levels;
        for (var j = semantic + OwnSemanticCount; j < own.Length; j++)
        {
            f[k++] = own[j];
        }

        f[k++] = prev[AsPrevEnds];
        f[k++] = next[AsNextEnds];

        // Embedding clusters and name likeness of the word and its neighbours (only when the lexicon has embeddings:
        // a lexicon without them keeps the feature set, and so the tags, of the models trained before them).
        if (hasSemantic)
        {
            k = AddSemantic(f, k, own.Slice(semantic, OwnSemanticCount), prev, next);
        }

        if (hasProfile)
        {
            // The neighbours' corpus profiles (a family name after a word the corpus calls a first name), and the pair.
            ulong P(int j) => j < 0 || j >= n ? 0xFFFE : (ulong)lexicon.ProfileOf(ws.Entry[j] >= 0 ? ws.Entry[j] : ws.StemEntry[j]);
            f[k++] = Index(FeatureHash.Feature(113, P(i - 1)));
            f[k++] = Index(FeatureHash.Feature(114, P(i + 1)));
            f[k++] = Index(FeatureHash.Feature(115, P(i), P(i + 1)));
        }


        // Document evidence: how often the word occurs in the document, then (below) what its occurrences say.
        var (docBits, docCount) = ws.Evidence.Of(ws.GazKey[i]);
        f[k++] = docCountIndex[Math.Min(docCount, 4)];

        // Gazetteer, cue and document flags, one feature per bit, last: their number varies, and Flags stops at the stride.
        k = Flags(f, k, 0, G(i));
        k = Flags(f, k, 1, G(i - 1));
        k = Flags(f, k, 2, G(i + 1));
        k = Flags(f, k, 3, G(i - 2) & (ulong)(GazetteerFlags.TitleEnd | GazetteerFlags.CueSay | GazetteerFlags.CuePlace));
        k = Flags(f, k, 4, G(i + 2) & (ulong)(GazetteerFlags.CueSay | GazetteerFlags.TitleEnd));
        k = Flags(f, k, 5, docBits);

        ws.FeatureCount[i] = k;
    }

    private static int AddSemantic(Span<int> f, int k, ReadOnlySpan<int> own, ReadOnlySpan<int> prev, ReadOnlySpan<int> next)
    {
        own.CopyTo(f[k..]);
        k += own.Length;
        for (var level = 0; level < NeighbourSemanticLevels; level++)
        {
            f[k++] = prev[AsPrevSemantic + level];
            f[k++] = next[AsNextSemantic + level];
        }

        f[k++] = prev[AsPrevLike];
        f[k++] = next[AsNextLike];
        return k;
    }

    /// <summary>Appends the second-pass features of a two-pass model to each token's list: the first pass's tags of
    /// the token and its neighbours in this sentence (<see cref="NerWorkspace.FirstTags"/>) and what the first pass
    /// called the same word elsewhere in the document (<see cref="NerWorkspace.Votes"/>).</summary>
    public void AddSecondPass(NerWorkspace ws)
    {
        ArgumentNullException.ThrowIfNull(ws);
        var n = ws.Length;
        var tags = ws.FirstTags;
        for (var i = 0; i < n; i++)
        {
            var f = ws.Features.AsSpan(i * NerWorkspace.Stride, NerWorkspace.Stride);
            var k = ws.FeatureCount[i];
            ulong T(int j) => j < 0 || j >= n ? 99UL : (ulong)tags[j];
            f[k++] = Index(FeatureHash.Feature(80, T(i)));
            f[k++] = Index(FeatureHash.Feature(81, T(i - 1)));
            f[k++] = Index(FeatureHash.Feature(82, T(i + 1)));
            f[k++] = Index(FeatureHash.Feature(83, T(i - 1), T(i)));
            f[k++] = Index(FeatureHash.Feature(84, T(i), T(i + 1)));

            // Votes of the whole document for this word: which types it got, how often, and the majority.
            var packed = ws.Votes.Packed(ws.GazKey[i]);
            var best = 0;
            var bestCount = 0;
            var entity = 0;
            for (var type = 1; type <= 4; type++)
            {
                var c = DocumentVotes.Field(packed, type);
                entity += c;
                if (c > 0 && k < f.Length)
                {
                    f[k++] = Index(FeatureHash.Feature(85, (ulong)type, (ulong)Math.Min(c, 3)));
                }

                if (c > bestCount)
                {
                    best = type;
                    bestCount = c;
                }
            }

            var outside = DocumentVotes.Field(packed, 0);
            var share = entity == 0 ? 0 : entity >= outside ? 2 : 1;
            if (k < f.Length)
            {
                f[k++] = Index(FeatureHash.Feature(86, (ulong)best, (ulong)share));
            }

            if (k < f.Length)
            {
                f[k++] = Index(FeatureHash.Feature(87, (ulong)best, T(i)));
            }

            ws.FeatureCount[i] = k;
        }
    }

    /// <summary>Appends the stacked network's features to each token's list: its probability of each entity type
    /// (bucketed), its most likely tag with the confidence, and the most likely tags of its neighbours, from
    /// <see cref="NeuralBuffers.Probs"/> (filled by <see cref="NeuralScorer.Score(NerWorkspace)"/> or, in training, held out).</summary>
    public void AddNeural(NerWorkspace ws)
    {
        ArgumentNullException.ThrowIfNull(ws);
        var n = ws.Length;
        var probs = ws.Neural.Probs;
        const int tags = NerTags.Count;
        ulong Best(int j) => j < 0 || j >= n ? 99UL : (ulong)NeuralStack.ArgMax(probs.AsSpan(j * tags, tags));
        for (var i = 0; i < n; i++)
        {
            var f = ws.Features.AsSpan(i * NerWorkspace.Stride, NerWorkspace.Stride);
            var k = ws.FeatureCount[i];
            var p = probs.AsSpan(i * tags, tags);
            if (k + 8 > f.Length)
            {
                continue;
            }

            for (var type = 1; type <= 4; type++)
            {
                var share = p[(2 * type) - 1] + p[2 * type];
                var bucket = share < 0.05f ? 0UL : share < 0.2f ? 1UL : share < 0.5f ? 2UL : share < 0.8f ? 3UL : 4UL;
                f[k++] = Index(FeatureHash.Feature(120, (ulong)type, bucket));
            }

            var best = Best(i);
            var top = p[(int)best];
            f[k++] = Index(FeatureHash.Feature(121, best, top < 0.5f ? 0UL : top < 0.8f ? 1UL : top < 0.95f ? 2UL : 3UL));
            f[k++] = Index(FeatureHash.Feature(122, Best(i - 1)));
            f[k++] = Index(FeatureHash.Feature(123, Best(i + 1)));
            f[k++] = Index(FeatureHash.Feature(124, Best(i - 1), best));
            ws.FeatureCount[i] = k;
        }
    }

    /// <summary>One feature per set bit of <paramref name="bits"/> (at most 32), for the <paramref name="template"/>-th
    /// entry of <see cref="FlagTemplates"/>.</summary>
    private int Flags(Span<int> f, int k, int template, ulong bits)
    {
        var row = flagIndex.AsSpan(template * 32, 32);
        while (bits != 0 && k < f.Length)
        {
            var b = BitOperations.TrailingZeroCount(bits);
            f[k++] = row[b];
            bits &= bits - 1;
        }

        return k;
    }

    /// <summary>Distance (1..<paramref name="limit"/>) to the nearest token in direction <paramref name="step"/> with any
    /// of <paramref name="wanted"/>, or 0 when there is none in reach.</summary>
    private static int Nearest(NerWorkspace ws, int i, int step, int limit, GazetteerFlags wanted)
    {
        for (var d = 1; d <= limit; d++)
        {
            var j = i + (d * step);
            if (j < 0 || j >= ws.Length)
            {
                return 0;
            }

            if ((ws.Flags[j] & wanted) != 0)
            {
                return d;
            }
        }

        return 0;
    }

    private int Index(uint hash) => (int)(hash & (uint)mask);
}
